package se.byra.notification.mappings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import se.byra.notification.directory.Directory;
import se.byra.notification.engine.Category;
import se.byra.notification.engine.Notice;
import se.byra.platform.events.collaboration.ServiceName;
import se.byra.platform.messaging.inbox.InboundEvent;
import se.byra.platform.messaging.inbox.PoisonEventException;

/**
 * The notices of one collaboration event, to either side: the staff the event names, and the client's
 * administrators as the directory has them (their memberships come on the collaboration's topic and key,
 * so they are known before a later collaboration event of the company). Every notice shows the company's
 * name ({@code clientName}) and the service's in both languages ({@code serviceSv}, {@code serviceEn}: the
 * template of each language takes its own) and says which side reads it ({@code audience}, {@code AGENCY}
 * or {@code CLIENT}), so that one template can serve both; the staff's link leads to the collaboration in
 * the agency UI, the administrators' to it in the company's portal.
 */
final class Collaborations {

    /** The people are in Sweden: a point in time becomes the date it is there. */
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final UUID agencyId;
    private final UUID collaborationId;
    private final UUID clientId;
    private final Map<String, String> data;

    private Collaborations(UUID agencyId, UUID collaborationId, UUID clientId, Map<String, String> data) {
        this.agencyId = agencyId;
        this.collaborationId = collaborationId;
        this.clientId = clientId;
        this.data = data;
    }

    /** The collaboration of the event's agency; an event without one can tell no one and is poison. */
    static Collaborations of(InboundEvent<?> event, UUID collaborationId, UUID clientId, String clientName,
            ServiceName serviceName) {
        if (event.agencyId() == null) {
            throw new PoisonEventException(event.type() + " of collaboration " + collaborationId
                    + " carries no agencyid");
        }
        return new Collaborations(event.agencyId(), collaborationId, clientId,
                Map.of("clientName", clientName, "serviceSv", serviceName.sv(), "serviceEn", serviceName.en()));
    }

    /**
     * With one more value for the templates, as text (a {@code LocalDate} as its ISO date); a null value is
     * left out, and the template tests for it with {@code ??}.
     */
    Collaborations with(String key, Object value) {
        if (value == null) {
            return this;
        }
        Map<String, String> more = new HashMap<>(data);
        more.put(key, value.toString());
        return new Collaborations(agencyId, collaborationId, clientId, more);
    }

    /** With the date, in Sweden, of a point in time: the day a person there would name. */
    Collaborations withDate(String key, Instant at) {
        return with(key, LocalDate.ofInstant(at, SWEDEN));
    }

    /** To each staff member once, in category COLLABORATION. */
    List<Notice> toStaff(Collection<UUID> staffIds, String template) {
        Map<String, String> staffData = audience("AGENCY");
        return new LinkedHashSet<>(staffIds).stream()
                .map(staffId -> Notice.toStaff(staffId, Category.COLLABORATION, template, staffData,
                        "/byra/samarbeten/" + collaborationId))
                .toList();
    }

    /** To each of the client's administrators but {@code except} (null for none). */
    List<Notice> toAdministrators(Directory directory, Category category, String template, UUID except) {
        Map<String, String> clientData = audience("CLIENT");
        return directory.administrators(agencyId, clientId).stream()
                .filter(administrator -> !administrator.equals(except))
                .map(administrator -> Notice.toClientUser(administrator, category, template, clientData,
                        "/portal/foretag/" + clientId + "/samarbeten/" + collaborationId))
                .toList();
    }

    /** To the staff and to every administrator, each side with its template, in category COLLABORATION. */
    List<Notice> toBothSides(Directory directory, Collection<UUID> staffIds, String staffTemplate,
            String clientTemplate) {
        return Stream.concat(toStaff(staffIds, staffTemplate).stream(),
                toAdministrators(directory, Category.COLLABORATION, clientTemplate, null).stream()).toList();
    }

    private Map<String, String> audience(String side) {
        Map<String, String> sided = new HashMap<>(data);
        sided.put("audience", side);
        return sided;
    }
}
