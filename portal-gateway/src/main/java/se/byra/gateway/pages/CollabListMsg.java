package se.byra.gateway.pages;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The collaboration lists' and the import's words ({@code /byra/samarbeten}, its sent requests, the unlinked ones and
 * the import), beside {@link CollabMsg}: templates use {@code {collablist:key}}, Java {@code
 * PageContext.collabListMsg()}; the texts are in {@code messages/collablist_sv.properties} and {@code
 * messages/collablist_en.properties} (same keys).
 */
@MessageBundle(value = CollabListMsg.NAME, locale = "sv")
public interface CollabListMsg {

    String NAME = "collablist";

    @Message
    String subnav_label();

    @Message
    String subnav_all();

    @Message
    String subnav_requests();

    @Message
    String subnav_unlinked();

    @Message
    String subnav_import();

    @Message
    String unavailable_many();

    @Message
    String list_title();

    @Message
    String list_intro();

    @Message
    String filter_legend();

    @Message
    String filter_service_all();

    @Message
    String filter_status_all();

    @Message
    String filter_owner_all();

    @Message
    String filter_owner_unavailable();

    @Message
    String filter_button();

    @Message
    String filter_client(String client);

    @Message
    String filter_engagement(String title);

    @Message
    String filter_client_unnamed();

    @Message
    String filter_engagement_unnamed();

    @Message
    String filter_remove();

    @Message
    String list_caption();

    @Message
    String list_caption_filtered();

    @Message
    String unlinked_service(String name);

    @Message
    String unlinked_service_unnamed();

    @Message
    String owner_none();

    @Message
    String list_empty();

    @Message
    String list_empty_hint();

    @Message
    String list_empty_filtered();

    @Message
    String list_show_all();

    @Message
    String unlinked_title();

    @Message
    String unlinked_intro();

    @Message
    String unlinked_empty();

    @Message
    String unlinked_empty_hint();

    @Message
    String requests_title();

    @Message
    String requests_intro();

    @Message
    String requests_filter_waiting();

    @Message
    String requests_filter_accepted();

    @Message
    String requests_filter_declined();

    @Message
    String requests_filter_expired();

    @Message
    String requests_caption();

    @Message
    String requests_column_sent();

    @Message
    String requests_column_by();

    @Message
    String requests_column_answered();

    @Message
    String requests_not_answered();

    @Message
    String requests_empty();

    @Message
    String requests_empty_hint();

    @Message
    String requests_empty_filtered();

    @Message
    String import_title();

    @Message
    String import_intro();

    @Message
    String import_format();

    @Message
    String import_format_intro();

    @Message
    String import_column_caption();

    @Message
    String import_column_name();

    @Message
    String import_column_content();

    @Message
    String import_column_required();

    @Message
    String import_column_organisation_name();

    @Message
    String import_column_reference_name();

    @Message
    String import_column_service_name();

    @Message
    String import_column_started_name();

    @Message
    String import_column_organisation();

    @Message
    String import_column_reference();

    @Message
    String import_column_service();

    @Message
    String import_column_started();

    @Message
    String import_example_heading();

    @Message
    String import_example_header();

    @Message
    String import_example_row_1();

    @Message
    String import_example_row_2();

    @Message
    String import_file_label();

    @Message
    String import_file_hint();

    @Message
    String import_text_label();

    @Message
    String import_text_hint();

    @Message
    String import_button();

    @Message
    String import_error_missing();

    @Message
    String import_error_too_large();

    @Message
    String import_error_text_too_large();

    @Message
    String import_error_not_text();

    @Message
    String import_error_refused();

    @Message
    String import_unavailable();

    @Message
    String import_report();

    @Message
    String import_report_summary(String imported, String rows);

    @Message
    String import_report_all();

    @Message
    String import_report_link();

    @Message
    String import_refused_caption();

    @Message
    String import_refused_row();

    @Message
    String import_refused_reference();

    @Message
    String import_refused_field();

    @Message
    String import_refused_reason();

    @Message
    String refused_field_organisation();

    @Message
    String refused_field_reference();

    @Message
    String refused_field_service();

    @Message
    String refused_field_started();

    @Message
    String refused_field_row();

    @Message
    String refused_required();

    @Message
    String refused_empty();

    @Message
    String refused_already_imported();

    @Message
    String refused_too_long();

    @Message
    String refused_organisation_invalid();

    @Message
    String refused_no_client();

    @Message
    String refused_date_implausible();

    @Message
    String refused_date_format();
}
