package se.byra.gateway.pages.clients;

import java.util.List;

import org.jboss.resteasy.reactive.RestForm;

import se.byra.gateway.pages.CompanyFormData;

/**
 * The client form's fields as posted. A contact is one value in each of the contact lists, in
 * the order the rows appear; {@code mainContact} is the index of the main contact's row, and
 * {@code action} the button pressed: save, add-contact, or remove-contact-{index}.
 */
public class ClientFormData extends CompanyFormData {

    @RestForm
    public String clientManagerId;

    @RestForm
    public List<String> contactId;

    @RestForm
    public List<String> contactName;

    @RestForm
    public List<String> contactEmail;

    @RestForm
    public List<String> contactPhone;

    @RestForm
    public String mainContact;

    @RestForm
    public String action;
}
