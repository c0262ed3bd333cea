package se.byra.cases.casefile;

/** The five kinds of case, each with its own fields and its own way to answer (README "Words"). */
public enum CaseType {
    QUESTION, DOCUMENT_REQUEST, APPROVAL, INFORMATION, FORM
}
