package se.byra.collaboration.collaboration;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.byra.collaboration.catalogue.Catalogue;
import se.byra.collaboration.catalogue.SharedService;
import se.byra.collaboration.collaboration.CollaborationApi.CollaborationView;
import se.byra.collaboration.collaboration.CollaborationApi.ServiceView;
import se.byra.collaboration.collaboration.CollaborationApi.TermsView;
import se.byra.collaboration.collaboration.CollaborationApi.VariantView;
import se.byra.collaboration.engagement.KnownEngagement;

/** Turns collaborations and catalogue entries into what the API answers, in the caller's language. */
@ApplicationScoped
public class Views {

    @Inject
    Catalogue catalogue;

    /** Who has access to the client's service through a collaboration on the engagement: its owner and participants. */
    public static List<UUID> staffOf(KnownEngagement engagement) {
        if (engagement == null) {
            return List.of();
        }
        Set<UUID> staff = new LinkedHashSet<>();
        if (engagement.ownerId != null) {
            staff.add(engagement.ownerId);
        }
        staff.addAll(engagement.participantIds);
        return new ArrayList<>(staff);
    }

    public String serviceName(String code, String language) {
        return code == null ? null : catalogue.find(code).map(s -> s.name().in(language)).orElse(code);
    }

    public CollaborationView view(Collaboration c, String clientName, KnownEngagement engagement, String language) {
        return new CollaborationView(c.id, c.clientId, clientName, c.service, serviceName(c.service, language),
                c.engagementId, engagement == null ? null : engagement.title, engagement == null ? null : engagement.ownerId,
                staffOf(engagement), c.status, c.scenario, c.invoiceRecipient, c.variant, c.agreementMonths,
                c.agencyPaymentRecipient, c.invitedAt, c.invitedByName, c.expiresAt, c.timesSent, c.answeredAt,
                c.answeredByName, c.termsVersion, c.declineReason, c.activatedAt, c.endsOn, c.endSide, c.endByName,
                c.endedAt, c.serviceDecision, c.importReference, c.importServiceName, c.importStartedOn, c.version);
    }

    public static ServiceView service(SharedService s, String language) {
        return new ServiceView(s.code(), s.name().in(language), s.summary().in(language), s.steps().in(language),
                s.invoiceRecipients(), s.agencyMayBePaymentRecipient(),
                s.variants().stream().map(v -> new VariantView(v.code(), v.name().in(language),
                        v.description().in(language), v.invoiceRecipients())).toList(),
                s.agreementPeriods(), new TermsView(s.terms().version(), s.terms().text().in(language)));
    }
}
