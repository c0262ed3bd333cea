package se.byra.gateway.pages;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The collaboration pages' words (a client's Samarbeten on its overview, activating, one collaboration, changing,
 * ending, linking and removing it): a bundle of its own beside {@link Msg} (at most 300 keys a bundle, see
 * {@link PortalMsg}). Templates use {@code {collab:key}}, Java {@code PageContext.collabMsg()}; the texts are in
 * {@code messages/collab_sv.properties} and {@code messages/collab_en.properties} (same keys). The lists and the import
 * have {@link CollabListMsg}.
 */
@MessageBundle(value = CollabMsg.NAME, locale = "sv")
public interface CollabMsg {

    String NAME = "collab";

    @Message
    String nav();

    @Message
    String unavailable_one();

    @Message
    String unavailable_body();

    @Message
    String back_to_collaboration();

    @Message
    String back_to_list();

    @Message
    String status_not_activated();

    @Message
    String status_invited();

    @Message
    String status_invited_until(String date);

    @Message
    String status_active();

    @Message
    String status_active_since(String date);

    @Message
    String status_ending(String date);

    @Message
    String status_declined();

    @Message
    String status_expired();

    @Message
    String status_ended();

    @Message
    String status_unlinked();

    @Message
    String recipient_agency();

    @Message
    String recipient_client();

    @Message
    String months(String months);

    @Message
    String side_agency();

    @Message
    String side_client();

    @Message
    String side_system();

    @Message
    String decision_keep();

    @Message
    String decision_end();

    @Message
    String decision_pending();

    @Message
    String field_service();

    @Message
    String field_client();

    @Message
    String field_engagement();

    @Message
    String field_status();

    @Message
    String field_invoice_recipient();

    @Message
    String field_variant();

    @Message
    String field_agreement_period();

    @Message
    String field_payment_recipient();

    @Message
    String field_payment_checkbox();

    @Message
    String field_owner();

    @Message
    String field_ends_on();

    @Message
    String engagement_hint();

    @Message
    String engagement_period(String period);

    @Message
    String recipient_hint();

    @Message
    String variant_rule_both(String variant);

    @Message
    String variant_rule_agency(String variant);

    @Message
    String variant_rule_client(String variant);

    @Message
    String period_hint();

    @Message
    String payment_hint();

    @Message
    String error_engagement_missing();

    @Message
    String error_engagement_not_in_force();

    @Message
    String error_recipient_missing();

    @Message
    String error_recipient_not_allowed();

    @Message
    String error_recipient_not_allowed_variant(String variant);

    @Message
    String error_variant_missing();

    @Message
    String error_period_missing();

    @Message
    String error_payment_not_allowed();

    @Message
    String error_service_missing();

    @Message
    String engagement_required();

    @Message
    String engagement_required_link();

    @Message
    String tiles_intro();

    @Message
    String tile_uses_service();

    @Message
    String tile_activate();

    @Message
    String tile_activate_again();

    @Message
    String tile_show();

    @Message
    String unlinked_one();

    @Message
    String unlinked_many(String count);

    @Message
    String unlinked_link();

    @Message
    String activate_title(String service);

    @Message
    String activate_what();

    @Message
    String activate_happens();

    @Message
    String scenario_new_customer();

    @Message
    String scenario_existing_service(String names);

    @Message
    String scenario_existing_service_unnamed();

    @Message
    String scenario_new_service(String names);

    @Message
    String scenario_new_service_unnamed();

    @Message
    String scenario_access();

    @Message
    String activate_terms();

    @Message
    String main_contact_heading(String client);

    @Message
    String main_contact_intro();

    @Message
    String open_invited(String service);

    @Message
    String open_active(String service);

    @Message
    String open_other(String service);

    @Message
    String activate_button();

    @Message
    String activate_exists();

    @Message
    String activate_unavailable();

    @Message
    String banner_activated();

    @Message
    String banner_activated_existing_service(String client);

    @Message
    String banner_activated_new_service(String client);

    @Message
    String banner_activated_new_customer(String client);

    @Message
    String banner_resent();

    @Message
    String banner_saved();

    @Message
    String banner_ended();

    @Message
    String banner_ending_set();

    @Message
    String banner_ending_set_on(String date);

    @Message
    String banner_ending_withdrawn();

    @Message
    String banner_linked();

    @Message
    String banner_removed();

    @Message
    String detail_caption();

