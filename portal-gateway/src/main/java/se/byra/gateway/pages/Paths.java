package se.byra.gateway.pages;

import java.util.UUID;

/** The gateway's URL scheme: pages in Swedish (/byra/..., /portal/...), the JSON API under /api. */
public final class Paths {

    /** What every page answers with. */
    public static final String HTML = "text/html;charset=UTF-8";
    public static final String API = "/api/";
    public static final String AGENCY = "/byra/";
    public static final String PORTAL = "/portal";
    /** A client user's companies: {@code /portal/foretag/{id}} one of them, {@code …/anvandare} its users. */
    public static final String COMPANIES = PORTAL + "/foretag";
    public static final String CLIENTS = "/byra/kunder";
    public static final String STAFF = "/byra/medarbetare";
    /** The agency's collaborations with its clients in shared services; a client's activation is under the client. */
    public static final String COLLABORATIONS = "/byra/samarbeten";
    /** Under a client: {@code /byra/kunder/{id}/samarbeten/aktivera}. */
    public static final String CLIENT_COLLABORATIONS = "/samarbeten";
    /** The agency's cases (ärenden): the board, one case, the templates. */
    public static final String CASES = "/byra/arenden";
    /** The agency's settings; its profile is the first page there. */
    public static final String SETTINGS = "/byra/installningar";
    public static final String AGENCY_PROFILE = SETTINGS + "/byra";
    /** The signed-in user's notifications, on either side; their live stream is one address for both. */
    public static final String AGENCY_NOTICES = "/byra/notiser";
    public static final String PORTAL_NOTICES = PORTAL + "/notiser";
    public static final String NOTICE_STREAM = "/notiser/strom";
    /** Where a page goes when the realm cannot be reached to sign in ({@code SignInUnavailable}); public. */
    public static final String SIGN_IN_UNAVAILABLE = "/inloggning/otillganglig";
    /** The agency's e-mails that could not be sent (administrators). */
    public static final String FAILED_DELIVERIES = SETTINGS + "/utskick";
    /** A company's users, under the company in the portal. */
    public static final String USERS = "/anvandare";
    /** A company's cases, under the company in the portal: {@code /portal/foretag/{id}/arenden}. */
    public static final String COMPANY_CASES = "/arenden";
    /** A company's consent to case management, under the company: {@code /portal/foretag/{id}/samtycke}. */
    public static final String COMPANY_CONSENT = "/samtycke";

    private Paths() {
    }

    /** Where a form of a collection posts: {@code …/ny} for a new item, {@code …/{id}/redigera} to edit one. */
    public static String formAction(String collection, Object id) {
        return id == null ? collection + "/ny" : collection + "/" + id + "/redigera";
    }

    public static String client(UUID id) {
        return CLIENTS + "/" + id;
    }

    public static String collaboration(UUID id) {
        return COLLABORATIONS + "/" + id;
    }

    public static String company(UUID id) {
        return COMPANIES + "/" + id;
    }

    public static String companyUsers(UUID id) {
        return company(id) + USERS;
    }

    public static boolean isApi(String path) {
        return path != null && (path.startsWith(API) || path.equals("/api"));
    }

    /** A path to send the browser back to: local to this site, never another host. */
    public static String local(String path, String fallback) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")
                || path.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return fallback;
        }
        return path;
    }
}
