package se.byra.gateway.pages;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every word the pages show, Swedish by default, but the client portal's own ({@link PortalMsg}): the texts are in
 * {@code messages/msg_sv.properties} and {@code messages/msg_en.properties} (same keys), a method
 * here per key (Qute checks at build time that every template uses a key that exists, with the
 * right parameters). Templates use {@code {msg:key}}, Java {@code PageContext.msg()}. At most 300 keys
 * (see {@link PortalMsg}).
 */
@MessageBundle(locale = "sv")
public interface Msg {

    // Layout

    @Message
    String product_name();

    @Message
    String skip_to_content();

    @Message
    String signed_in_as();

    @Message
    String language_switch();

    @Message
    String sign_out();

    @Message
    String navigation_label();

    @Message
    String nav_clients();

    @Message
    String nav_portal();

    @Message
    String footer_text();

    @Message
    String title_error_prefix();

    @Message
    String back_to_clients();

    @Message
    String back_to_client();

    @Message
    String cancel();

    @Message
    String nav_staff();

    @Message
    String nav_agency();

    // Statuses and dates

    @Message
    String status_active();

    @Message
    String status_inactive();

    @Message
    String status_unknown();

    @Message
    String engagement_status_draft();

    @Message
    String engagement_status_signed();

    @Message
    String engagement_status_terminated();

    @Message
    String date_pattern();

    @Message
    String period_from_to(String from, String to);

    @Message
    String period_from(String from);

    // Lists and paging

    @Message
    String pagination_label();

    @Message
    String pagination_showing(long from, long to, long total);

    @Message
    String pagination_previous();

    @Message
    String pagination_next();

    // Client register

    @Message
    String clients_title();

    @Message
    String clients_register();

    @Message
    String clients_search_label();

    @Message
    String clients_search_hint();

    @Message
    String clients_search_button();

    @Message
    String clients_caption();

    @Message
    String clients_caption_search(String query);

    @Message
    String clients_column_name();

    @Message
    String clients_column_organisation_number();

    @Message
    String clients_column_manager();

    @Message
    String clients_column_status();

    @Message
    String clients_manager_you();

    @Message
    String clients_manager_none();

    @Message
    String clients_manager_other();

    @Message
    String clients_empty();

    @Message
    String clients_empty_hint();

    @Message
    String clients_no_match(String query);

    @Message
    String clients_no_match_hint();

    @Message
    String clients_show_all();

    // Client form

    @Message
    String client_form_new_title();

    @Message
    String client_form_edit_title(String name);

    @Message
    String client_form_address();

    @Message
    String client_form_contacts();

    @Message
    String client_form_contacts_hint();

    @Message
    String client_form_contact(int number);

    @Message
    String client_form_add_contact();

    @Message
    String client_form_remove_contact(int number);

    @Message
    String client_form_register();

    @Message
    String client_form_save();

    @Message
    String field_name();

    @Message
    String field_organisation_number();

    @Message
    String field_organisation_number_hint();

    @Message
    String field_street();

    @Message
    String field_postal_code();

    @Message
    String field_city();

    @Message
    String field_email();

    @Message
    String field_phone();

    @Message
    String field_main_contact();

    @Message
    String field_contact_name(int number);

    @Message
    String field_contact_email(int number);

    @Message
    String field_contact_phone(int number);

    @Message
    String error_summary_title();

    @Message
    String error_prefix();

    @Message
    String form_error_in_field(String label, String message);

    @Message
    String form_error_name_missing();

    @Message
    String form_error_organisation_number_missing();

    @Message
    String form_error_organisation_number_invalid();

    @Message
    String form_error_organisation_number_taken(String number);

    @Message
    String form_error_contact_name_missing(int number);

    @Message
    String form_error_contacts_missing();

    @Message
    String form_error_main_contact_missing();

    @Message
    String form_error_refused();

    @Message
    String form_notice_stale();

    @Message
    String form_notice_reload();

    @Message
    String form_notice_unavailable();

    @Message
    String client_form_manager_hint();

    @Message
    String client_form_manager_unavailable();

    // Banners after an action

    @Message
    String banner_success_title();

    @Message
    String banner_client_registered();

