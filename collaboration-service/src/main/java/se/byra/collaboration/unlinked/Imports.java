package se.byra.collaboration.unlinked;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import se.byra.collaboration.activation.Activation;
import se.byra.collaboration.catalogue.Catalogue;
import se.byra.collaboration.catalogue.SharedService;
import se.byra.collaboration.client.KnownClient;
import se.byra.collaboration.collaboration.ClientService;
import se.byra.collaboration.collaboration.Collaboration;
import se.byra.collaboration.collaboration.CollaborationApi.CollaborationView;
import se.byra.collaboration.collaboration.CollaborationApi.Link;
import se.byra.collaboration.collaboration.CollaborationApi.Options;
import se.byra.collaboration.collaboration.CollaborationEvents;
import se.byra.collaboration.collaboration.CollaborationStatus;
import se.byra.collaboration.collaboration.Collaborations;
import se.byra.collaboration.collaboration.HistoryEntry;
import se.byra.collaboration.collaboration.HistoryEntry.Step;
import se.byra.collaboration.collaboration.OptionRules;
import se.byra.collaboration.collaboration.Side;
import se.byra.collaboration.engagement.KnownEngagement;
import se.byra.collaboration.unlinked.ImportApi.ImportReport;
import se.byra.collaboration.unlinked.ImportApi.ImportRow;
import se.byra.collaboration.unlinked.ImportApi.RefusedRow;
import se.byra.collaboration.unlinked.ImportApi.Refusal;
import se.byra.platform.access.StaffAccess;
import se.byra.platform.web.input.BusinessDates;
import se.byra.platform.web.input.TextRules;
import se.byra.platform.web.problem.ProblemException;
import se.byra.platform.web.validation.OrganisationNumber;

/**
 * Collaborations made in an older system come in "unlinked" (without service and engagement), row by row: a row
 * that breaks a rule is refused with its reason and the others are taken. Staff then link each to its service and
 * engagement, and it is active.
 */
@ApplicationScoped
public class Imports {

    /** More rows than this in one import are refused as a whole: split the file. */
    public static final int MAX_ROWS = 5000;

    @Inject
    Catalogue catalogue;

    @Inject
    Activation activation;

    @Inject
    CollaborationEvents events;

    @Inject
    Collaborations collaborations;

    /**
     * Takes each valid row as an unlinked collaboration of a client the caller may see. The clients and the
     * references already taken are read in two queries for the whole file.
     */
    @Transactional
    public ImportReport importRows(StaffAccess staff, List<ImportRow> rows, String name) {
        if (rows.size() > MAX_ROWS) {
            throw ProblemException.invalidField("body", "at most " + MAX_ROWS + " rows in one import");
        }
        Set<String> numbers = rows.stream().map(r -> r == null ? null : OrganisationNumber.normalise(
                nullToEmpty(r.organisationNumber())).orElse(null)).filter(n -> n != null).collect(Collectors.toSet());
        Map<String, KnownClient> clients = numbers.isEmpty() ? Map.of() : KnownClient.<KnownClient>list(
                "agencyId = ?1 and organisationNumber in ?2", staff.agencyId(), numbers).stream()
                .filter(c -> staff.maySee(c.clientId))
                .collect(Collectors.toMap(c -> c.organisationNumber, Function.identity(), (a, b) -> a));
        Set<String> references = rows.stream().map(r -> r == null ? null : r.reference()).filter(r -> r != null)
                .map(String::strip).collect(Collectors.toSet());
        Set<String> taken = references.isEmpty() ? new HashSet<>() : new HashSet<>(Collaboration.getEntityManager()
                .createQuery("select importReference from Collaboration where agencyId = :agency and importReference "
                        + "in :references", String.class)
                .setParameter("agency", staff.agencyId()).setParameter("references", references).getResultList());
        List<RefusedRow> refused = new ArrayList<>();
        Instant now = Instant.now();
        int imported = 0;
        for (int i = 0; i < rows.size(); i++) {
            ImportRow row = rows.get(i);
            int number = i + 1;
            if (row == null) {
                refused.add(new RefusedRow(number, null, "row", Refusal.EMPTY, "empty"));
                continue;
            }
            String reference = row.reference() == null ? null : row.reference().strip();
            RefusedRow problem = check(number, row, reference, clients, taken);
            if (problem != null) {
                refused.add(problem);
                continue;
            }
            taken.add(reference);
            KnownClient client = clients.get(OrganisationNumber.normalise(row.organisationNumber()).orElseThrow());
            Collaboration c = new Collaboration();
            c.id = UUID.randomUUID();
            c.agencyId = staff.agencyId();
            c.clientId = client.clientId;
            c.status = CollaborationStatus.UNLINKED;
            c.importReference = TextRules.normalise(reference);
            c.importServiceName = row.serviceName() == null || row.serviceName().isBlank() ? null
                    : TextRules.normalise(row.serviceName().strip());
            c.importStartedOn = row.startedOn() == null ? null : LocalDate.parse(row.startedOn().strip());
            c.createdAt = now;
            c.updatedAt = now;
            c.persist();
            HistoryEntry.record(c.id, Step.IMPORTED, Side.AGENCY, name, List.of(), c.importServiceName, now);
            imported++;
        }
        return new ImportReport(rows.size(), imported, refused);
    }

