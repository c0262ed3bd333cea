package se.byra.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

/**
 * A case from the consent to the history, against the real stack: Anna invites a new client to case management, its
 * main contact chooses a password from Keycloak's mail and gives consent in the portal, Anna sends a document
 * request, the "Ärenden" menu appears for the client, who uploads the document and sends the answer, Anna closes
 * the case, and the client finds it among the closed ones. The demo's cases are on the board and in the portal.
 */
class CasesBrowserTest extends BrowserTestSupport {

    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n"
            + "%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    @Test
    void aDocumentRequestGoesFromConsentToTheClientsHistory() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String company = "Ärende " + suffix + " AB";
        String email = "nils." + suffix + "@arende.test";
        String clientId = registerClient(company, "Nils Ek", email);

        Page anna = signedIn("anna", "/byra/kunder/" + clientId);
        Locator section = anna.locator("section[aria-labelledby=cases]");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).pollInSameThread()
                .untilAsserted(() -> {
                    anna.reload();
                    assertThat(section.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                            .setName("Bjud in till ärendehantering")).count()).isEqualTo(1);
                });
        checkPage(anna, "cases-overview-not-invited");
        section.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Bjud in till ärendehantering"))
                .click();
        anna.locator(".notification-banner").waitFor();
        assertThat(section.innerText()).contains("Nils Ek", email);
        checkPage(anna, "cases-overview-invited");

        // collaboration-service opens the account for the main contact; Keycloak mails the way to a password
        String link = setupLink(email);
        Page nils = newPage(1280, 800);
        choosePasswordAndSignIn(nils, link, email);
        nils.navigate(url("/portal"));
        Locator task = nils.locator(".task-list__link", new Page.LocatorOptions()
                .setHasText("Ge samtycke till ärendehantering"));
        task.waitFor();
        assertThat(nils.locator("nav").innerText()).doesNotContain("Ärenden");
        task.click();
        nils.waitForURL(url -> url.endsWith("/samtycke"));
        checkPage(nils, "portal-consent");
        nils.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ge samtycke")).click();
        nils.locator(".notification-banner").waitFor();
        checkPage(nils, "portal-consent-granted");

        anna.navigate(url("/byra/arenden/nytt?kund=" + clientId));
        anna.locator("label", new Page.LocatorOptions().setHasText("Dokumentbegäran")).first().click();
        anna.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fortsätt")).click();
        anna.locator("#title").fill("Kontoutdrag för december");
        anna.locator("#description").fill("Ladda upp kontoutdraget för december, tack.");
        anna.locator("input[name=docName]").first().fill("Kontoutdrag december");
        anna.locator("input[name=docRequired]").first().check();
        checkPage(anna, "case-new-document-request");
        anna.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara som utkast")).click();
        anna.waitForURL(url -> url.matches(".*/byra/arenden/[0-9a-f-]{36}$"));
        String caseUrl = anna.url();
        anna.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka till kunden")).click();
        anna.locator(".notification-banner").waitFor();
        assertThat(mainText(anna)).contains("Väntar på kunden");
        checkPage(anna, "case-sent");

        nils.navigate(url("/portal/foretag/" + clientId));
        Locator menu = nils.locator("nav a", new Page.LocatorOptions().setHasText("Ärenden"));
        menu.waitFor();
        menu.click();
        nils.locator(".case-card", new Page.LocatorOptions().setHasText("Kontoutdrag för december")).waitFor();
        checkPage(nils, "portal-cases");
        nils.locator(".case-card a", new Page.LocatorOptions().setHasText("Kontoutdrag för december")).click();
        nils.waitForURL(url -> url.matches(".*/portal/foretag/[0-9a-f-]{36}/arenden/[0-9a-f-]{36}$"));
        checkPage(nils, "portal-case-document-request");
        nils.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka till byrån")).click();
        nils.locator(".error-summary").waitFor();
        checkPage(nils, "portal-case-missing-document");
        nils.locator("input[type=file]").first().setInputFiles(new FilePayload("kontoutdrag-december.pdf",
                "application/pdf", PDF));
        nils.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka till byrån")).click();
        nils.locator(".notification-banner").waitFor();
        assertThat(mainText(nils)).contains("Väntar på byrån", "kontoutdrag-december.pdf");
        checkPage(nils, "portal-case-answered");

        anna.navigate(caseUrl);
        assertThat(mainText(anna)).contains("Väntar på byrån", "kontoutdrag-december.pdf");
        anna.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Avsluta")).first().click();
        anna.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Avsluta ärendet")).click();
        anna.locator(".notification-banner").waitFor();
        assertThat(mainText(anna)).contains("Avslutat");
        checkPage(anna, "case-closed");

        nils.navigate(url("/portal/foretag/" + clientId + "/arenden"));
        nils.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Avslutade ärenden")).click();
        nils.locator(".case-card", new Page.LocatorOptions().setHasText("Kontoutdrag för december")).waitFor();
        checkPage(nils, "portal-cases-closed");
    }

    @Test
    void theDemosCasesAreOnTheBoardAndInThePortal() {
        Page anna = signedIn("anna", "/byra/arenden");
        assertThat(mainText(anna)).contains("Underlag till bokslutet 2026", "Kan vi dra av julbordet?",
                "Väntar på byrån", "Utkast");
        checkPage(anna, "cases-board");
        anna.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Virkesavräkningar 2026")).click();
        anna.waitForURL(url -> url.matches(".*/byra/arenden/[0-9a-f-]{36}$"));
        assertThat(anna.locator(".warning-text").innerText()).contains("inbjuden till ärendehantering",
                "har inte svarat ännu");
        assertThat(anna.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka till kunden")).count())
                .isZero();
        checkPage(anna, "case-draft-waiting-for-consent");

        Page maria = signedIn("maria", "/portal");
        assertThat(mainText(maria)).contains("Underlag till bokslutet 2026");
        checkPage(maria, "portal-home-case-tasks");
        maria.locator(".task-list__link", new Page.LocatorOptions().setHasText("Uppgifter till januarilönerna"))
                .click();
        maria.waitForURL(url -> url.matches(".*/arenden/[0-9a-f-]{36}$"));
        assertThat(maria.locator("nav").first().innerText()).contains("Ärenden");
        assertThat(mainText(maria)).contains("Ditt svar", "Har någon haft förmånsbil?");
        checkPage(maria, "portal-case-form");
        maria.navigate(maria.url().replaceAll("/[0-9a-f-]{36}$", ""));
        assertThat(mainText(maria)).contains("Godkänn årsredovisningen 2025", "Uppgifter till januarilönerna");
        checkPage(maria, "portal-cases-demo");
    }
}