    @Message
    String banner_client_saved();

    @Message
    String banner_staff_invited();

    @Message
    String banner_staff_saved();

    @Message
    String banner_staff_deactivated();

    @Message
    String banner_login_retried();

    @Message
    String banner_agency_saved();

    @Message
    String banner_logo_saved();

    @Message
    String banner_logo_removed();

    // Client overview

    @Message
    String overview_caption();

    @Message
    String overview_details();

    @Message
    String overview_edit();

    @Message
    String overview_edit_hidden();

    @Message
    String overview_no_address();

    @Message
    String overview_registered();

    @Message
    String overview_no_contacts();

    @Message
    String overview_engagements();

    @Message
    String overview_engagements_caption();

    @Message
    String overview_engagements_empty();

    @Message
    String overview_collaborations();

    @Message
    String overview_column_engagement();

    @Message
    String overview_column_period();

    @Message
    String overview_showing_first(int shown, long total);

    @Message
    String overview_unavailable_title();

    @Message
    String overview_unavailable_body();

    @Message
    String section_unavailable(String title);


    // Signing out

    @Message
    String signed_out_title();

    @Message
    String signed_out_body();

    @Message
    String sign_in_again();

    @Message
    String sign_in_failed_title();

    @Message
    String sign_in_failed_body();

    // Error pages

    @Message
    String error_go_start();

    @Message
    String error_go_clients();

    @Message
    String error_go_portal();

    @Message
    String error_try_again();

    @Message
    String error_correlation_id();

    @Message
    String error_400_title();

    @Message
    String error_400_body();

    @Message
    String error_403_title();

    @Message
    String error_403_body();

    @Message
    String error_no_role_title();

    @Message
    String error_no_role_body();

    @Message
    String error_form_title();

    @Message
    String error_form_body();

    @Message
    String error_404_title();

    @Message
    String error_404_body();

    @Message
    String error_500_title();

    @Message
    String error_500_body();

    @Message
    String error_503_title();

    @Message
    String error_503_body();

    @Message
    String error_sign_in_503_title();

    @Message
    String error_sign_in_503_body();

    @Message
    String error_account_refused_title();

    @Message
    String error_account_refused_body();

    // Staff

    @Message
    String staff_title();

    @Message
    String staff_invite();

    @Message
    String staff_intro();

    @Message
    String staff_search_label();

    @Message
    String staff_search_hint();

    @Message
    String staff_filter_label();

    @Message
    String staff_filter_all();

    @Message
    String staff_filter_active();

    @Message
    String staff_filter_deactivated();

    @Message
    String staff_search_button();

    @Message
    String staff_caption();

    @Message
    String staff_caption_search(String query);

    @Message
    String column_name_and_email();

    @Message
    String staff_column_permission();

    @Message
    String staff_column_administrator();

    @Message
    String column_login();

    @Message
    String you();

    @Message
    String yes();

    @Message
    String no();

    @Message
    String staff_permission_full();

    @Message
    String staff_permission_own();

    @Message
    String staff_status_deactivated();

    @Message
    String login_pending();

    @Message
    String login_active();

    @Message
    String login_failed();

    @Message
    String login_reason(String reason);

    @Message
    String login_retry();

    @Message
    String login_retry_for(String name);

    @Message
    String staff_empty();

    @Message
    String staff_empty_hint();

    @Message
    String staff_empty_hint_admin();

    @Message
    String staff_no_match(String query);

    @Message
    String staff_no_match_hint();

    @Message
    String staff_none_active();

    @Message
    String staff_none_deactivated();

    @Message
    String staff_show_all();

    @Message
    String staff_back();

    @Message
    String staff_form_new_title();

    @Message
    String staff_form_new_intro();

    @Message
    String staff_form_edit_title(String name);

    @Message
    String form_send_invitation();

    @Message
    String staff_form_save();

    @Message
    String staff_field_email_hint();

    @Message
    String field_language();

    @Message
    String staff_field_language_hint();

    @Message
    String language_sv();

    @Message
    String language_en();

    @Message
    String staff_permission_full_hint();

    @Message
    String staff_permission_own_hint();

    @Message
    String staff_field_administrator_hint();

