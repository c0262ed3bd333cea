package se.byra.gateway.pages;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of a company's cases in the client portal ({@code /portal/foretag/{id}/arenden/...}), of its "Ärenden"
 * menu and of the to-do items cases make: a bundle of its own beside {@link PortalMsg} (at most 300 keys a bundle, see
 * there). Templates use {@code {pcase:key}}, Java {@code CaseWords.of(page)}; the texts are in
 * {@code messages/pcase_sv.properties} and {@code messages/pcase_en.properties} (same keys).
 */
@MessageBundle(value = PortalCaseMsg.NAME, locale = "sv")
public interface PortalCaseMsg {

    String NAME = "pcase";

    @Message
    String nav();

    @Message
    String nav_waiting(long count);

    @Message
    String company_intro(String company);

    @Message
    String company_link();

    @Message
    String company_waiting(long count);

    @Message
    String company_waiting_one();

    @Message
    String company_consent_link();

    @Message
    String title();

    @Message
    String closed_title();

    @Message
    String intro();

    @Message
    String closed_intro();

    @Message
    String empty();

    @Message
    String closed_empty();

    @Message
    String views_label();

    @Message
    String show_open();

    @Message
    String show_closed();

    @Message
    String ask_link();

    @Message
    String consent_link();

    @Message
    String card_due(String date);

    @Message
    String card_overdue(String date);

    @Message
    String card_updated(String date);

    @Message
    String card_new();

    @Message
    String type_question();

    @Message
    String type_document_request();

    @Message
    String type_approval();

    @Message
    String type_information();

    @Message
    String type_form();

    @Message
    String type_unknown();

    @Message
    String status_client();

    @Message
    String status_agency();

    @Message
    String status_closed();

    @Message
    String status_cancelled();

    @Message
    String overdue();

    @Message
    String back();

    @Message
    String facts_type();

    @Message
    String facts_due();

    @Message
    String facts_sent();

    @Message
    String facts_asked();

    @Message
    String facts_by_on(String name, String date);

    @Message
    String facts_assignee();

    @Message
    String from_agency();

    @Message
    String your_question();

    @Message
    String turn_client();

    @Message
    String turn_agency();

    @Message
    String agency_document_heading();

    @Message
    String agency_documents_none();

    @Message
    String agency_files_heading();

    @Message
    String download_hidden();

    @Message
    String file_meta(String size, String name, String date);

    @Message
    String size_kb(String size);

    @Message
    String size_mb(String size);

    @Message
    String remove_file();

    @Message
    String answer_heading();

    @Message
    String text_label();

    @Message
    String note_label();

    @Message
    String documents_intro();

    @Message
    String required();

    @Message
    String optional();

    @Message
    String files_none();

    @Message
    String upload_label();

    @Message
    String upload_hint(String mb);

    @Message
    String decision_legend();

    @Message
    String decision_approve();

    @Message
    String decision_reject();

    @Message
    String comment_label();

    @Message
    String comment_hint();

    @Message
    String information_intro();

    @Message
    String information_button();

    @Message
    String yes();

    @Message
    String no();

    @Message
    String choice_none();

    @Message
    String number_hint();

    @Message
    String date_hint();

    @Message
    String save();

    @Message
    String submit();

    @Message
    String actions_hint();

    @Message
    String draft_saved();

    @Message
    String answered_by(String name, String date);

    @Message
    String answered(String date);

    @Message
    String acknowledged_by(String name, String date);

    @Message
    String decision_approved();

    @Message
    String decision_rejected();

    @Message
    String decision_label();

    @Message
    String not_filled();

    @Message
    String closing_heading();

    @Message
    String closing_completed(String date);

    @Message
    String closing_cancelled(String date);

    @Message
    String closing_answered(String date);

    @Message
    String closing_consent_revoked(String date);

    @Message
    String closing_other(String date);

    @Message
    String closing_note();

    @Message
    String comments_heading();

    @Message
    String comments_empty();

    @Message
    String comments_unavailable();

    @Message
    String comment_meta(String name, String date);

    @Message
    String comment_text_label();

    @Message
    String comment_text_hint();

    @Message
    String comment_button();

    @Message
    String comment_error_missing();

    @Message
    String comment_error_too_long();

    @Message
    String comment_notice_closed();

    @Message
    String comment_notice_unavailable();

    @Message
    String history_heading();

    @Message
    String history_caption();

    @Message
    String history_unavailable();

    @Message
    String column_date();

    @Message
    String column_event();

    @Message
    String column_by();

    @Message
    String step_created();

    @Message
    String step_edited();

    @Message
    String step_sent();

    @Message
    String step_asked();

    @Message
    String step_answer_saved();

    @Message
    String step_answered();

    @Message
    String step_answered_approved();

    @Message
    String step_answered_rejected();

    @Message
    String step_acknowledged();

    @Message
    String step_returned();

    @Message
    String step_commented();

    @Message
    String step_file_added(String name);

    @Message
    String step_file_removed(String name);

    @Message
    String step_closed();

    @Message
    String step_cancelled();

    @Message
    String step_consent_revoked();

    @Message
    String step_reminded();

    @Message
    String step_unknown();

    @Message
    String step_note(String note);

    @Message
    String by_agency();

    @Message
    String by_client();

    @Message
    String by_system();

    @Message
    String error_text_missing();

    @Message
    String error_text_too_long();

    @Message
    String error_note_too_long();

    @Message
    String error_decision_missing();

    @Message
    String error_comment_missing();

    @Message
    String error_comment_too_long();

    @Message
    String error_acknowledge();

    @Message
    String error_value_missing(String label);

    @Message
    String error_value_choose(String label);

    @Message
    String error_value_number(String label);

    @Message
    String error_value_date(String label);

    @Message
    String error_value_yes_no(String label);

    @Message
    String error_value_choice(String label);

    @Message
    String error_value_too_long(String label);

    @Message
    String error_value_file(String label);

    @Message
    String error_document_missing(String name);

    @Message
    String error_file_too_large(String mb);

    @Message
    String error_file_type();

    @Message
    String error_file_empty(String name);

    @Message
    String error_too_many_files();

    @Message
    String error_file_refused(String name);

    @Message
    String error_answer_refused();

    @Message
    String notice_not_your_turn();

    @Message
    String notice_unavailable();

    @Message
    String ask_title();

    @Message
    String ask_intro();

    @Message
    String ask_title_label();

    @Message
    String ask_title_hint();

    @Message
    String ask_description_label();

    @Message
    String ask_description_hint();

    @Message
    String ask_assignee_legend();

    @Message
    String ask_assignee_hint();

    @Message
    String ask_button();

    @Message
    String ask_no_contacts();

    @Message
    String ask_contacts_unavailable();

    @Message
    String ask_error_title_missing();

    @Message
    String ask_error_title_too_long();

    @Message
    String ask_error_description_missing();

    @Message
    String ask_error_description_too_long();

    @Message
    String ask_error_assignee_missing();

    @Message
    String ask_notice_consent();

    @Message
    String ask_notice_unavailable();

    @Message
    String banner_question_sent();

    @Message
    String banner_answer_saved();

    @Message
    String banner_answer_sent();

    @Message
    String banner_information_read();

    @Message
    String banner_comment_sent();

    @Message
    String banner_file_removed();

    @Message
    String task_consent();

    @Message
    String task_consent_since(String date);

    @Message
    String task_case(String type, String title);

    @Message
    String task_due(String date);

    @Message
    String task_overdue(String date);
}
