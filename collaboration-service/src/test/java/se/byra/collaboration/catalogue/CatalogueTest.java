package se.byra.collaboration.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.byra.collaboration.catalogue.SharedService.Terms;
import se.byra.collaboration.catalogue.SharedService.Text;
import se.byra.collaboration.catalogue.SharedService.Texts;
import se.byra.collaboration.catalogue.SharedService.Variant;

/** The catalogue as data: the shipped file keeps the catalogue's rules, and a file that breaks them stops the start. */
class CatalogueTest {

    @Test
    void theShippedCatalogueHasTheSevenServicesEachWithTextsInBothLanguagesAndTerms() {
        Catalogue catalogue = new Catalogue();

        assertThat(catalogue.all()).extracting(SharedService::code).containsExactly("digital-invoices", "bookkeeping",
                "scanner", "payroll", "expenses", "tax-closing", "financial-overview");
        for (SharedService service : catalogue.all()) {
            assertThat(List.of(service.name().sv(), service.name().en(), service.summary().sv(), service.summary().en(),
                    service.terms().text().sv(), service.terms().text().en())).as(service.code()).allMatch(
                            text -> text != null && !text.isBlank());
            assertThat(service.steps().sv()).as(service.code()).hasSameSizeAs(service.steps().en()).isNotEmpty();
        }
        SharedService payroll = catalogue.find("payroll").orElseThrow();
        assertThat(payroll.invoiceRecipients(payroll.variant("START"))).containsExactly(InvoiceRecipient.AGENCY);
        assertThat(payroll.invoiceRecipients(payroll.variant("STANDARD"))).containsExactly(InvoiceRecipient.AGENCY,
                InvoiceRecipient.CLIENT);
        assertThat(catalogue.find("financial-overview").orElseThrow().agreementPeriods()).containsExactly(3, 12);
        assertThat(catalogue.find("digital-invoices").orElseThrow().agencyMayBePaymentRecipient()).isTrue();
        assertThat(catalogue.find("bookkeeping").orElseThrow().agencyMayBePaymentRecipient()).isFalse();
    }

    @Test
    void aCatalogueBreakingItsRulesIsRefusedAtStart() {
        assertThatThrownBy(() -> new Catalogue(List.of(service("scanner", List.of(InvoiceRecipient.AGENCY)),
                service("scanner", List.of(InvoiceRecipient.CLIENT))))).hasMessageContaining("scanner twice");
        assertThatThrownBy(() -> new Catalogue(List.of(service("Scanner!", List.of(InvoiceRecipient.AGENCY)))))
                .hasMessageContaining("bad code");
        assertThatThrownBy(() -> new Catalogue(List.of(service("scanner", List.of())))).hasMessageContaining(
                "names no invoice recipient");
        SharedService variantWithoutRecipient = new SharedService("payroll", text(), text(), null, List.of(), false,
                List.of(new Variant("START", text(), text(), List.of())), List.of(), terms());
        assertThatThrownBy(() -> new Catalogue(List.of(variantWithoutRecipient))).hasMessageContaining("payroll/START");
    }

    private static SharedService service(String code, List<InvoiceRecipient> recipients) {
        return new SharedService(code, text(), text(), new Texts(List.of(), List.of()), recipients, false, List.of(),
                List.of(), terms());
    }

    private static Text text() {
        return new Text("text", "text");
    }

    private static Terms terms() {
        return new Terms("1", text());
    }
}
