package se.byra.gateway.pages;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The case pages' words (the client overview's Ärenden, the board, one case and what is done to it, the words for
 * case-service's codes): a bundle of its own beside {@link Msg} (at most 300 keys a bundle, see {@link PortalMsg}).
 * Templates use {@code {cases:key}}, Java {@code PageContext.caseMsg()}; the texts are in
 * {@code messages/cases_sv.properties} and {@code messages/cases_en.properties} (same keys). The forms have
 * {@link CaseFormMsg}.
 */
@MessageBundle(value = CaseMsg.NAME, locale = "sv")
public interface CaseMsg {

    String NAME = "cases";

    @Message
    String nav();

    @Message
    String subnav_label();

    @Message
    String subnav_board();

    @Message
    String subnav_templates();

    @Message
    String back_to_board();

    @Message
    String back_to_case();

    @Message
    String unavailable_one();

    @Message
    String unavailable_many();

    @Message
    String unavailable_body();

    @Message
    String unknown();

    @Message
    String unknown_status();

    @Message
    String new_case();

    @Message
    String client_unknown();

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
    String type_question_hint();

    @Message
    String type_document_request_hint();

    @Message
    String type_approval_hint();

    @Message
    String type_information_hint();

    @Message
    String type_form_hint();

    @Message
    String status_draft();

    @Message
    String status_waiting_for_client();

    @Message
    String status_waiting_for_agency();

    @Message
    String status_closed();

    @Message
    String status_cancelled();

    @Message
    String unread();

    @Message
    String overdue();

    @Message
    String due_none();

    @Message
    String due_overdue(String date);

    @Message
    String assignee_none();

    @Message
    String consent_heading();

    @Message
    String consent_none();

    @Message
    String consent_requested();

    @Message
    String consent_granted();

    @Message
    String consent_declined();

    @Message
    String consent_revoked();

    @Message
    String consent_none_sentence();

    @Message
    String consent_requested_to(String date, String name, String email);

    @Message
    String consent_requested_to_name(String date, String name);

    @Message
    String consent_requested_on(String date);

    @Message
    String consent_granted_by(String date, String name);

    @Message
    String consent_granted_on(String date);

    @Message
    String consent_declined_by(String date, String name);

    @Message
    String consent_declined_on(String date);

    @Message
    String consent_revoked_by(String date, String name);

    @Message
    String consent_revoked_on(String date);

    @Message
    String consent_reason(String reason);

    @Message
    String consent_invite();

    @Message
    String consent_invite_again();

    @Message
    String consent_invite_hint();

    @Message
    String consent_invite_hint_to(String contact);

    @Message
    String main_contact(String name, String email);

    @Message
    String consent_cannot_invite();

    @Message
    String consent_drafts_meanwhile();

    @Message
    String consent_refused();

    @Message
    String consent_already_granted();

    @Message
    String consent_invite_unavailable();

    @Message
    String refusal_email_missing();

    @Message
    String refusal_address_incomplete();

    @Message
    String refusal_contact_is_staff();

    @Message
    String overview_title();

    @Message
    String overview_cases();

    @Message
    String overview_empty();

    @Message
    String overview_latest_caption();

    @Message
    String overview_all();

    @Message
    String overview_client_unknown();

    @Message
    String count_overdue();

    @Message
    String count_unread();

    @Message
    String board_title();

    @Message
    String board_intro();

    @Message
    String board_caption();

    @Message
    String board_caption_filtered();

    @Message
    String board_empty();

    @Message
    String board_empty_hint();

    @Message
    String board_empty_filtered();

    @Message
    String board_show_all();

    @Message
    String filter_label();

    @Message
    String filter_query();

    @Message
    String filter_status_all();

    @Message
    String filter_status_open();

    @Message
    String filter_type_all();

    @Message
    String filter_assignee_all();

    @Message
    String filter_assignee_me(String name);

    @Message
    String filter_client_all();

    @Message
    String filter_client_unnamed();

    @Message
    String filter_due_before();

    @Message
    String filter_overdue();

    @Message
    String filter_unavailable();

    @Message
    String filter_button();

    @Message
    String column_case();

    @Message
    String column_client();

    @Message
    String column_status();

    @Message
    String column_type();

    @Message
    String column_assignee();

    @Message
    String column_due();

    @Message
    String column_updated();

    @Message
    String column_date();

    @Message
    String detail_details();

    @Message
    String detail_description();

    @Message
    String detail_no_description();

    @Message
    String detail_created();

    @Message
    String detail_origin();

    @Message
    String detail_origin_client();

    @Message
    String detail_sent();

    @Message
    String detail_closed();

    @Message
    String detail_cancelled();

    @Message
    String detail_closing_reason();

    @Message
    String detail_closing_note();

    @Message
    String date_by(String date, String name);

    @Message
    String action_send();

    @Message
    String action_give_back();

    @Message
    String action_edit();

    @Message
    String action_close();

    @Message
    String action_cancel();

    @Message
    String answer_heading();