    private static RefusedRow check(int number, ImportRow row, String reference, Map<String, KnownClient> clients,
            Set<String> taken) {
        if (reference == null || reference.isEmpty()) {
            return new RefusedRow(number, null, "reference", Refusal.REQUIRED, "required");
        }
        if (reference.length() > 100 || TextRules.violation(reference, false).isPresent()) {
            return new RefusedRow(number, null, "reference", Refusal.TOO_LONG, "at most 100 characters, without control characters");
        }
        if (taken.contains(reference)) {
            return new RefusedRow(number, reference, "reference", Refusal.ALREADY_IMPORTED, "already imported");
        }
        if (row.organisationNumber() == null || row.organisationNumber().isBlank()) {
            return new RefusedRow(number, reference, "organisationNumber", Refusal.REQUIRED, "required");
        }
        var normalised = OrganisationNumber.normalise(row.organisationNumber());
        if (normalised.isEmpty() || !OrganisationNumber.isValid(row.organisationNumber())) {
            return new RefusedRow(number, reference, "organisationNumber", Refusal.INVALID_ORGANISATION_NUMBER, "not a Swedish organisation number "
                    + "(NNNNNN-NNNN with a valid check digit)");
        }
        if (!clients.containsKey(normalised.get())) {
            return new RefusedRow(number, reference, "organisationNumber", Refusal.UNKNOWN_CLIENT, "no client with this organisation number "
                    + "in the agency's register (among the clients you may see): register the client first");
        }
        if (row.serviceName() != null && (row.serviceName().strip().length() > 200
                || TextRules.violation(row.serviceName(), false).isPresent())) {
            return new RefusedRow(number, reference, "serviceName", Refusal.TOO_LONG, "at most 200 characters, without control "
                    + "characters");
        }
        if (row.startedOn() != null && !row.startedOn().isBlank()) {
            try {
                if (!BusinessDates.inRange(LocalDate.parse(row.startedOn().strip()))) {
                    return new RefusedRow(number, reference, "startedOn", Refusal.IMPLAUSIBLE_DATE, "not a plausible date");
                }
            } catch (DateTimeParseException e) {
                return new RefusedRow(number, reference, "startedOn", Refusal.DATE_FORMAT, "a date as YYYY-MM-DD");
            }
        }
        return null;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    /** Links an unlinked collaboration to its service and an engagement in force: active from now, no invitation. */
    @Transactional
    public CollaborationView link(StaffAccess staff, UUID id, Link request, String name, String language) {
        Collaboration c = Collaborations.lock(staff, id);
        if (c.status != CollaborationStatus.UNLINKED) {
            throw ProblemException.conflict("Collaboration " + id + " is already linked (" + c.status + ")");
        }
        SharedService service = catalogue.require("service", request.service());
        Options options = OptionRules.check(service, request.options());
        KnownClient client = KnownClient.findById(c.clientId);
        KnownEngagement engagement = activation.engagementInForce(client, request.engagementId());
        if (Collaboration.open(c.clientId, service.code()) != null) {
            throw new ProblemException(409, Activation.COLLABORATION_EXISTS, "Collaboration exists", client.name
                    + " already has an open collaboration in " + service.code() + ": link this one to another service "
                    + "or remove it", List.of());
        }
        Instant now = Instant.now();
        c.service = service.code();
        c.engagementId = engagement.engagementId;
        c.invoiceRecipient = options.invoiceRecipient();
        c.variant = options.variant();
        c.agreementMonths = options.agreementMonths();
        c.agencyPaymentRecipient = options.agencyPaymentRecipient();
        c.status = CollaborationStatus.ACTIVE;
        c.activatedAt = now;
        c.answeredByName = name;
        c.updatedAt = now;
        ClientService.start(c.clientId, c.service, ClientService.StartedBy.IMPORT, now);
        HistoryEntry.record(c.id, Step.LINKED, Side.AGENCY, name, List.of(), null, now);
        events.activated(c, "IMPORT");
        Collaboration.flush();
        return collaborations.view(c, language);
    }

    /** Removes an unlinked import that is not wanted (nothing was published of it). */
    @Transactional
    public CollaborationView remove(StaffAccess staff, UUID id, String language) {
        Collaboration c = Collaborations.lock(staff, id);
        if (c.status != CollaborationStatus.UNLINKED) {
            throw ProblemException.conflict("Collaboration " + id + " is " + c.status + ": only an unlinked import can be "
                    + "removed; end it instead");
        }
        CollaborationView removed = collaborations.view(c, language);
        HistoryEntry.delete("collaborationId", id);
        c.delete();
        return removed;
    }
}
