package se.byra.gateway.pages.agency;

import static se.byra.gateway.pages.FormValues.orNull;
import static se.byra.gateway.pages.FormValues.text;

import java.util.ArrayList;
import java.util.List;

import se.byra.gateway.downstream.EngagementApi.AgencyView;
import se.byra.gateway.downstream.EngagementApi.UpdateAgency;
import se.byra.gateway.pages.AddressFields;
import se.byra.gateway.pages.FormErrors;
import se.byra.gateway.pages.FormValues;
import se.byra.gateway.pages.Msg;
import se.byra.platform.web.problem.Problem;
import se.byra.platform.web.validation.OrganisationNumber;

/** The agency's profile as the administrator filled it in: name, organisation number, address, e-mail and phone. */
public final class AgencyForm {

    static final List<String> FIELD_ORDER;

    static {
        List<String> order = new ArrayList<>(List.of("name", "organisationNumber"));
        order.addAll(AddressFields.IDS);
        order.addAll(List.of("email", "phone"));
        FIELD_ORDER = List.copyOf(order);
    }

    public String name = "";
    public String organisationNumber = "";
    public AddressFields address = new AddressFields();
    public String email = "";
    public String phone = "";
    /** 0 before the profile is first saved. */
    public String version = "0";

    static AgencyForm of(AgencyView agency) {
        AgencyForm form = new AgencyForm();
        form.name = text(agency.name());
        form.organisationNumber = text(agency.organisationNumber());
        form.address = AddressFields.of(agency.address());
        form.email = text(agency.email());
        form.phone = text(agency.phone());
        form.version = Long.toString(agency.version());
        return form;
    }

    static AgencyForm of(AgencyFormData data) {
        AgencyForm form = new AgencyForm();
        form.name = text(data.name);
        form.organisationNumber = text(data.organisationNumber);
        form.address = data.address();
        form.email = text(data.email);
        form.phone = text(data.phone);
        form.version = text(data.version);
        return form;
    }

    /** The gateway's own checks; the service checks everything again. */
    FormErrors check(Msg msg) {
        FormErrors errors = new FormErrors(FIELD_ORDER);
        if (name.isEmpty()) {
            errors.add("name", msg.agency_error_name_missing());
        }
        if (organisationNumber.isEmpty()) {
            errors.add("organisationNumber", msg.agency_error_organisation_number_missing());
        } else if (OrganisationNumber.normalise(organisationNumber).isEmpty()) {
            errors.add("organisationNumber", msg.form_error_organisation_number_invalid());
        } else {
            organisationNumber = OrganisationNumber.normalise(organisationNumber).get();
        }
        if (!email.isEmpty() && !FormValues.looksLikeEmail(email)) {
            errors.add("email", msg.agency_error_email_invalid());
        }
        return errors;
    }

    UpdateAgency toUpdate() {
        return new UpdateAgency(name, organisationNumber, address.data(), orNull(email), orNull(phone),
                FormValues.version(version));
    }

    void addServiceErrors(FormErrors errors, List<Problem.FieldError> fieldErrors, Msg msg) {
        errors.addService(fieldErrors, AgencyForm::target, field -> label(field, msg), msg);
    }

    private static String target(String serviceField) {
        String address = AddressFields.target(serviceField);
        if (address != null) {
            return address;
        }
        return FIELD_ORDER.contains(serviceField) ? serviceField : null;
    }

    private static String label(String field, Msg msg) {
        return switch (field) {
            case "name" -> msg.field_name();
            case "organisationNumber" -> msg.field_organisation_number();
            case "email" -> msg.field_email();
            case "phone" -> msg.field_phone();
            default -> AddressFields.label(field, msg);
        };
    }
}
