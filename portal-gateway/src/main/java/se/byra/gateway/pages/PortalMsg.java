package se.byra.gateway.pages;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The client portal's words ({@code /portal/...}): its own bundle beside {@link Msg}, which keeps the layout, the
 * words both sides share and the agency's pages. Templates use {@code {portal:key}}, Java
 * {@code PageContext.portalMsg()}; the texts are in {@code messages/portal_sv.properties} and
 * {@code messages/portal_en.properties} (same keys). A bundle of more than 300 keys does not start on this
 * Quarkus (the generated resolver's groups are wrong, quarkusio/quarkus#55584): an area of its own gets a bundle
 * of its own.
 */
@MessageBundle(value = PortalMsg.NAME, locale = "sv")
public interface PortalMsg {

    String NAME = "portal";

    @Message
    String title();

    @Message
    String caption();

    @Message
    String greeting(String name);

    @Message
    String todo();

    @Message
    String todo_empty();

    @Message
    String todo_hint();

    @Message
    String todo_unavailable();

    @Message
    String todo_cases_unavailable();

    @Message
    String todo_collaborations_unavailable();

    @Message
    String todo_all(long total);

    @Message
    String todo_intro();

    @Message
    String companies();

    @Message
    String companies_empty();

    @Message
    String companies_next();

    @Message
    String companies_intro();

    @Message
    String companies_caption();

    @Message
    String companies_unavailable();

    @Message
    String column_company();

    @Message
    String column_your_role();

    @Message
    String company_caption();

    @Message
    String company_todo_empty(String company);

    @Message
    String company_users_intro(String company);

    @Message
    String company_users_link();

    @Message
    String switch_label();

    @Message
    String switch_button();

    @Message
    String users_intro(String company);

    @Message
    String users_caption(String company);

    @Message
    String users_not_administrator();

    @Message
    String remove();

    @Message
    String back_to_users();

    @Message
    String remove_title(String name, String company);

    @Message
    String remove_what(String name);

    @Message
    String remove_access(String company);

    @Message
    String remove_others();

    @Message
    String remove_again();

    @Message
    String remove_button(String name);

    @Message
    String remove_error_self();

    @Message
    String remove_error_last_administrator(String name);
}
