package se.byra.gateway.pages.agency;

import org.jboss.resteasy.reactive.RestForm;

import se.byra.gateway.pages.CompanyFormData;

/** The agency's form as posted: the company's fields, and its e-mail and phone. */
public class AgencyFormData extends CompanyFormData {

    @RestForm
    public String email;

    @RestForm
    public String phone;
}