    @Message
    String detail_title(String service, String client);

    @Message
    String detail_title_unlinked(String client);

    @Message
    String detail_details();

    @Message
    String detail_access();

    @Message
    String access_intro();

    @Message
    String access_none();

    @Message
    String access_unavailable();

    @Message
    String staff_unknown();

    @Message
    String detail_invitation();

    @Message
    String invitation_sent();

    @Message
    String invitation_times();

    @Message
    String invitation_expires();

    @Message
    String detail_answer();

    @Message
    String answered();

    @Message
    String terms_version();

    @Message
    String terms_version_value(String version);

    @Message
    String decline_reason();

    @Message
    String detail_ending();

    @Message
    String ended_at();

    @Message
    String ending_by();

    @Message
    String detail_decision();

    @Message
    String detail_import();

    @Message
    String import_reference();

    @Message
    String import_service();

    @Message
    String import_started();

    @Message
    String date_by(String date, String name);

    @Message
    String by_side(String name, String side);

    @Message
    String detail_history();

    @Message
    String history_caption();

    @Message
    String history_column_date();

    @Message
    String history_column_what();

    @Message
    String history_column_by();

    @Message
    String history_column_details();

    @Message
    String history_empty();

    @Message
    String history_unavailable();

    @Message
    String step_invited();

    @Message
    String step_invitation_resent();

    @Message
    String step_accepted();

    @Message
    String step_declined();

    @Message
    String step_expired();

    @Message
    String step_updated();

    @Message
    String step_ending_set();

    @Message
    String step_ending_withdrawn();

    @Message
    String step_ended();

    @Message
    String step_service_kept();

    @Message
    String step_service_ended();

    @Message
    String step_imported();

    @Message
    String step_linked();

    @Message
    String step_unknown();

    @Message
    String change_from_to(String field, String before, String after);

    @Message
    String change_set(String field, String after);

    @Message
    String change_removed(String field, String before);

    @Message
    String note_scenario_new_customer();

    @Message
    String note_scenario_new_service();

    @Message
    String note_scenario_existing_service();

    @Message
    String note_terms(String version);

    @Message
    String note_reason(String reason);

    @Message
    String note_import(String name);

    @Message
    String other_engagement();

    @Message
    String steps_heading();

    @Message
    String steps_intro();

    @Message
    String client_ending(String date);

    @Message
    String action_resend();

    @Message
    String action_edit();

    @Message
    String action_end();

    @Message
    String action_withdraw();

    @Message
    String action_link();

    @Message
    String action_remove();

    @Message
    String action_hidden(String client);

    @Message
    String notice_changed();

    @Message
    String notice_resend_exists();

    @Message
    String notice_engagement_ended();

    @Message
    String notice_action_unavailable();

    @Message
    String edit_title(String service);

    @Message
    String edit_intro();

    @Message
    String edit_save();

    @Message
    String edit_stale();

    @Message
    String edit_reload();

    @Message
    String edit_not_open();

    @Message
    String edit_unavailable();

    @Message
    String engagements_unavailable();

    @Message
    String end_title(String service);

    @Message
    String end_what(String client);

    @Message
    String end_staff_lose();

    @Message
    String end_client_asked();

    @Message
    String end_history();

    @Message
    String end_already_set(String date);

    @Message
    String end_when();

    @Message
    String end_now();

    @Message
    String end_now_hint();

    @Message
    String end_on();

    @Message
    String end_on_hint();

    @Message
    String end_date_hint(String example);

    @Message
    String end_button();

    @Message
    String end_not_active();

    @Message
    String error_when_missing();

    @Message
    String error_date_missing();

    @Message
    String error_date_invalid(String example);

    @Message
    String error_date_past();

    @Message
    String end_conflict();

    @Message
    String end_unavailable();

    @Message
    String link_title(String client);

    @Message
    String link_intro();

    @Message
    String link_service_hint(String name);

    @Message
    String link_service_none();

    @Message
    String link_continue();

    @Message
    String link_change_service();

    @Message
    String link_button();

    @Message
    String link_not_unlinked();

    @Message
    String link_conflict();

    @Message
    String link_unavailable();

    @Message
    String services_unavailable();

    @Message
    String remove_title();

    @Message
    String remove_what(String reference, String client);

    @Message
    String remove_when();

    @Message
    String remove_button();

    @Message
    String remove_not_unlinked();
}