    @Message
    String answer_heading_information();

    @Message
    String answer_submitted(String answered);

    @Message
    String answer_saved(String answered);

    @Message
    String answer_none();

    @Message
    String answer_none_short();

    @Message
    String answer_note();

    @Message
    String answer_yes();

    @Message
    String answer_no();

    @Message
    String documents_caption();

    @Message
    String fields_caption();

    @Message
    String column_document();

    @Message
    String column_required();

    @Message
    String column_client_files();

    @Message
    String column_field();

    @Message
    String column_field_type();

    @Message
    String column_client_answer();

    @Message
    String required_yes();

    @Message
    String required_no();

    @Message
    String files_none_yet();

    @Message
    String approval_document();

    @Message
    String approval_document_missing();

    @Message
    String approval_decision();

    @Message
    String approval_comment();

    @Message
    String decision_approved();

    @Message
    String decision_rejected();

    @Message
    String decision_none();

    @Message
    String information_read();

    @Message
    String information_unread();

    @Message
    String field_type_text();

    @Message
    String field_type_number();

    @Message
    String field_type_date();

    @Message
    String field_type_yes_no();

    @Message
    String field_type_choice();

    @Message
    String field_type_file();

    @Message
    String closed_completed();

    @Message
    String closed_cancelled();

    @Message
    String closed_answered();

    @Message
    String closed_consent_revoked();

    @Message
    String files_heading();

    @Message
    String files_caption();

    @Message
    String files_empty();

    @Message
    String column_file();

    @Message
    String column_concerns();

    @Message
    String column_added_by();

    @Message
    String file_concerns_case();

    @Message
    String file_concerns_approval();

    @Message
    String file_remove();

    @Message
    String size_bytes(String bytes);

    @Message
    String size_kb(String kb);

    @Message
    String size_mb(String whole, String tenth);

    @Message
    String upload_heading();

    @Message
    String upload_item_legend();

    @Message
    String upload_label();

    @Message
    String upload_hint(long mb);

    @Message
    String upload_button();

    @Message
    String error_file_missing();

    @Message
    String error_file_too_large(String mb);

    @Message
    String error_file_type();

    @Message
    String error_file_refused();

    @Message
    String error_file_too_many();

    @Message
    String notice_file_not_removable();

    @Message
    String comments_heading();

    @Message
    String comments_empty();

    @Message
    String comments_more();

    @Message
    String comments_unavailable();

    @Message
    String comment_label();

    @Message
    String comment_hint();

    @Message
    String comment_button();

    @Message
    String error_comment_missing();

    @Message
    String error_text_long();

    @Message
    String history_heading();

    @Message
    String history_caption();

    @Message
    String history_empty();

    @Message
    String history_unavailable();

    @Message
    String history_column_what();

    @Message
    String history_column_by();

    @Message
    String history_column_note();

    @Message
    String side_agency();

    @Message
    String side_client();

    @Message
    String side_system();

    @Message
    String by_named(String name, String side);

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
    String step_acknowledged();

    @Message
    String step_returned();

    @Message
    String step_commented();

    @Message
    String step_file_added();

    @Message
    String step_file_removed();

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
    String give_back_title(String title);

    @Message
    String give_back_what();

    @Message
    String give_back_comment();

    @Message
    String give_back_label();

    @Message
    String give_back_hint();

    @Message
    String error_give_back_missing();

    @Message
    String close_title(String title);

    @Message
    String close_what();

    @Message
    String close_stays();

    @Message
    String close_button();

    @Message
    String cancel_title(String title);

    @Message
    String cancel_what();

    @Message
    String cancel_stays();

    @Message
    String cancel_warning();

    @Message
    String cancel_button();

    @Message
    String note_label();

    @Message
    String note_hint();

    @Message
    String error_note_long();

    @Message
    String step_not_possible(String title);

    @Message
    String notice_consent_required();

    @Message
    String notice_consent_required_link();

    @Message
    String consent_warning_none();

    @Message
    String consent_warning_requested();

    @Message
    String consent_warning_declined();

    @Message
    String consent_warning_revoked();

    @Message
    String notice_approval_document_missing();

    @Message
    String notice_case_sent();

    @Message
    String notice_changed();

    @Message
    String notice_not_editable();

    @Message
    String notice_action_unavailable();

    @Message
    String banner_consent_requested();

    @Message
    String banner_created();

    @Message
    String banner_saved();

    @Message
    String banner_sent();

    @Message
    String banner_returned();

    @Message
    String banner_closed();

    @Message
    String banner_cancelled();

    @Message
    String banner_commented();

    @Message
    String banner_file_added();

    @Message
    String banner_file_removed();

    @Message
    String banner_template_created();

    @Message
    String banner_template_saved();

    @Message
    String banner_template_removed();

    @Message
    String days(String days);

    @Message
    String days_none();

    @Message
    String dispatch_no_consent();

    @Message
    String dispatch_unknown_client();

    @Message
    String dispatch_duplicate();
}
