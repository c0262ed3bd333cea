package se.byra.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;

/** The agency's own profile and logo against the real stack: filled in, a logo uploaded, a wrong one refused, removed. */
class AgencyBrowserTest extends BrowserTestSupport {

    @Test
    void anAdministratorFillsInTheProfileAndUploadsTheLogo() {
        Page page = signedIn("anna", "/byra/kunder");
        page.locator("nav a", new Page.LocatorOptions().setHasText("Byrån")).click();
        page.waitForURL(url -> url.endsWith("/byra/installningar/byra"));
        assertThat(page.locator("h1").innerText()).isEqualTo("Byrån");
        checkPage(page, "agency-profile-before");

        page.locator("main a[href='/byra/installningar/byra/redigera']").first().click();
        page.waitForURL(url -> url.endsWith("/redigera"));
        page.locator("#name").fill("");
        page.locator("#organisationNumber").fill("556703-7484");
        page.locator(".button-group button[type=submit]").click();
        page.locator(".error-summary").waitFor();
        checkPage(page, "agency-form-errors");

        page.locator("#name").fill("Demobyrån Redovisning AB");
        page.locator("#organisationNumber").fill("5567037485");
        page.locator("#street").fill("Drottninggatan 5");
        page.locator("#postalCode").fill("11151");
        page.locator("#city").fill("Stockholm");
        page.locator("#email").fill("info@demobyran.test");
        page.locator("#phone").fill("08-123 45 67");
        page.locator(".button-group button[type=submit]").click();
        page.waitForURL(url -> url.endsWith("/byra/installningar/byra"));
        assertThat(mainText(page)).contains("Byråns uppgifter är sparade", "Demobyrån Redovisning AB", "556703-7485",
                "111 51 Stockholm", "info@demobyran.test");

        page.locator("#logo").setInputFiles(new FilePayload("logga.png", "image/png", image("png")));
        page.locator("form[action$='/logotyp'] button[type=submit]").click();
        page.waitForURL(url -> url.endsWith("/byra/installningar/byra"));
        assertThat(mainText(page)).contains("Logotypen är uppladdad");
        page.locator("img.logo").waitFor();
        assertThat(page.evaluate("() => document.querySelector('img.logo').naturalWidth")).isEqualTo(240);
        checkPage(page, "agency-profile-with-logo");

        page.locator("#logo").setInputFiles(new FilePayload("logga.gif", "image/png", image("gif")));
        page.locator("form[action$='/logotyp'] button[type=submit]").click();
        page.locator(".error-summary").waitFor();
        assertThat(page.locator("#logo-error").innerText()).contains("Logotypen måste vara en PNG- eller JPEG-bild");
        page.locator(".error-summary a[href='#logo']").click();
        assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo("logo");
        checkPage(page, "agency-logo-refused");

        page.locator("form[action$='/ta-bort'] button[type=submit]").click();
        page.waitForURL(url -> url.endsWith("/byra/installningar/byra"));
        assertThat(mainText(page)).contains("Logotypen är borttagen", "Byrån har ingen logotyp.");
    }

    @Test
    void staffReadTheProfileWithoutTheChangesAndItFitsA375PixelScreen() {
        Page page = newPage(NARROW, 800);
        SignIn.as(page, stack, "erik", "/byra/installningar/byra");
        assertThat(page.locator("h1").innerText()).isEqualTo("Byrån");
        assertThat(page.locator("main form").count()).isZero();
        checkPage(page, "narrow-agency-profile-staff");
    }

    /** A small logo-like picture, 240 x 80 pixels, as PNG or GIF bytes. */
    private static byte[] image(String format) {
        BufferedImage image = new BufferedImage(240, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(0x1d, 0x4f, 0x91));
        graphics.fillRect(0, 0, 240, 80);
        graphics.setColor(Color.WHITE);
        graphics.fillOval(20, 15, 50, 50);
        graphics.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
