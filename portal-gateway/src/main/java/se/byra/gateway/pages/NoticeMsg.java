package se.byra.gateway.pages;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The notification pages' words ({@code /byra/notiser}, {@code /portal/notiser}, the failed e-mails and the bell): a
 * bundle of its own beside {@link Msg} (at most 300 keys a bundle, see {@link PortalMsg}). Templates use
 * {@code {notice:key}}, Java {@code PageContext.noticeMsg()}; the texts are in {@code messages/notice_sv.properties}
 * and {@code messages/notice_en.properties} (same keys).
 */
@MessageBundle(value = NoticeMsg.NAME, locale = "sv")
public interface NoticeMsg {

    String NAME = "notice";

    @Message
    String bell();

    @Message
    String unread_one();

    @Message
    String unread_many();

    @Message
    String announce();

    @Message
    String title();

    @Message
    String intro();

    @Message
    String unread();

    @Message
    String time_pattern();

    @Message
    String mark_all();

    @Message
    String empty();

    @Message
    String empty_hint();

    @Message
    String preferences_link();

    @Message
    String category_invitation();

    @Message
    String category_account();

    @Message
    String category_engagement();

    @Message
    String category_collaboration();

    @Message
    String category_case();

    @Message
    String category_unknown();

    @Message
    String preferences_title();

    @Message
    String preferences_intro();

    @Message
    String preferences_legend();

    @Message
    String mandatory_invitation();

    @Message
    String mandatory_account();

    @Message
    String mandatory_other();

    @Message
    String preferences_save();

    @Message
    String preferences_back();

    @Message
    String preferences_error_unknown(String category);

    @Message
    String preferences_error_mandatory(String category);

    @Message
    String preferences_not_saved();

    @Message
    String deliveries_title();

    @Message
    String deliveries_intro();

    @Message
    String deliveries_caption();

    @Message
    String column_recipient();

    @Message
    String column_subject();

    @Message
    String column_category();

    @Message
    String column_attempts();

    @Message
    String column_last_error();

    @Message
    String column_time();

    @Message
    String resend();

    @Message
    String resend_hidden(String recipient);

    @Message
    String deliveries_empty();

    @Message
    String deliveries_empty_hint();

    @Message
    String deliveries_not_failed();

    @Message
    String deliveries_heading();

    @Message
    String deliveries_link_intro();
}
