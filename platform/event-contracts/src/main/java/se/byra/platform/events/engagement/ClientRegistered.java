package se.byra.platform.events.engagement;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import se.byra.platform.events.EventType;
import se.byra.platform.events.Topics;

/**
 * A staff member registered a client company (kund) in the agency's client register. The payload is the
 * whole client as other contexts need it (who to invite, where the company is), so a consumer keeps the
 * latest {@code ClientRegistered} or {@link ClientUpdated} of the key and needs no earlier one. Key: the
 * client id. The agency is the envelope's {@code agencyid}.
 *
 * @param clientId the client
 * @param name the company's name
 * @param organisationNumber NNNNNN-NNNN
 * @param street the postal address's street, null when not given
 * @param postalCode NNN NN or NNNNN, null when not given
 * @param city null when not given
 * @param country ISO 3166 alpha-2
 * @param mainContactName the main contact (huvudkontakt); every client has exactly one
 * @param mainContactEmail the main contact's e-mail, null when not given
 * @param mainContactPhone the main contact's phone, null when not given
 * @param clientManagerId the staff member who is the client manager (kundansvarig), null for none
 * @param active false once the client is no longer served
 * @param registeredAt when the client was registered
 */
public record ClientRegistered(
        UUID clientId,
        String name,
        String organisationNumber,
        String street,
        String postalCode,
        String city,
        String country,
        String mainContactName,
        String mainContactEmail,
        String mainContactPhone,
        UUID clientManagerId,
        boolean active,
        Instant registeredAt) {

    public static final EventType<ClientRegistered> TYPE =
            new EventType<>("se.byra.engagement.ClientRegistered", 1, ClientRegistered.class, Topics.ENGAGEMENT_EVENTS);

    public ClientRegistered {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(organisationNumber, "organisationNumber");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(mainContactName, "mainContactName");
        Objects.requireNonNull(registeredAt, "registeredAt");
    }
}
