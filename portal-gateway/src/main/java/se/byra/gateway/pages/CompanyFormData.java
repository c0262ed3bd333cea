package se.byra.gateway.pages;

import org.jboss.resteasy.reactive.RestForm;

/**
 * What a company's form posts, a client's or the agency's own: its name, organisation number,
 * address (the country kept in a hidden field) and the version an edit is based on.
 */
public class CompanyFormData {

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
    public String version;

    public AddressFields address() {
        return AddressFields.of(street, postalCode, city, country);
    }
}
