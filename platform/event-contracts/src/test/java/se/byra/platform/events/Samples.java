package se.byra.platform.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.byra.platform.events.cases.CaseAnswered;
import se.byra.platform.events.cases.CaseClosed;
import se.byra.platform.events.cases.CaseCommented;
import se.byra.platform.events.cases.CaseCreated;
import se.byra.platform.events.cases.CaseReminderDue;
import se.byra.platform.events.cases.CaseReturned;
import se.byra.platform.events.cases.ConsentDeclined;
import se.byra.platform.events.cases.ConsentGranted;
import se.byra.platform.events.cases.ConsentRequested;
import se.byra.platform.events.cases.ConsentRevoked;
import se.byra.platform.events.collaboration.ClientAccountCreated;
import se.byra.platform.events.collaboration.ClientUserUpdated;
import se.byra.platform.events.collaboration.CollaborationActivated;
import se.byra.platform.events.collaboration.CollaborationDeclined;
import se.byra.platform.events.collaboration.CollaborationEnded;
import se.byra.platform.events.collaboration.CollaborationInvitationExpired;
import se.byra.platform.events.collaboration.CollaborationInvited;
import se.byra.platform.events.collaboration.CollaborationUpdated;
import se.byra.platform.events.collaboration.MembershipGranted;
import se.byra.platform.events.collaboration.MembershipRevoked;
import se.byra.platform.events.collaboration.ServiceName;
import se.byra.platform.events.engagement.AgencyUpdated;
import se.byra.platform.events.engagement.ClientRegistered;
import se.byra.platform.events.engagement.ClientResponsibilityChanged;
import se.byra.platform.events.engagement.ClientUpdated;
import se.byra.platform.events.engagement.EngagementSigned;
import se.byra.platform.events.engagement.StaffMemberDeactivated;
import se.byra.platform.events.engagement.StaffMemberInvited;
import se.byra.platform.events.engagement.StaffMemberUpdated;

/** A realistic instance of every catalogued payload; a type without one fails the contract test. */
final class Samples {

