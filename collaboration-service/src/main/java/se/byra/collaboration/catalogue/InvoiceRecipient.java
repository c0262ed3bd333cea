package se.byra.collaboration.catalogue;

/** Who receives the service's invoice (fakturamottagare). */
public enum InvoiceRecipient {
    AGENCY, CLIENT
}
