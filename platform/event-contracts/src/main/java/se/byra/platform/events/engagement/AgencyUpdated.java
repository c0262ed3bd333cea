package se.byra.platform.events.engagement;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import se.byra.platform.events.EventType;
import se.byra.platform.events.Topics;

/**
 * An agency administrator saved the agency's own profile (byrå), the first time or again: the whole profile as
 * it is after the change, so a consumer keeps the latest event of the key and needs no earlier one (the name is
 * what notification-service signs its e-mails with). The logo is not part of it. An agency whose profile was
 * never saved has had no such event. Key: the agency id. The agency is also the envelope's {@code agencyid}.
 *
 * @param agencyId the agency (the tenant)
 * @param name the agency's name
 * @param organisationNumber NNNNNN-NNNN
 * @param street the postal address's street, null when not given
 * @param postalCode NNN NN or NNNNN, null when not given
 * @param city null when not given
 * @param country ISO 3166 alpha-2
 * @param email the agency's e-mail address, lower case, null when not given
 * @param phone the agency's phone number, null when not given
 * @param updatedAt when the change was recorded
 */
public record AgencyUpdated(
        UUID agencyId,
        String name,
        String organisationNumber,
        String street,
        String postalCode,
        String city,
        String country,
        String email,
        String phone,
        Instant updatedAt) {

    public static final EventType<AgencyUpdated> TYPE =
            new EventType<>("se.byra.engagement.AgencyUpdated", 1, AgencyUpdated.class, Topics.ENGAGEMENT_EVENTS);

    public AgencyUpdated {
        Objects.requireNonNull(agencyId, "agencyId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(organisationNumber, "organisationNumber");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