    static final Map<EventType<?>, Object> BY_TYPE = Map.ofEntries(
            Map.entry(EngagementSigned.TYPE, new EngagementSigned(
                    UUID.randomUUID(), UUID.randomUUID(), 1, UUID.randomUUID(),
                    "Bageriet i Vårby AB", "556703-7485", "Löpande bokföring och bokslut",
                    UUID.randomUUID(), List.of(UUID.randomUUID()),
                    LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31),
                    Instant.parse("2026-11-22T09:15:30.123Z"))),
            Map.entry(StaffMemberInvited.TYPE, new StaffMemberInvited(
                    UUID.randomUUID(), "Karin Revisor", "karin.revisor@byran.se", "sv", "OWN_CLIENTS", false,
                    Instant.parse("2026-11-22T09:15:30.123Z"))),
            Map.entry(StaffMemberUpdated.TYPE, new StaffMemberUpdated(
                    UUID.randomUUID(), "Karin Revisor", "karin@byran.se", "en", "FULL", true,
                    "5d0c6a8e-3f0e-4b7e-9a55-0f7c3f6b2d11", Instant.parse("2026-11-23T10:00:00Z"))),
            Map.entry(StaffMemberDeactivated.TYPE, new StaffMemberDeactivated(
                    UUID.randomUUID(), Instant.parse("2026-12-01T16:45:00Z"))),
            Map.entry(ClientRegistered.TYPE, new ClientRegistered(
                    UUID.randomUUID(), "Bageriet i Vårby AB", "556703-7485", "Vårby allé 12", "143 40", "Vårby",
                    "SE", "Sara Bagare", "sara@bageriet.se", "08-123 45 67", UUID.randomUUID(), true,
                    Instant.parse("2026-11-22T09:15:30.123Z"))),
            Map.entry(ClientUpdated.TYPE, new ClientUpdated(
                    UUID.randomUUID(), "Bageriet i Vårby AB", "556703-7485", null, null, null,
                    "SE", "Sara Bagare", null, null, null, true, Instant.parse("2026-11-24T08:00:00Z"))),
            Map.entry(ClientResponsibilityChanged.TYPE, new ClientResponsibilityChanged(
                    UUID.randomUUID(), List.of(UUID.randomUUID(), UUID.randomUUID()),
                    Instant.parse("2026-11-24T08:00:00Z"))),
            Map.entry(AgencyUpdated.TYPE, new AgencyUpdated(
                    UUID.randomUUID(), "Byrån i Vårby AB", "556036-0793", "Kungsgatan 4", "11143", "Stockholm", "SE",
                    "info@byran.se", "+46 8-123 45 67", Instant.parse("2026-11-24T10:30:00Z"))),
            Map.entry(ClientAccountCreated.TYPE, new ClientAccountCreated(
                    UUID.randomUUID(), "Bageriet i Vårby AB", "556703-7485", Instant.parse("2026-11-25T13:00:00Z"))),
            Map.entry(MembershipGranted.TYPE, new MembershipGranted(
                    UUID.randomUUID(), UUID.randomUUID(), "ADMINISTRATOR", "Sara Bagare", "sara@bageriet.se", "sv",
                    Instant.parse("2026-11-25T13:00:00Z"))),
            Map.entry(MembershipRevoked.TYPE, new MembershipRevoked(
                    UUID.randomUUID(), UUID.randomUUID(), Instant.parse("2026-11-26T09:30:00Z"))),
            Map.entry(ClientUserUpdated.TYPE, new ClientUserUpdated(
                    UUID.randomUUID(), "Sara Bagare", "sara@bageriet.se", "sv",
                    "0b6f2f9e-51c6-4a7d-8f0e-2d1a9c3e7b44", Instant.parse("2026-11-25T13:00:05Z"))),
            Map.entry(CollaborationInvited.TYPE, new CollaborationInvited(
                    UUID.randomUUID(), UUID.randomUUID(), "Bageriet i Vårby AB", "digital-invoices",
                    new ServiceName("Digitala fakturor & dokument", "Digital invoices & documents"), UUID.randomUUID(),
                    "NEW_SERVICE", "2026-10", "AGENCY", null, null, true, UUID.randomUUID(), "Karin Revisor", false,
                    Instant.parse("2026-12-16T09:15:00Z"), Instant.parse("2026-12-02T09:15:00Z"))),
            Map.entry(CollaborationActivated.TYPE, new CollaborationActivated(
                    UUID.randomUUID(), UUID.randomUUID(), "Bageriet i Vårby AB", "payroll",
                    new ServiceName("Lön", "Payroll"), UUID.randomUUID(), List.of(UUID.randomUUID(), UUID.randomUUID()),
                    "INVITATION", "CLIENT", "STANDARD", null, false, "2026-10", UUID.randomUUID(), "Sara Bagare",
                    Instant.parse("2026-12-03T14:20:00Z"))),
            Map.entry(CollaborationDeclined.TYPE, new CollaborationDeclined(
                    UUID.randomUUID(), UUID.randomUUID(), "Café Sjöutsikten AB", "financial-overview",
                    new ServiceName("Ekonomisk översikt", "Financial overview"), UUID.randomUUID(),
                    List.of(UUID.randomUUID()), UUID.randomUUID(), "Olle Sjöberg",
                    "Vi väntar till nästa räkenskapsår.", Instant.parse("2026-12-04T08:40:00Z"))),
            Map.entry(CollaborationInvitationExpired.TYPE, new CollaborationInvitationExpired(
                    UUID.randomUUID(), UUID.randomUUID(), "Café Sjöutsikten AB", "digital-invoices",
                    new ServiceName("Digitala fakturor & dokument", "Digital invoices & documents"), UUID.randomUUID(),
                    List.of(UUID.randomUUID(), UUID.randomUUID()), Instant.parse("2026-12-02T10:00:00Z"),
                    Instant.parse("2026-12-16T10:00:00Z"))),
            Map.entry(CollaborationUpdated.TYPE, new CollaborationUpdated(
                    UUID.randomUUID(), UUID.randomUUID(), "Bageriet i Vårby AB", "financial-overview",
                    new ServiceName("Ekonomisk översikt", "Financial overview"), UUID.randomUUID(),
                    List.of(UUID.randomUUID()), "ACTIVE", "AGENCY", null, 12, true, null,
                    List.of(new CollaborationUpdated.Change("agreementMonths", "6", "12"),
                            new CollaborationUpdated.Change("endsOn", "2027-06-30", null)),
                    "AGENCY", "Karin Revisor", Instant.parse("2026-12-05T11:30:00Z"))),
            Map.entry(CollaborationEnded.TYPE, new CollaborationEnded(
                    UUID.randomUUID(), UUID.randomUUID(), "Bageriet i Vårby AB", "payroll",
                    new ServiceName("Lön", "Payroll"), UUID.randomUUID(), List.of(UUID.randomUUID(), UUID.randomUUID()),
                    "CLIENT", "Sara Bagare", LocalDate.of(2027, 3, 31), Instant.parse("2027-04-01T00:00:05Z"))),
            Map.entry(ConsentRequested.TYPE, new ConsentRequested(
                    UUID.randomUUID(), "Bageriet i Vårby AB", "Sara Bagare", "sara@bageriet.se", UUID.randomUUID(),
                    "Karin Revisor", false, Instant.parse("2027-01-04T08:30:00Z"))),
            Map.entry(ConsentGranted.TYPE, new ConsentGranted(
                    UUID.randomUUID(), "Bageriet i Vårby AB", UUID.randomUUID(), "Sara Bagare",
                    List.of(UUID.randomUUID()), Instant.parse("2027-01-04T19:12:00Z"))),
            Map.entry(ConsentDeclined.TYPE, new ConsentDeclined(
                    UUID.randomUUID(), "Café Sjöutsikten AB", UUID.randomUUID(), "Olle Sjöberg",
                    "Vi sköter frågorna per telefon tills vidare.", List.of(UUID.randomUUID()),
                    Instant.parse("2027-01-05T07:45:00Z"))),
            Map.entry(ConsentRevoked.TYPE, new ConsentRevoked(
                    UUID.randomUUID(), "Bageriet i Vårby AB", UUID.randomUUID(), "Sara Bagare", null, 2,
                    List.of(UUID.randomUUID(), UUID.randomUUID()), Instant.parse("2027-06-14T16:20:00Z"))),
            Map.entry(CaseCreated.TYPE, new CaseCreated(
                    UUID.randomUUID(), UUID.randomUUID(), "Bageriet i Vårby AB", "DOCUMENT_REQUEST",
                    "Kvitton och leverantörsfakturor för december", "AGENCY", "WAITING_FOR_CLIENT", UUID.randomUUID(),
                    LocalDate.of(2027, 1, 15), UUID.randomUUID(), "Karin Revisor", List.of(),
                    Instant.parse("2027-01-05T09:00:00Z"))),
            Map.entry(CaseAnswered.TYPE, new CaseAnswered(
                    UUID.randomUUID(), UUID.randomUUID(), "Bageriet i Vårby AB", "APPROVAL",
                    "Godkänn årsredovisningen för 2026", "WAITING_FOR_AGENCY", "APPROVED", UUID.randomUUID(),
                    "Sara Bagare", UUID.randomUUID(), List.of(UUID.randomUUID()),
                    Instant.parse("2027-03-10T14:05:00Z"))),
            Map.entry(CaseReturned.TYPE, new CaseReturned(
                    UUID.randomUUID(), UUID.randomUUID(), "Bageriet i Vårby AB", "DOCUMENT_REQUEST",
                    "Kvitton och leverantörsfakturor för december", UUID.randomUUID(), "Karin Revisor",
                    LocalDate.of(2027, 1, 22), Instant.parse("2027-01-16T10:40:00Z"))),
            Map.entry(CaseCommented.TYPE, new CaseCommented(
                    UUID.randomUUID(), UUID.randomUUID(), "Café Sjöutsikten AB", "QUESTION",
                    "Förmånsvärde för tjänstebilen", UUID.randomUUID(), "CLIENT", UUID.randomUUID(), "Olle Sjöberg",
                    null, List.of(UUID.randomUUID()), Instant.parse("2027-02-02T12:15:00Z"))),
            Map.entry(CaseClosed.TYPE, new CaseClosed(
                    UUID.randomUUID(), UUID.randomUUID(), "Bageriet i Vårby AB", "FORM",
                    "Uppgifter inför inkomstdeklarationen 2027", "CLOSED", "COMPLETED",
                    "Tack! Deklarationen är inlämnad till Skatteverket.", "Karin Revisor", List.of(),
                    Instant.parse("2027-04-28T15:30:00Z"))),
            Map.entry(CaseReminderDue.TYPE, new CaseReminderDue(
                    UUID.randomUUID(), UUID.randomUUID(), "Bageriet i Vårby AB", "DOCUMENT_REQUEST",
                    "Kvitton och leverantörsfakturor för december", LocalDate.of(2027, 1, 15), -3, UUID.randomUUID(),
                    Instant.parse("2027-01-12T06:00:00Z"))));

    private Samples() {
    }
}
