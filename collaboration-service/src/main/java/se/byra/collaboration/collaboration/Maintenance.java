package se.byra.collaboration.collaboration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import se.byra.collaboration.activation.Activation;
import se.byra.collaboration.catalogue.Catalogue;
import se.byra.collaboration.client.KnownClient;
import se.byra.collaboration.collaboration.CollaborationApi.CollaborationView;
import se.byra.collaboration.collaboration.CollaborationApi.Edit;
import se.byra.collaboration.collaboration.CollaborationApi.Options;
import se.byra.platform.access.StaffAccess;
import se.byra.platform.events.collaboration.CollaborationUpdated.Change;
import se.byra.platform.web.problem.ProblemException;

/** Staff change a collaboration's engagement and options, and end it: each change in its history and published. */
@ApplicationScoped
public class Maintenance {

    @Inject
    Catalogue catalogue;

    @Inject
    Activation activation;

    @Inject
    Endings endings;

    @Inject
    CollaborationEvents events;

    @Inject
    Collaborations collaborations;

    /** Changes an invited or active collaboration, made from the version named; nothing changed publishes nothing. */
    @Transactional
    public CollaborationView edit(StaffAccess staff, UUID id, Edit request, String name, String language) {
        Collaboration c = Collaborations.lock(staff, id);
        if (c.version != request.version()) {
            throw ProblemException.conflict("Collaboration " + id + " was changed since version " + request.version()
                    + " (now " + c.version + "): reload it and make the change again");
        }
        if (!c.status.open()) {
            throw ProblemException.conflict("Collaboration " + id + " is " + c.status + ": only an invited or active "
                    + "one can be changed");
        }
        Options options = OptionRules.check(catalogue.find(c.service).orElseThrow(), request.options());
        List<Change> changes = new ArrayList<>();
        if (!request.engagementId().equals(c.engagementId)) {
            activation.engagementInForce(KnownClient.findById(c.clientId), request.engagementId());
            changes.add(change("engagementId", c.engagementId, request.engagementId()));
            c.engagementId = request.engagementId();
        }
        if (!Objects.equals(c.variant, options.variant())) {
            changes.add(change("variant", c.variant, options.variant()));
            c.variant = options.variant();
        }
        if (!Objects.equals(c.agreementMonths, options.agreementMonths())) {
            changes.add(change("agreementMonths", c.agreementMonths, options.agreementMonths()));
            c.agreementMonths = options.agreementMonths();
        }
        if (c.invoiceRecipient != options.invoiceRecipient()) {
            changes.add(change("invoiceRecipient", c.invoiceRecipient, options.invoiceRecipient()));
            c.invoiceRecipient = options.invoiceRecipient();
        }
        if (c.agencyPaymentRecipient != options.agencyPaymentRecipient()) {
            changes.add(change("agencyPaymentRecipient", c.agencyPaymentRecipient, options.agencyPaymentRecipient()));
            c.agencyPaymentRecipient = options.agencyPaymentRecipient();
        }
        if (!changes.isEmpty()) {
            Instant now = Instant.now();
            c.updatedAt = now;
            HistoryEntry.record(c.id, HistoryEntry.Step.UPDATED, Side.AGENCY, name, changes, null, now);
            events.updated(c, changes, Side.AGENCY, name, now);
            Collaboration.flush();
        }
        return collaborations.view(c, language);
    }

    /** The agency ends the collaboration now or on a later day; the client is then asked about its service. */
    @Transactional
    public CollaborationView end(StaffAccess staff, UUID id, java.time.LocalDate endsOn, String name, String language) {
        Collaboration c = Collaborations.lock(staff, id);
        endings.end(c, Side.AGENCY, name, endsOn, null);
        Collaboration.flush();
        return collaborations.view(c, language);
    }

    @Transactional
    public CollaborationView withdrawEnding(StaffAccess staff, UUID id, String name, String language) {
        Collaboration c = Collaborations.lock(staff, id);
        endings.withdraw(c, Side.AGENCY, name);
        Collaboration.flush();
        return collaborations.view(c, language);
    }

    private static Change change(String field, Object before, Object after) {
        return new Change(field, before == null ? null : before.toString(), after == null ? null : after.toString());
    }
}