    @Message
    String staff_error_name_missing();

    @Message
    String staff_error_email_missing();

    @Message
    String staff_error_email_invalid();

    @Message
    String staff_error_email_taken(String email);

    @Message
    String staff_error_language_missing();

    @Message
    String staff_error_permission_missing();

    @Message
    String staff_error_last_administrator(String name);

    @Message
    String staff_notice_stale();

    @Message
    String staff_notice_unavailable();

    @Message
    String staff_deactivate_heading();

    @Message
    String staff_deactivate_intro();

    @Message
    String staff_deactivate_button(String name);

    @Message
    String staff_deactivate_title(String name);

    @Message
    String staff_deactivate_what(String name);

    @Message
    String staff_deactivate_signed_out();

    @Message
    String staff_deactivate_no_sign_in();

    @Message
    String staff_deactivate_history();

    @Message
    String staff_deactivate_warning();

    @Message
    String staff_deactivate_already(String name);

    @Message
    String staff_deactivate_error_self();

    @Message
    String staff_deactivate_error_last_administrator(String name);

    @Message
    String warning();

    @Message
    String login_disabled();

    @Message
    String staff_field_email_hint_edit();

    // Agency

    @Message
    String agency_title();

    @Message
    String agency_caption();

    @Message
    String agency_details();

    @Message
    String agency_edit_hidden();

    @Message
    String agency_not_given();

    @Message
    String agency_empty();

    @Message
    String agency_empty_hint_admin();

    @Message
    String agency_empty_hint();

    @Message
    String agency_fill_in();

    @Message
    String agency_logo();

    @Message
    String agency_logo_alt();

    @Message
    String agency_logo_none();

    @Message
    String agency_logo_upload_label();

    @Message
    String agency_logo_replace();

    @Message
    String agency_logo_hint(long kb);

    @Message
    String agency_logo_upload();

    @Message
    String agency_logo_remove();

    @Message
    String agency_logo_error_missing();

    @Message
    String agency_logo_error_too_large(long kb);

    @Message
    String agency_logo_error_type();

    @Message
    String agency_back();

    @Message
    String agency_form_title();

    @Message
    String agency_email_hint();

    @Message
    String agency_error_name_missing();

    @Message
    String agency_error_organisation_number_missing();

    @Message
    String agency_error_email_invalid();

    @Message
    String agency_notice_stale();

    @Message
    String agency_notice_unavailable();

    // Client users: the agency's overview and the portal's pages

    @Message
    String nav_users();

    @Message
    String column_role();

    @Message
    String column_actions();

    @Message
    String field_role();

    @Message
    String role_administrator();

    @Message
    String role_user();

    @Message
    String role_user_hint();

    @Message
    String role_administrator_hint();

    @Message
    String invite_heading();

    @Message
    String invite_intro();

    @Message
    String invite_email_hint();

    @Message
    String invite_language_hint();

    @Message
    String invite_error_name_missing();

    @Message
    String invite_error_email_missing();

    @Message
    String invite_error_email_invalid();

    @Message
    String invite_error_role_missing();

    @Message
    String invite_error_language_missing();

    @Message
    String invite_error_member(String email, String company);

    @Message
    String invite_notice_unavailable();

    @Message
    String banner_account_created();

    @Message
    String banner_user_invited();

    @Message
    String banner_user_removed();

    @Message
    String banner_notices_read();

    @Message
    String banner_preferences_saved();

    @Message
    String banner_delivery_resent();

    // Client overview: Användare

    @Message
    String overview_users();

    @Message
    String overview_users_caption();

    @Message
    String overview_users_empty();

    @Message
    String overview_account_created(String date);

    @Message
    String overview_no_account();

    @Message
    String overview_no_account_administrator();

    @Message
    String overview_not_given();

    @Message
    String overview_create_account();

    @Message
    String overview_edit_client();

    @Message
    String main_contact_missing_email();

    @Message
    String main_contact_missing_name();

    @Message
    String main_contact_missing_both();

    @Message
    String main_contact_none();

    @Message
    String account_incomplete_recent();

    @Message
    String account_exists();

    @Message
    String account_client_not_known();

    @Message
    String account_unavailable();

}
