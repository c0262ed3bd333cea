package se.byra.gateway.pages.collaborations;

import org.jboss.resteasy.reactive.RestForm;

/** A collaboration's options as posted by the activation, the edit and the link forms (each uses what it has). */
public class OptionsFormData {

    @RestForm
    public String service;

    @RestForm
    public String engagementId;

    @RestForm
    public String variant;

    @RestForm
    public String invoiceRecipient;

    @RestForm
    public String agreementMonths;

    @RestForm
    public String agencyPaymentRecipient;

    @RestForm
    public String version;
}
