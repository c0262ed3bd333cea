package se.byra.gateway.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.byra.gateway.support.CollabFixtures;
import se.byra.gateway.support.Fixtures;

/** The client overview's Samarbeten: one tile per service, its state in words and its action. */
@QuarkusTest
class CollaborationTilesTest extends PageTest {

    private final UUID id = UUID.randomUUID();
    private final String overview = "/byra/kunder/" + id;
    private final UUID invited = UUID.randomUUID();
    private final UUID active = UUID.randomUUID();
    private final UUID ending = UUID.randomUUID();
    private final UUID declined = UUID.randomUUID();
    private final UUID expired = UUID.randomUUID();
    private final UUID ended = UUID.randomUUID();

    @BeforeEach
    void aClient() {
        signInStaff();
        engagement.onJson("GET", "/clients/" + id, 200, Fixtures.clientView(id, "Acme AB", "556703-7485", null, 1,
                List.of()));
        engagement.onJson("GET", "/engagements", 200, Fixtures.page(List.of(), 0, 20, 0));
    }

    private void services(long engagementsInForce, long unlinked) {
        collaboration.onJson("GET", "/clients/" + id + "/services", 200, CollabFixtures.clientServices(id, "Acme AB",
                engagementsInForce, unlinked, List.of(
                        CollabFixtures.with(CollabFixtures.tile("digital-invoices", "Digitala fakturor & dokument",
                                null, null), "clientUsesService", true),
                        CollabFixtures.with(CollabFixtures.tile("bookkeeping", "Bokföring & fakturering", invited,
                                "INVITED"), "expiresAt", "2026-03-16T09:00:00Z"),
                        CollabFixtures.with(CollabFixtures.tile("scanner", "Scanner", active, "ACTIVE"),
                                "activatedAt", "2026-03-01T09:00:00Z"),
                        CollabFixtures.with(CollabFixtures.tile("payroll", "Lön", ending, "ACTIVE"), "activatedAt",
                                "2026-01-01T09:00:00Z", "endsOn", "2026-06-30"),
                        CollabFixtures.tile("expenses", "Resor & utlägg", declined, "DECLINED"),
                        CollabFixtures.tile("tax", "Skatt & bokslut", expired, "EXPIRED"),
                        CollabFixtures.tile("financial-overview", "Ekonomiöversikt", ended, "ENDED"))));
    }

    private Element section() {
        return browser.get(overview).html().selectFirst("section[aria-labelledby=collaborations]");
    }

    @Test
    void eachServiceIsATileWithItsStateInWordsAndItsAction() {
        services(1, 0);

        Element section = section();

        assertThat(section.selectFirst("h2").text()).isEqualTo("Samarbeten");
        assertThat(section.select(".tiles > li.tile")).hasSize(7);
        assertThat(section.select(".tile h3").eachText()).containsExactly("Digitala fakturor & dokument",
                "Bokföring & fakturering", "Scanner", "Lön", "Resor & utlägg", "Skatt & bokslut", "Ekonomiöversikt");
        assertThat(section.select(".tile .badge").eachText()).containsExactly("Ej aktiverad",
                "Inbjuden (svar senast 2026-03-16)", "Aktiv sedan 2026-03-01", "Avslutas 2026-06-30", "Avböjd",
                "Inbjudan gick ut", "Avslutad");
        List<Element> tiles = section.select(".tile");
        assertThat(tiles.get(0).text()).contains("Vad Digitala fakturor & dokument ger kunden.",
                "Kunden använder tjänsten.");
        assertThat(tiles.get(0).select("a").eachText()).containsExactly("Aktivera Digitala fakturor & dokument");
        assertThat(tiles.get(0).selectFirst("a").attr("href"))
                .isEqualTo(overview + "/samarbeten/aktivera?tjanst=digital-invoices");
        assertThat(tiles.get(1).select("a").eachText()).as("an open one is shown, not activated again")
                .containsExactly("Visa samarbetet Bokföring & fakturering");
        assertThat(tiles.get(1).selectFirst("a").attr("href")).isEqualTo("/byra/samarbeten/" + invited);
        assertThat(tiles.get(3).select("a").eachAttr("href")).containsExactly("/byra/samarbeten/" + ending);
        assertThat(tiles.get(4).select("a").eachText()).containsExactly("Visa samarbetet Resor & utlägg",
                "Aktivera igen Resor & utlägg");
        assertThat(section.select(".notice")).isEmpty();
    }

    @Test
    void withoutAnEngagementInForceTheTilesSayWhatIsNeededAndOfferNoActivation() {
        services(0, 0);

        Element section = section();

        Element notice = section.selectFirst(".notice");
        assertThat(notice.text()).startsWith("Ett samarbete kräver ett uppdrag med signerat uppdragsbrev.");
        assertThat(notice.selectFirst("a").attr("href")).isEqualTo("#engagements");
        assertThat(notice.selectFirst("a").text()).isEqualTo("Se kundens uppdrag");
        assertThat(section.select("a[href*=aktivera]")).isEmpty();
        assertThat(section.select("a[href=/byra/samarbeten/" + active + "]")).hasSize(1);
    }

    @Test
    void theUnlinkedImportsAreCountedWithTheWayToLinkThem() {
        services(1, 2);

        Element section = section();

        assertThat(section.text()).contains("Kunden har 2 okopplade samarbeten från en import.");
        Element link = section.selectFirst("a:contains(Koppla till tjänst och uppdrag)");
        assertThat(link.attr("href")).isEqualTo("/byra/samarbeten?kund=" + id + "&status=okopplad");
    }

    @Test
    void oneUnlinkedImportIsSaidInTheSingular() {
        services(1, 1);

        assertThat(section().text()).contains("Kunden har ett okopplat samarbete från en import.");
    }
}
