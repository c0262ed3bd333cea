package se.byra.platform.events.collaboration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import se.byra.platform.events.EventType;
import se.byra.platform.events.Topics;

/**
 * A collaboration was changed: its engagement, variant, agreement period or invoice recipient, or an
 * ending at a date was set or withdrawn. Carries the whole collaboration after the change and what
 * changed. Key: the client id. The agency is the envelope's {@code agencyid}.
 *
 * @param collaborationId the collaboration (samarbete)
 * @param clientId the client company
 * @param clientName the company's name in the agency's client register
 * @param service the shared service's code in the catalogue
 * @param serviceName the service's name in each language
 * @param engagementId the engagement it rests on now
 * @param staffIds the staff members with access now: the engagement's owner and participants, each once
 * @param status {@code INVITED} or {@code ACTIVE}
 * @param invoiceRecipient {@code AGENCY} or {@code CLIENT}
 * @param variant the service's variant, or null for a service without any
 * @param agreementMonths the agreement period in months, or null for a service without one
 * @param agencyPaymentRecipient whether the agency receives the payments of invoices sent through the service
 * @param endsOn the day the collaboration is to end (its last day), or null
 * @param changes what changed, each field with its value before and after (as text)
 * @param side who changed it: {@code AGENCY} or {@code CLIENT}
 * @param changedByName the person's name
 * @param changedAt when
 */
public record CollaborationUpdated(
        UUID collaborationId,
        UUID clientId,
        String clientName,
        String service,
        ServiceName serviceName,
        UUID engagementId,
        List<UUID> staffIds,
        String status,
        String invoiceRecipient,
        String variant,
        Integer agreementMonths,
        boolean agencyPaymentRecipient,
        LocalDate endsOn,
        List<Change> changes,
        String side,
        String changedByName,
        Instant changedAt) {

    public static final EventType<CollaborationUpdated> TYPE =
            new EventType<>("se.byra.collaboration.CollaborationUpdated", 1, CollaborationUpdated.class,
                    Topics.COLLABORATION_EVENTS);

    public CollaborationUpdated {
        Objects.requireNonNull(collaborationId, "collaborationId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientName, "clientName");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(serviceName, "serviceName");
        Objects.requireNonNull(engagementId, "engagementId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(invoiceRecipient, "invoiceRecipient");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(changedByName, "changedByName");
        Objects.requireNonNull(changedAt, "changedAt");
        staffIds = staffIds == null ? List.of() : List.copyOf(staffIds);
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /**
     * One changed field.
     *
     * @param field {@code engagementId}, {@code variant}, {@code agreementMonths}, {@code invoiceRecipient},
     *        {@code agencyPaymentRecipient} or {@code endsOn}
     * @param before its value before, or null when it had none
     * @param after its value after, or null when it has none
     */
    public record Change(String field, String before, String after) {

        public Change {
            Objects.requireNonNull(field, "field");
        }
    }
}
