package se.byra.gateway.pages.clients;

import static se.byra.gateway.pages.FormValues.orNull;
import static se.byra.gateway.pages.FormValues.text;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.byra.gateway.downstream.EngagementApi.ClientView;
import se.byra.gateway.downstream.EngagementApi.ContactData;
import se.byra.gateway.downstream.EngagementApi.ContactUpdate;
import se.byra.gateway.downstream.EngagementApi.ContactView;
import se.byra.gateway.downstream.EngagementApi.RegisterClient;
import se.byra.gateway.downstream.EngagementApi.UpdateClient;
import se.byra.gateway.pages.AddressFields;
import se.byra.gateway.pages.FormErrors;
import se.byra.gateway.pages.FormValues;
import se.byra.gateway.pages.Msg;
import se.byra.platform.web.problem.Problem;
import se.byra.platform.web.validation.OrganisationNumber;

/**
 * The client form as the user filled it in: read from the posted fields, checked, turned into
 * the service's request, and shown again with the typed values and the errors at their fields.
 * A contact row left entirely empty is not sent.
 */
public final class ClientForm {

    /** As many contacts as engagement-service keeps for a client. */
    static final int MAX_CONTACTS = 20;
    private static final Pattern SERVICE_CONTACT_FIELD = Pattern.compile("contacts\\[(\\d+)](?:\\.(\\w+))?");

    public String name = "";
    public String organisationNumber = "";
    public AddressFields address = new AddressFields();
    public String clientManagerId = "";
    public String version = "";
    private final List<Contact> contacts = new ArrayList<>();
    private int main = -1;

    private static final class Contact {
        String id = "";
        String name = "";
        String email = "";
        String phone = "";

        boolean filled() {
            return !name.isEmpty() || !email.isEmpty() || !phone.isEmpty();
        }
    }

    /** One contact row as the template shows it, with the ids its fields and errors go by. */
    public record ContactRow(int index, String id, String name, String email, String phone, boolean main) {

        public int number() {
            return index + 1;
        }

        public String nameId() {
            return "contacts-" + index + "-name";
        }

        public String emailId() {
            return "contacts-" + index + "-email";
        }

        public String phoneId() {
            return "contacts-" + index + "-phone";
        }

        public String mainId() {
            return "mainContact-" + index;
        }
    }

    /** A new client: one empty contact, the main one, and {@code clientManagerId} (the user's staff id, or none). */
    static ClientForm empty(String clientManagerId) {
        ClientForm form = new ClientForm();
        form.clientManagerId = text(clientManagerId);
        form.contacts.add(new Contact());
        form.main = 0;
        return form;
    }

    static ClientForm of(ClientView client) {
        ClientForm form = new ClientForm();
        form.name = text(client.name());
        form.organisationNumber = text(client.organisationNumber());
        form.address = AddressFields.of(client.address());
        form.clientManagerId = text(client.clientManagerId());
        form.version = Long.toString(client.version());
        for (ContactView view : client.contacts()) {
            Contact contact = new Contact();
            contact.id = view.id() == null ? "" : view.id().toString();
            contact.name = text(view.name());
            contact.email = text(view.email());
            contact.phone = text(view.phone());
            if (view.main()) {
                form.main = form.contacts.size();
            }
            form.contacts.add(contact);
        }
        if (form.contacts.isEmpty()) {
            form.contacts.add(new Contact());
            form.main = 0;
        }
        return form;
    }

    static ClientForm of(ClientFormData data) {
        ClientForm form = new ClientForm();
        form.name = text(data.name);
        form.organisationNumber = text(data.organisationNumber);
        form.address = data.address();
        form.clientManagerId = text(data.clientManagerId);
        form.version = text(data.version);
        int rows = Math.min(MAX_CONTACTS, Math.max(size(data.contactName),
                Math.max(size(data.contactEmail), Math.max(size(data.contactPhone), size(data.contactId)))));
        for (int i = 0; i < rows; i++) {
            Contact contact = new Contact();
            contact.id = text(at(data.contactId, i));
            contact.name = text(at(data.contactName, i));
            contact.email = text(at(data.contactEmail, i));
            contact.phone = text(at(data.contactPhone, i));
            form.contacts.add(contact);
        }
        if (form.contacts.isEmpty()) {
            form.contacts.add(new Contact());
        }
        form.main = index(data.mainContact, form.contacts.size());
        return form;
    }

    public List<ContactRow> contacts() {
        List<ContactRow> rows = new ArrayList<>();
        for (int i = 0; i < contacts.size(); i++) {
            Contact c = contacts.get(i);
            rows.add(new ContactRow(i, c.id, c.name, c.email, c.phone, i == main));
        }
        return rows;
    }

    public boolean canAddContact() {
        return contacts.size() < MAX_CONTACTS;
    }

    public boolean canRemoveContact() {
        return contacts.size() > 1;
    }

    /** One more empty row (the "add a contact" button, which works without JavaScript). */
    void addContact() {
        if (canAddContact()) {
            contacts.add(new Contact());
        }
    }

    void removeContact(int index) {
        if (index < 0 || index >= contacts.size() || !canRemoveContact()) {
            return;
        }
        contacts.remove(index);
        if (main == index) {
            main = contacts.size() == 1 ? 0 : -1;
        } else if (main > index) {
            main--;
        }
    }

