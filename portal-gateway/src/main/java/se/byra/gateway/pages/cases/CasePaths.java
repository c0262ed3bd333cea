package se.byra.gateway.pages.cases;

import java.util.UUID;

import se.byra.gateway.pages.Paths;

/** The case pages' addresses (docs/ui.md): Swedish words, ids as UUIDs. */
public final class CasePaths {

    /** The board's query parameters, as the addresses write them. */
    static final String STATUS = "status";
    static final String TYPE = "typ";
    static final String ASSIGNEE = "ansvarig";
    static final String CLIENT = "kund";
    static final String DUE_BEFORE = "fore";
    static final String OVERDUE = "forsenade";
    /** The new case's template. */
    static final String TEMPLATE = "mall";

    static final String NEW = Paths.CASES + "/nytt";
    static final String TEMPLATES = Paths.CASES + "/mallar";
    static final String NEW_TEMPLATE = TEMPLATES + "/ny";

    private CasePaths() {
    }

    public static String detail(UUID id) {
        return Paths.CASES + "/" + id;
    }

    /** A new case for the client (the first step: its type and template). */
    public static String newFor(UUID clientId) {
        return NEW + "?" + CLIENT + "=" + clientId;
    }

    /** The board filtered to one client. */
    public static String ofClient(UUID clientId) {
        return Paths.CASES + "?" + CLIENT + "=" + clientId;
    }

    /** The overview's POST that invites the client to case management. */
    public static String invite(UUID clientId) {
        return Paths.client(clientId) + "/arenden/inbjudan";
    }

    /** The overview's section, where its consent is. */
    public static String overviewSection(UUID clientId) {
        return Paths.client(clientId) + "#cases";
    }

    /** The client's edit page, where its main contact and address are completed. */
    public static String editClient(UUID clientId) {
        return Paths.client(clientId) + "/redigera";
    }

    static String send(UUID id) {
        return detail(id) + "/skicka";
    }

    static String edit(UUID id) {
        return detail(id) + "/redigera";
    }

    static String giveBack(UUID id) {
        return detail(id) + "/skicka-tillbaka";
    }

    static String close(UUID id) {
        return detail(id) + "/avsluta";
    }

    static String cancel(UUID id) {
        return detail(id) + "/makulera";
    }

    static String comments(UUID id) {
        return detail(id) + "/kommentarer";
    }

    static String files(UUID id) {
        return detail(id) + "/filer";
    }

    static String file(UUID id, UUID fileId) {
        return files(id) + "/" + fileId;
    }

    static String removeFile(UUID id, UUID fileId) {
        return file(id, fileId) + "/ta-bort";
    }

    static String template(UUID id) {
        return TEMPLATES + "/" + id;
    }

    static String editTemplate(UUID id) {
        return template(id) + "/redigera";
    }

    static String removeTemplate(UUID id) {
        return template(id) + "/ta-bort";
    }

    static String dispatch(UUID id) {
        return template(id) + "/skicka";
    }
}
