package se.byra.gateway.pages.cases;

import java.util.List;

import org.jboss.resteasy.reactive.RestForm;

/**
 * A case's or a template's form as posted. A document or a form field is one value in each of its lists, in the
 * order the rows appear; a required box posts its row's index ({@code docRequired}, {@code fieldRequired}), since an
 * unticked box posts nothing. {@code action} is the button pressed: save, or add-documents / add-fields for more
 * empty rows.
 */
public class CaseFormData {

    @RestForm
    public String kund;

    @RestForm
    public String typ;

    @RestForm
    public String mall;

    @RestForm
    public String name;

    @RestForm
    public String title;

    @RestForm
    public String description;

    @RestForm
    public String dueOn;

    @RestForm
    public String dueInDays;

    @RestForm
    public String assigneeId;

    @RestForm
    public String version;

    @RestForm
    public List<String> docKey;

    @RestForm
    public List<String> docName;

    @RestForm
    public List<String> docRequired;

    @RestForm
    public List<String> fieldKey;

    @RestForm
    public List<String> fieldLabel;

    @RestForm
    public List<String> fieldType;

    @RestForm
    public List<String> fieldRequired;

    @RestForm
    public List<String> fieldOptions;

    @RestForm
    public String action;
}
