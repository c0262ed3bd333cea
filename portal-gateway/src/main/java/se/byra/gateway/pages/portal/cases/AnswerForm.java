package se.byra.gateway.pages.portal.cases;

import static se.byra.gateway.pages.FormValues.orNull;
import static se.byra.gateway.pages.FormValues.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

import se.byra.gateway.downstream.CompanyCaseApi;
import se.byra.gateway.downstream.CompanyCaseApi.Answer;
import se.byra.gateway.downstream.CompanyCaseApi.CaseView;
import se.byra.gateway.downstream.CompanyCaseApi.Field;

/**
 * A case's answer form as posted (one multipart form for every type) or as saved: a question's text or a document
 * request's note ({@code text}), an approval's {@code decision} and {@code comment}, a form's values by field key, the
 * files chosen for each document or file field, and which button was pressed. The fields' names are their ids, so an
 * error summary's link lands on them: {@code text}, {@code decision}, {@code comment}, {@code values-<key>} (a form's
 * field, a file field's files too) and {@code documents-<key>} (a document's files).
 */
public final class AnswerForm {

    /** The buttons: save a draft, send it to the agency, or remove one of the company's files (and save). */
    static final String SAVE = "spara";
    static final String SUBMIT = "skicka";
    static final String REMOVE = "ta-bort-";

    static final String TEXT = "text";
    static final String DECISION = "decision";
    static final String COMMENT = "comment";
    static final String VALUES = "values-";
    static final String DOCUMENTS = "documents-";

    /** A file chosen for a document or a file field ({@code item} its key), read whole; {@code field} its input. */
    record Upload(String item, String field, String fileName, byte[] content) {
    }

    public final String action;
    public final String text;
    public final String decision;
    public final String comment;
    public final Map<String, String> values;
    final List<Upload> uploads;

    private AnswerForm(String action, String text, String decision, String comment, Map<String, String> values,
            List<Upload> uploads) {
        this.action = action;
        this.text = text;
        this.decision = decision;
        this.comment = comment;
        this.values = values;
        this.uploads = uploads;
    }

    /** The answer the company saved (or sent), as the form shows it again. */
    static AnswerForm saved(CaseView c) {
        Answer a = c.answer();
        if (a == null) {
            return new AnswerForm(SAVE, "", "", "", Map.of(), List.of());
        }
        return new AnswerForm(SAVE, text(a.text()), text(a.decision()), text(a.comment()), a.valueMap(), List.of());
    }

    /** The form as posted: its fields, and each file chosen, read whole (a field left without a file is none). */
    static AnswerForm read(MultipartFormDataInput input) {
        String action = SAVE;
        String text = "";
        String decision = "";
        String comment = "";
        Map<String, String> values = new LinkedHashMap<>();
        List<Upload> uploads = new ArrayList<>();
        for (Map.Entry<String, Collection<FormValue>> part : input.getValues().entrySet()) {
            String name = part.getKey();
            for (FormValue value : part.getValue()) {
                if (value.isFileItem()) {
                    String item = item(name);
                    if (item != null && value.getFileName() != null && !value.getFileName().isBlank()) {
                        uploads.add(new Upload(item, name, value.getFileName().strip(), bytes(value)));
                    }
                    continue;
                }
                switch (name) {
                    case "action" -> action = text(value.getValue());
                    case TEXT -> text = text(value.getValue());
                    case DECISION -> decision = text(value.getValue());
                    case COMMENT -> comment = text(value.getValue());
                    default -> {
                        if (name.startsWith(VALUES)) {
                            values.put(name.substring(VALUES.length()), text(value.getValue()));
                        }
                    }
                }
            }
        }
        return new AnswerForm(action, text, decision, comment, values, uploads);
    }

    /** The key of the document or file field a file input is for; null for any other input. */
    private static String item(String name) {
        if (name.startsWith(DOCUMENTS)) {
            return name.substring(DOCUMENTS.length());
        }
        return name.startsWith(VALUES) ? name.substring(VALUES.length()) : null;
    }

    private static byte[] bytes(FormValue value) {
        try (InputStream in = value.getFileItem().getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read an uploaded file", e);
        }
    }

    boolean submitting() {
        return SUBMIT.equals(action);
    }

    /** The company's file to remove, when that button was pressed; null otherwise (or for an id that is none). */
    UUID removing() {
        if (!action.startsWith(REMOVE)) {
            return null;
        }
        try {
            return UUID.fromString(action.substring(REMOVE.length()));
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    String value(String key) {
        return values.getOrDefault(key, "");
    }

    /** The answer to send for the case's type: only its parts (the service refuses the others), empty ones left out. */
    Answer answer(CaseView c) {
        return switch (c.type() == null ? "" : c.type()) {
            case CompanyCaseApi.QUESTION, CompanyCaseApi.DOCUMENT_REQUEST -> new Answer(orNull(text), null, null, null,
                    null);
            case CompanyCaseApi.APPROVAL -> new Answer(null, null, Answer.APPROVED.equals(decision)
                    || Answer.REJECTED.equals(decision) ? decision : null, orNull(comment), null);
            case CompanyCaseApi.INFORMATION -> new Answer(null, submitting() ? Boolean.TRUE : null, null, null, null);
            case CompanyCaseApi.FORM -> new Answer(null, null, null, null, formValues(c));
            default -> new Answer(null, null, null, null, null);
        };
    }

    /** A form's values by key: its fields' that were filled in, never a file field's (files are attachments). */
    private Map<String, String> formValues(CaseView c) {
        Map<String, String> answered = new LinkedHashMap<>();
        for (Field field : c.definition().fields()) {
            String value = value(field.key());
            if (!Field.FILE.equals(field.type()) && !value.isEmpty()) {
                answered.put(field.key(), value);
            }
        }
        return answered;
    }
}
