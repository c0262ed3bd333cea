package se.byra.gateway.pages;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The case forms' words (a new case, editing one, the agency's templates, sending one to many clients): a bundle of
 * its own beside {@link CaseMsg}. Templates use {@code {caseform:key}}, Java {@code PageContext.caseFormMsg()}; the
 * texts are in {@code messages/caseform_sv.properties} and {@code messages/caseform_en.properties} (same keys).
 */
@MessageBundle(value = CaseFormMsg.NAME, locale = "sv")
public interface CaseFormMsg {

    String NAME = "caseform";

    @Message
    String new_caption();

    @Message
    String new_title(String client);

    @Message
    String new_title_any();

    @Message
    String new_type_legend();

    @Message
    String new_client_choose();

    @Message
    String new_client_hint();

    @Message
    String new_clients_unavailable();

    @Message
    String new_template();

    @Message
    String new_template_hint();

    @Message
    String new_template_none();

    @Message
    String new_templates_unavailable();

    @Message
    String new_continue();

    @Message
    String new_unavailable();

    @Message
    String template_choice(String name, String type);

    @Message
    String form_type(String type);

    @Message
    String form_change_type();

    @Message
    String form_save_draft();

    @Message
    String form_save();

    @Message
    String form_sent_hint();

    @Message
    String edit_title(String title);

    @Message
    String field_title();

    @Message
    String field_title_hint();

    @Message
    String field_description();

    @Message
    String field_description_hint();

    @Message
    String field_due();

    @Message
    String field_due_hint();

    @Message
    String field_assignee();

    @Message
    String field_assignee_hint();

    @Message
    String field_assignee_unavailable();

    @Message
    String documents_legend();

    @Message
    String documents_hint();

    @Message
    String document_number(int number);

    @Message
    String document_name();

    @Message
    String document_required();

    @Message
    String documents_add();

    @Message
    String fields_legend();

    @Message
    String fields_hint();

    @Message
    String field_number(int number);

    @Message
    String field_label();

    @Message
    String field_type();

    @Message
    String field_required();

    @Message
    String field_options();

    @Message
    String field_options_hint();

    @Message
    String fields_add();

    @Message
    String error_client_missing();

    @Message
    String error_type_missing();

    @Message
    String error_title_missing();

    @Message
    String error_title_long();

    @Message
    String error_title_service();

    @Message
    String error_description_long();

    @Message
    String error_due_invalid();

    @Message
    String error_due_past();

    @Message
    String error_assignee();

    @Message
    String error_documents_missing();

    @Message
    String error_document_name_long(String number);

    @Message
    String error_document_service(String number);

    @Message
    String error_fields_missing();

    @Message
    String error_field_label_missing(String number);

    @Message
    String error_field_label_long(String number);

    @Message
    String error_field_options(String number);

    @Message
    String error_field_service(String number, String message);

    @Message
    String error_template_name_missing();

    @Message
    String error_template_name_long();

    @Message
    String error_template_name_taken();

    @Message
    String error_days();

    @Message
    String error_clients_missing();

    @Message
    String error_clients_many();

    @Message
    String notice_unavailable();

    @Message
    String notice_stale();

    @Message
    String notice_template_stale();

    @Message
    String templates_title();

    @Message
    String templates_intro();

    @Message
    String templates_new();

    @Message
    String templates_caption();

    @Message
    String templates_empty();

    @Message
    String templates_empty_hint();

    @Message
    String templates_send();

    @Message
    String templates_remove();

    @Message
    String templates_unavailable();

    @Message
    String back_to_templates();

    @Message
    String template_caption();

    @Message
    String template_new_title(String type);

    @Message
    String template_new_title_any();

    @Message
    String template_edit_title(String name);

    @Message
    String template_save();

    @Message
    String field_name();

    @Message
    String field_name_hint();

    @Message
    String field_days();

    @Message
    String field_days_hint();

    @Message
    String template_remove_title(String name);

    @Message
    String template_remove_what();

    @Message
    String template_remove_cases();

    @Message
    String template_remove_button();

    @Message
    String dispatch_title(String name);

    @Message
    String dispatch_intro(String type, String title);

    @Message
    String dispatch_approval();

    @Message
    String dispatch_no_clients();

    @Message
    String dispatch_no_clients_hint();

    @Message
    String dispatch_clients_legend();

    @Message
    String dispatch_clients_hint();

    @Message
    String dispatch_all(long count);

    @Message
    String dispatch_clients_caption();

    @Message
    String dispatch_column_choose();

    @Message
    String dispatch_due_hint();

    @Message
    String dispatch_due_hint_days(String days);

    @Message
    String dispatch_button();

    @Message
    String dispatch_unavailable();

    @Message
    String dispatch_page_unavailable();

    @Message
    String report_title(String name);

    @Message
    String report_summary(int sent, int refused);

    @Message
    String report_not_stored();

    @Message
    String report_sent();

    @Message
    String report_sent_none();

    @Message
    String report_case_for(String client);

    @Message
    String report_refused();

    @Message
    String report_refused_caption();

    @Message
    String report_column_reason();

    @Message
    String report_again();
}
