package se.byra.gateway.pages.collaborations;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import se.byra.gateway.pages.Paths;

/** The collaboration pages' addresses (docs/ui.md): Swedish words, ids as UUIDs. */
public final class CollabPaths {

    /** The query parameters of the lists, as the addresses write them. */
    static final String SERVICE = "tjanst";
    static final String STATUS = "status";
    static final String OWNER = "ansvarig";
    static final String CLIENT = "kund";
    static final String ENGAGEMENT = "uppdrag";
    /** The status filter's value for the unlinked imports. */
    static final String UNLINKED = "okopplad";

    static final String REQUESTS = Paths.COLLABORATIONS + "/forfragningar";
    static final String IMPORT = Paths.COLLABORATIONS + "/import";

    private CollabPaths() {
    }

    /** The activation of {@code service} for the client (GET the form, POST activates). */
    public static String activate(UUID clientId, String service) {
        return activation(clientId) + "?" + SERVICE + "=" + URLEncoder.encode(service, StandardCharsets.UTF_8);
    }

    static String activation(UUID clientId) {
        return Paths.client(clientId) + Paths.CLIENT_COLLABORATIONS + "/aktivera";
    }

    public static String detail(UUID id) {
        return Paths.collaboration(id);
    }

    /** The unlinked imports of one client. */
    public static String unlinked(UUID clientId) {
        return Paths.COLLABORATIONS + "?" + CLIENT + "=" + clientId + "&" + STATUS + "=" + UNLINKED;
    }

    static String unlinked() {
        return Paths.COLLABORATIONS + "?" + STATUS + "=" + UNLINKED;
    }

    static String edit(UUID id) {
        return detail(id) + "/redigera";
    }

    static String end(UUID id) {
        return detail(id) + "/avsluta";
    }

    static String withdrawEnding(UUID id) {
        return detail(id) + "/angra-avslut";
    }

    static String resend(UUID id) {
        return detail(id) + "/inbjudan";
    }

    static String link(UUID id) {
        return detail(id) + "/koppla";
    }

    static String remove(UUID id) {
        return detail(id) + "/ta-bort";
    }

    /** The client's edit page, where its main contact is completed. */
    static String editClient(UUID clientId) {
        return Paths.client(clientId) + "/redigera";
    }

    /** Where the overview's Uppdrag is: a collaboration needs an engagement. */
    static String engagements(UUID clientId) {
        return Paths.client(clientId) + "#engagements";
    }
}