    /** The gateway's own checks, in the form's order; the service checks everything again. */
    FormErrors check(Msg msg) {
        FormErrors errors = new FormErrors(fieldOrder());
        if (name.isEmpty()) {
            errors.add("name", msg.form_error_name_missing());
        }
        checkOrganisationNumber(errors, msg);
        List<Integer> filled = filledRows();
        for (int row : filled) {
            if (contacts.get(row).name.isEmpty()) {
                errors.add(contacts().get(row).nameId(), msg.form_error_contact_name_missing(row + 1));
            }
        }
        if (filled.isEmpty()) {
            errors.add(contacts().get(0).nameId(), msg.form_error_contacts_missing());
        } else if (!filled.contains(main)) {
            errors.add(contacts().get(filled.get(0)).mainId(), msg.form_error_main_contact_missing());
        }
        return errors;
    }

    /** The organisation number's check alone, as the field checks it on change. */
    void checkOrganisationNumber(FormErrors errors, Msg msg) {
        if (organisationNumber.isEmpty()) {
            errors.add("organisationNumber", msg.form_error_organisation_number_missing());
        } else if (OrganisationNumber.normalise(organisationNumber).isEmpty()) {
            errors.add("organisationNumber", msg.form_error_organisation_number_invalid());
        }
    }

    /** The number as the service keeps it (NNNNNN-NNNN) when it is valid; as typed otherwise. */
    void normaliseOrganisationNumber() {
        organisationNumber = OrganisationNumber.normalise(organisationNumber).orElse(organisationNumber);
    }

    RegisterClient toRegister() {
        List<ContactData> sent = new ArrayList<>();
        for (int row : filledRows()) {
            Contact c = contacts.get(row);
            sent.add(new ContactData(c.name, orNull(c.email), orNull(c.phone), row == main));
        }
        return new RegisterClient(name, organisationNumber, address.data(), orNull(clientManagerId), sent);
    }

    UpdateClient toUpdate() {
        List<ContactUpdate> sent = new ArrayList<>();
        for (int row : filledRows()) {
            Contact c = contacts.get(row);
            sent.add(new ContactUpdate(uuid(c.id), c.name, orNull(c.email), orNull(c.phone), row == main));
        }
        return new UpdateClient(name, organisationNumber, address.data(), orNull(clientManagerId), sent, versionNumber());
    }

    /**
     * The service's field errors at the form's fields: {@code address.postalCode} at the postal
     * code, {@code contacts[1].email} at the e-mail of the row that was sent second (empty rows
     * are not sent, so the index is mapped back). An error naming no known field goes to the
     * summary alone.
     */
    void addServiceErrors(FormErrors errors, List<Problem.FieldError> fieldErrors, Msg msg) {
        errors.addService(fieldErrors, this::target, target -> label(target, msg), msg);
    }

    String target(String serviceField) {
        if (serviceField == null) {
            return null;
        }
        String address = AddressFields.target(serviceField);
        if (address != null) {
            return address;
        }
        switch (serviceField) {
            case "name", "organisationNumber", "clientManagerId":
                return serviceField;
            case "contacts":
                return contacts().get(firstSentRow()).mainId();
            default:
                break;
        }
        Matcher contact = SERVICE_CONTACT_FIELD.matcher(serviceField);
        if (!contact.matches()) {
            return null;
        }
        List<Integer> sent = filledRows();
        int index = Integer.parseInt(contact.group(1));
        if (index >= sent.size()) {
            return null;
        }
        ContactRow row = contacts().get(sent.get(index));
        String part = contact.group(2) == null ? "" : contact.group(2);
        return switch (part) {
            case "email" -> row.emailId();
            case "phone" -> row.phoneId();
            case "main" -> row.mainId();
            default -> row.nameId();
        };
    }

    private String label(String target, Msg msg) {
        switch (target) {
            case "name":
                return msg.field_name();
            case "organisationNumber":
                return msg.field_organisation_number();
            case "street", "postalCode", "city":
                return AddressFields.label(target, msg);
            case "clientManagerId":
                return msg.clients_column_manager();
            default:
                break;
        }
        for (ContactRow row : contacts()) {
            if (target.equals(row.nameId())) {
                return msg.field_contact_name(row.number());
            } else if (target.equals(row.emailId())) {
                return msg.field_contact_email(row.number());
            } else if (target.equals(row.phoneId())) {
                return msg.field_contact_phone(row.number());
            } else if (target.equals(row.mainId())) {
                return msg.field_main_contact();
            }
        }
        return null;
    }

    /** The ids of the fields in the order they appear, for the error summary. */
    List<String> fieldOrder() {
        List<String> order = new ArrayList<>(List.of("name", "organisationNumber"));
        order.addAll(AddressFields.IDS);
        order.add("clientManagerId");
        for (ContactRow row : contacts()) {
            order.addAll(List.of(row.nameId(), row.emailId(), row.phoneId(), row.mainId()));
        }
        return order;
    }

    private List<Integer> filledRows() {
        List<Integer> filled = new ArrayList<>();
        for (int i = 0; i < contacts.size(); i++) {
            if (contacts.get(i).filled()) {
                filled.add(i);
            }
        }
        return filled;
    }

    private int firstSentRow() {
        List<Integer> sent = filledRows();
        return sent.isEmpty() ? 0 : sent.get(0);
    }

    private long versionNumber() {
        return FormValues.version(version);
    }

    private static UUID uuid(String value) {
        try {
            return value.isEmpty() ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static int index(String value, int size) {
        try {
            int index = Integer.parseInt(value == null ? "" : value.strip());
            return index >= 0 && index < size ? index : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static int size(List<String> values) {
        return values == null ? 0 : values.size();
    }

    private static String at(List<String> values, int index) {
        return values == null || index >= values.size() ? null : values.get(index);
    }
}
