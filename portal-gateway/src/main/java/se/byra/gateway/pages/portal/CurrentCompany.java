package se.byra.gateway.pages.portal;

import java.util.List;
import java.util.UUID;

import se.byra.gateway.downstream.CollaborationApi.CompanyView;
import se.byra.gateway.pages.Paths;

/** The company a portal page is about, and every company of the user's, for the switcher ("Byt företag"). */
public record CurrentCompany(CompanyView company, List<CompanyView> companies) {

    /** A company's collaborations, under the company: {@code /portal/foretag/{id}/samarbeten}. */
    public static final String COLLABORATIONS = "/samarbeten";

    public UUID id() {
        return company.clientId();
    }

    public String name() {
        return company.name();
    }

    public boolean administrator() {
        return company.administrator();
    }

    /** Whether the user belongs to more than this one, so the page offers to switch. */
    public boolean several() {
        return companies.size() > 1;
    }

    public String href() {
        return Paths.company(id());
    }

    public String usersHref() {
        return Paths.companyUsers(id());
    }

    /** The company's collaborations with its agency. */
    public String collaborationsHref() {
        return href() + COLLABORATIONS;
    }

    /** The company's cases with its agency. */
    public String casesHref() {
        return href() + Paths.COMPANY_CASES;
    }

    /** The company's consent to case management. */
    public String consentHref() {
        return href() + Paths.COMPANY_CONSENT;
    }

    /** Where the switcher's GET form goes: {@code ?foretag={id}} leads to that company's page. */
    public String switchAction() {
        return Paths.COMPANIES;
    }
}
