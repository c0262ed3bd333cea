package se.byra.gateway.pages;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of a company's collaborations in the client portal ({@code /portal/foretag/{id}/samarbeten/...}) and of
 * the to-do items they make: a bundle of its own beside {@link PortalMsg} (at most 300 keys a bundle, see there).
 * Templates use {@code {pcollab:key}}, Java {@code CollaborationWords.of(page)}; the texts are in
 * {@code messages/pcollab_sv.properties} and {@code messages/pcollab_en.properties} (same keys).
 */
@MessageBundle(value = PortalCollabMsg.NAME, locale = "sv")
public interface PortalCollabMsg {

    String NAME = "pcollab";

    @Message
    String title();

    @Message
    String intro();

    @Message
    String empty();

    @Message
    String waiting_heading();

    @Message
    String others_heading();

    @Message
    String invitation_title(String service);

    @Message
    String invitation_answer_by(String date);

    @Message
    String invitation_read_and_answer();

    @Message
    String invitation_read();

    @Message
    String administrator_answers();

    @Message
    String caption(String company);

    @Message
    String column_service();

    @Message
    String column_status();

    @Message
    String status_waiting();

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
    String back();

    @Message
    String back_to_collaboration();

    @Message
    String company_intro(String company);

    @Message
    String company_link();

    @Message
    String invited(String service);

    @Message
    String answer_by(String date);

    @Message
    String expired(String date);

    @Message
    String expired_next(String service);

    @Message
    String declined_by(String name, String date);

    @Message
    String declined(String date);

    @Message
    String decline_reason(String reason);

    @Message
    String active_since(String date);

    @Message
    String approved_by(String name, String version, String date);

    @Message
    String ending_by_client(String date);

    @Message
    String ending_by_agency(String date);

    @Message
    String will_keep(String service);

    @Message
    String will_end(String service);

    @Message
    String ended(String date);

    @Message
    String ended_by_client(String date);

    @Message
    String ended_by_agency(String date);

    @Message
    String kept(String service);

    @Message
    String service_ended(String service);

    @Message
    String administrator_decides(String service);

    @Message
    String options_heading();

    @Message
    String option_invoice_recipient();

    @Message
    String invoice_recipient_agency();

    @Message
    String invoice_recipient_client();

    @Message
    String option_variant();

    @Message
    String option_agreement();

    @Message
    String agreement_month();

    @Message
    String agreement_months(String months);

    @Message
    String option_payment_recipient();

    @Message
    String payment_recipient_agency();

    @Message
    String option_invitation();

    @Message
    String invited_by_on(String name, String date);

    @Message
    String terms_heading();

    @Message
    String terms_version(String version);

    @Message
    String accept_label(String version);

    @Message
    String accept_button();

    @Message
    String decline_link();

    @Message
    String accept_error_missing();

    @Message
    String accept_error_terms_changed();

    @Message
    String notice_expired();

    @Message
    String notice_answered();

    @Message
    String notice_unavailable();

    @Message
    String steps_heading();

    @Message
    String end_heading();

    @Message
    String end_intro(String service);

    @Message
    String end_link();

    @Message
    String withdraw_intro();

    @Message
    String withdraw_button();

    @Message
    String notice_nothing_to_withdraw();

    @Message
    String keep_legend(String service);

    @Message
    String keep_yes();

    @Message
    String keep_yes_hint(String service);

    @Message
    String keep_no();

    @Message
    String keep_no_hint(String service);

    @Message
    String keep_error_missing();

    @Message
    String decision_button();

    @Message
    String notice_nothing_to_decide();

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
    String step_ending_set(String date);

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
    String by_agency();

    @Message
    String by_client();

    @Message
    String by_system();

    @Message
    String decline_title(String service);

    @Message
    String decline_what();

    @Message
    String decline_no_start(String service);

    @Message
    String decline_agency_sees();

    @Message
    String decline_again();

    @Message
    String decline_reason_label();

    @Message
    String decline_reason_hint();

    @Message
    String decline_button();

    @Message
    String decline_error_too_long();

    @Message
    String decline_not_possible();

    @Message
    String end_title(String service);

    @Message
    String end_what();

    @Message
    String end_access(String service, String company);

    @Message
    String end_agency_sees();

    @Message
    String end_undo();

    @Message
    String when_legend();

    @Message
    String when_now();

    @Message
    String when_date();

    @Message
    String ends_on_label();

    @Message
    String ends_on_hint(String example);

    @Message
    String end_button();

    @Message
    String when_error_missing();

    @Message
    String ends_on_error_missing();

    @Message
    String ends_on_error_invalid(String example);

    @Message
    String ends_on_error_past();

    @Message
    String end_not_possible();

    @Message
    String notice_not_endable();

    @Message
    String label_accept();

    @Message
    String label_reason();

    @Message
    String label_keep();

    @Message
    String label_ends_on();

    @Message
    String banner_accepted();

    @Message
    String banner_declined();

    @Message
    String banner_ended();

    @Message
    String banner_ending_set();

    @Message
    String banner_ending_withdrawn();

    @Message
    String banner_service_kept();

    @Message
    String banner_service_ended();

    @Message
    String task_answer(String service);

    @Message
    String task_answer_due(String date);

    @Message
    String task_decide(String service);

    @Message
    String task_decide_due(String date);

    @Message
    String task_other(String service);
}
