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
import se.byra.platform.messaging.inbox.InboundEvent;
import se.byra.platform.messaging.inbox.PoisonEventException;

/**
 * The notices of one event about a client company, to either side: the staff the event names, and the
 * company's members as the directory has them (their memberships come on collaboration.events keyed by the
 * company, so they are known before a later collaboration event of it; see each mapping for the events of
 * other topics). Every notice shows the company's name ({@code clientName}) and says which side reads it
 * ({@code audience}, {@code AGENCY} or {@code CLIENT}), so that one template can serve both; the staff's link
 * leads to the agency UI, the company's to its portal.
 */
final class ClientNotices {

    /** The people are in Sweden: a point in time becomes the date it is there. */
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final UUID agencyId;
    private final UUID clientId;
    private final Category category;
    private final String staffLink;
    private final String clientLink;
    private final Map<String, String> data;

    private ClientNotices(UUID agencyId, UUID clientId, Category category, String staffLink, String clientLink,
            Map<String, String> data) {
        this.agencyId = agencyId;
        this.clientId = clientId;
        this.category = category;
        this.staffLink = staffLink;
        this.clientLink = clientLink;
        this.data = data;
    }

    /**
     * The notices of the event's agency about {@code what} (for the poison message), in {@code category};
     * an event without an agency can tell no one and is poison.
     */
    static ClientNotices of(InboundEvent<?> event, String what, UUID clientId, String clientName, Category category,
            String staffLink, String clientLink) {
        if (event.agencyId() == null) {
            throw new PoisonEventException(event.type() + " of " + what + " carries no agencyid");
        }
        return new ClientNotices(event.agencyId(), clientId, category, staffLink, clientLink,
                Map.of("clientName", clientName));
    }

    /**
     * With one more value for the templates, as text (a {@code LocalDate} as its ISO date); a null value is
     * left out, and the template tests for it with {@code ??}.
     */
    ClientNotices with(String key, Object value) {
        if (value == null) {
            return this;
        }
        Map<String, String> more = new HashMap<>(data);
        more.put(key, value.toString());
        return new ClientNotices(agencyId, clientId, category, staffLink, clientLink, more);
    }

    /** With the date, in Sweden, of a point in time: the day a person there would name. */
    ClientNotices withDate(String key, Instant at) {
        return with(key, LocalDate.ofInstant(at, SWEDEN));
    }

    /** To each staff member once. */
    List<Notice> toStaff(Collection<UUID> staffIds, String template) {
        Map<String, String> staffData = audience("AGENCY");
        return new LinkedHashSet<>(staffIds).stream()
                .map(staffId -> Notice.toStaff(staffId, category, template, staffData, staffLink))
                .toList();
    }

    /** To each of the company's administrators but {@code except} (null for none), in {@code category}. */
    List<Notice> toAdministrators(Directory directory, Category category, String template, UUID except) {
        return toClientUsers(directory.administrators(agencyId, clientId), category, template, except);
    }

    /** To every member of the company, whatever their role. */
    List<Notice> toMembers(Directory directory, String template) {
        return toClientUsers(directory.members(agencyId, clientId), category, template, null);
    }

    /** To the staff and to every administrator, each side with its template. */
    List<Notice> toBothSides(Directory directory, Collection<UUID> staffIds, String staffTemplate,
            String clientTemplate) {
        return Stream.concat(toStaff(staffIds, staffTemplate).stream(),
                toAdministrators(directory, category, clientTemplate, null).stream()).toList();
    }

    /** To one client user of the company. */
    Notice toClientUser(UUID clientUser, String template) {
        return Notice.toClientUser(clientUser, category, template, audience("CLIENT"), clientLink);
    }

    /** By e-mail to a person of the company known by their address only, who may not be a user yet. */
    Notice toAddress(Notice.Address address, String template) {
        return Notice.toAddress(address, category, template, audience("CLIENT"), clientLink);
    }

    private List<Notice> toClientUsers(List<UUID> clientUsers, Category category, String template, UUID except) {
        Map<String, String> clientData = audience("CLIENT");
        return clientUsers.stream()
                .filter(clientUser -> !clientUser.equals(except))
                .map(clientUser -> Notice.toClientUser(clientUser, category, template, clientData, clientLink))
                .toList();
    }

    private Map<String, String> audience(String side) {
        Map<String, String> sided = new HashMap<>(data);
        sided.put("audience", side);
        return sided;
    }
}
