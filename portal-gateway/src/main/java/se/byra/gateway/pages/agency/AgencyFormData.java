package se.byra.gateway.pages.agency;

import org.jboss.resteasy.reactive.RestForm;

/** The agency's form as posted. */
public class AgencyFormData {

    @RestForm
    public String name;

    @RestForm
    public String organisationNumber;

    @RestForm
    public String street;

    @RestForm
    public String postalCode;

    @RestForm
    public String city;

    @RestForm
    public String country;

    @RestForm
    public String email;

    @RestForm
    public String phone;

    @RestForm
    public String version;
}
