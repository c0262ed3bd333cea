package se.byra.gateway.pages;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of a company's consent to case management in the client portal ({@code /portal/foretag/{id}/samtycke}):
 * a bundle of its own beside {@link PortalCaseMsg} (at most 300 keys a bundle, see {@link PortalMsg}). Templates use
 * {@code {pconsent:key}}, Java {@code CaseWords.consentOf(page)}; the texts are in
 * {@code messages/pconsent_sv.properties} and {@code messages/pconsent_en.properties} (same keys).
 */
@MessageBundle(value = PortalConsentMsg.NAME, locale = "sv")
public interface PortalConsentMsg {

    String NAME = "pconsent";

    @Message
    String title();

    @Message
    String what_heading();

    @Message
    String what();

    @Message
    String what_more();

    @Message
    String status_none();

    @Message
    String status_requested();

    @Message
    String status_granted();

    @Message
    String status_declined();

    @Message
    String status_revoked();

    @Message
    String none(String company);

    @Message
    String invited_by(String name, String company, String date);

    @Message
    String invited(String company, String date);

    @Message
    String granted_by(String name, String date);

    @Message
    String granted(String date);

    @Message
    String declined_by(String name, String date);

    @Message
    String declined(String date);

    @Message
    String declined_next();

    @Message
    String revoked_by(String name, String date);

    @Message
    String revoked(String date);

    @Message
    String revoked_next();

    @Message
    String reason(String reason);

    @Message
    String consent_heading();

    @Message
    String consent_send(String company);

    @Message
    String consent_users(String company);

    @Message
    String consent_revoke();

    @Message
    String grant_button();

    @Message
    String decline_link();

    @Message
    String administrator_answers();

    @Message
    String administrator_revokes();

    @Message
    String cases_link();

    @Message
    String history_link();

    @Message
    String revoke_heading();

    @Message
    String revoke_intro();

    @Message
    String revoke_link();

    @Message
    String back();

    @Message
    String decline_title();

    @Message
    String decline_what();

    @Message
    String decline_no_cases(String company);

    @Message
    String decline_agency_sees();

    @Message
    String decline_again();

    @Message
    String decline_button();

    @Message
    String decline_not_possible();

    @Message
    String revoke_title();

    @Message
    String revoke_what();

    @Message
    String revoke_no_cases(String company);

    @Message
    String revoke_open_closed();

    @Message
    String revoke_history();

    @Message
    String revoke_agency_sees();

    @Message
    String revoke_button();

    @Message
    String revoke_not_possible();

    @Message
    String reason_label();

    @Message
    String reason_hint();

    @Message
    String reason_error_too_long();

    @Message
    String notice_answered();

    @Message
    String notice_not_granted();

    @Message
    String notice_unavailable();

    @Message
    String banner_granted();

    @Message
    String banner_declined();

    @Message
    String banner_revoked();
}
