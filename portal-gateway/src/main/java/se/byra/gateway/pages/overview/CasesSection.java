package se.byra.gateway.pages.overview;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import se.byra.gateway.downstream.CaseApi.ClientSummary;
import se.byra.gateway.downstream.CaseApi.ConsentView;
import se.byra.gateway.downstream.CaseCalls;
import se.byra.gateway.downstream.EngagementApi.ClientView;
import se.byra.gateway.downstream.ServiceRefusal;
import se.byra.gateway.pages.Msg;
import se.byra.gateway.pages.PageContext;
import se.byra.gateway.pages.cases.CasePaths;
import se.byra.gateway.pages.cases.CaseRow;
import se.byra.gateway.pages.cases.Consent;

/**
 * Ärenden: the client's consent to case management in words, with "Bjud in till ärendehantering" (or "Skicka inbjudan
 * igen") where an invitation can be sent and, where it cannot, why, with the way to the client's edit page; then the
 * cases' counts and the latest ones (case-service's {@code /clients/{id}/consent} and {@code /case-summary}, read at
 * the same time), the way to all of them and "Nytt ärende". case-service's 404 is a client it has not heard of yet.
 */
@ApplicationScoped
public class CasesSection implements OverviewSection {

    @Inject
    CaseCalls cases;

    @Inject
    PageContext page;

    @CheckedTemplate(basePath = "overview")
    static class Templates {

        static native TemplateInstance cases(CasesView view);

        static native TemplateInstance casesUnknown(String title, String headingId);
    }

    /** The section: the consent, the counts and the latest cases. */
    public record CasesView(String title, String headingId, UUID clientId, Consent consent, ClientSummary counts,
            List<CaseRow> latest) {

        public boolean anyCases() {
            return !latest.isEmpty() || counts.open() > 0;
        }

        public String allHref() {
            return CasePaths.ofClient(clientId);
        }

        public String newHref() {
            return CasePaths.newFor(clientId);
        }
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public String title(Msg msg) {
        return page.caseMsg().overview_title();
    }

    @Override
    public String headingId() {
        return "cases";
    }

    @Override
    public Uni<TemplateInstance> load(UUID clientId, Uni<ClientView> client) {
        Msg msg = page.msg();
        Uni<ConsentView> consent = cases.consent(clientId);
        Uni<ClientSummary> summary = cases.summary(clientId);
        return Uni.combine().all().unis(consent, summary).with((c, s) -> Templates.cases(new CasesView(title(msg),
                headingId(), clientId, Consent.of(c, page), s, s.latest().stream().map(row -> CaseRow.of(row, page))
                        .toList())))
                .onFailure(failure -> ServiceRefusal.is(failure, 404))
                .recoverWithItem(() -> Templates.casesUnknown(title(msg), headingId()));
    }
}
