package se.byra.gateway.support;

import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * An OpenID provider for the pages' sign-in in tests, shaped like the Keycloak realm: discovery,
 * keys, the authorization endpoint (which signs in the user a test prepared, at once), the token
 * endpoint (authorization code with PKCE, checked; refresh token) and the end-session endpoint.
 * The API's bearer tokens come from the test kit's issuer (TestTokens); this one is only for the
 * browser's session.
 */
public final class SignInProvider extends HttpStub {

    public static final String CLIENT_ID = "portal-gateway";
    public static final String CLIENT_SECRET = "test-only-client-secret-32-characters-long";
    private static final String REALM = "/realms/practice";
    private static final String ENDPOINTS = REALM + "/protocol/openid-connect";
    private static SignInProvider instance;

    /** Who signs in: the claims the realm puts in the tokens ({@code email} null: the token has none). */
    public record User(String subject, String name, List<String> roles, UUID agencyId, Duration tokenLifetime,
            String email) {

        public User(String subject, String name, List<String> roles, UUID agencyId, Duration tokenLifetime) {
            this(subject, name, roles, agencyId, tokenLifetime, null);
        }

        public static User staff(UUID agency) {
            return new User(UUID.randomUUID().toString(), "Karin Kundansvarig", List.of("agency-staff"), agency,
                    Duration.ofMinutes(5), "karin@byran.test");
        }

        public static User admin(UUID agency) {
            return new User(UUID.randomUUID().toString(), "Anna Administratör", List.of("agency-admin",
                    "agency-staff"), agency, Duration.ofMinutes(5), "anna@byran.test");
        }

        public static User clientUser() {
            return new User(UUID.randomUUID().toString(), "Kalle Kund", List.of("client-user"), null,
                    Duration.ofMinutes(5), "kalle@kund.test");
        }

        public User named(String other) {
            return new User(subject, other, roles, agencyId, tokenLifetime, email);
        }

        /** Tokens this short-lived are refreshed by the gateway at once (its refresh skew is a minute). */
        public User tokensLasting(Duration lifetime) {
            return new User(subject, name, roles, agencyId, lifetime, email);
        }

        public User withEmail(String other) {
            return new User(subject, name, roles, agencyId, tokenLifetime, other);
        }
    }

    /** A session the provider started: the user, its sid and the access tokens it issued, latest last. */
    public record Session(User user, String sid, List<String> accessTokens) {

        public String accessToken() {
            return accessTokens.get(accessTokens.size() - 1);
        }
    }

    private record Grant(User user, String sid, String challenge, String method, String redirectUri) {
    }

    private final KeyPair keys;
    private final String keyId = UUID.randomUUID().toString();
    private final Map<String, User> prepared = new ConcurrentHashMap<>();
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final List<Map<String, String>> signOuts = new CopyOnWriteArrayList<>();
    private final AtomicInteger refreshes = new AtomicInteger();

    private SignInProvider() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            keys = generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static synchronized SignInProvider get() {
        if (instance == null) {
            instance = new SignInProvider();
        }
        return instance;
    }

    public String issuer() {
        return url() + REALM;
    }

    public String authorizationEndpoint() {
        return url() + ENDPOINTS + "/auth";
    }

    /** The next authorization request carrying this key (header X-Test-User) signs this user in. */
    public String prepare(User user) {
        String key = UUID.randomUUID().toString();
        prepared.put(key, user);
        return key;
    }

    /** The session started for a subject (the latest, if several). */
    public Session session(String subject) {
        return sessions.values().stream().filter(s -> s.user().subject().equals(subject)).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no session for " + subject));
    }

    public int refreshes() {
        return refreshes.get();
    }

    /** The end-session requests received (their query parameters). */
    public List<Map<String, String>> signOuts() {
        return List.copyOf(signOuts);
    }

    @Override
    protected Answer answer(Request request) throws Exception {
        return switch (request.path()) {
            case REALM + "/.well-known/openid-configuration" -> Answer.json(200, discovery());
            case ENDPOINTS + "/certs" -> Answer.json(200, jwks());
            case ENDPOINTS + "/auth" -> authorize(request);
            case ENDPOINTS + "/token" -> token(request);
            case ENDPOINTS + "/logout" -> signOut(request);
            default -> Answer.json(404, "{}");
        };
    }

    private Answer authorize(Request request) {
        Map<String, String> query = request.query();
        User user = prepared.remove(request.header("X-Test-User") == null ? "" : request.header("X-Test-User"));
        if (user == null) {
            return Answer.json(400, "{\"error\":\"no user prepared for this sign-in\"}");
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new Grant(user, UUID.randomUUID().toString(), query.get("code_challenge"),
                query.get("code_challenge_method"), query.get("redirect_uri")));
        return Answer.redirect(query.get("redirect_uri") + "?code=" + code + "&state="
                + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8));
    }

    private Answer token(Request request) throws NoSuchAlgorithmException {
        String basic = "Basic " + Base64.getEncoder()
                .encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        Map<String, String> form = form(request.body());
        boolean secretInForm = CLIENT_SECRET.equals(form.get("client_secret"));
        if (!basic.equals(request.header("Authorization")) && !secretInForm) {
            return Answer.json(401, "{\"error\":\"invalid_client\"}");
        }
        if ("refresh_token".equals(form.get("grant_type"))) {
            Session session = sessions.get(form.getOrDefault("refresh_token", ""));
            if (session == null) {
                return Answer.json(400, "{\"error\":\"invalid_grant\"}");
            }
            refreshes.incrementAndGet();
            return Answer.json(200, tokens(session));
        }
        Grant grant = codes.remove(form.getOrDefault("code", ""));
        if (grant == null || !"S256".equals(grant.method()) || form.get("code_verifier") == null
                || !grant.challenge().equals(s256(form.get("code_verifier")))
                || !grant.redirectUri().equals(form.get("redirect_uri"))) {
            return Answer.json(400, "{\"error\":\"invalid_grant\"}");
        }
        Session session = new Session(grant.user(), grant.sid(), new CopyOnWriteArrayList<>());
        return Answer.json(200, tokens(session));
    }

    private Answer signOut(Request request) {
        signOuts.add(request.query());
        String back = request.query().get("post_logout_redirect_uri");
        return back == null ? Answer.json(200, "{}") : Answer.redirect(back);
    }

    private String tokens(Session session) {
        User user = session.user();
        Instant now = Instant.now();
        Instant expires = now.plus(user.tokenLifetime());
        JwtClaimsBuilder id = Jwt.claims().issuer(issuer()).subject(user.subject()).audience(CLIENT_ID)
                .issuedAt(now).expiresAt(expires).claim("auth_time", now.getEpochSecond()).claim("typ", "ID")
                .claim("azp", CLIENT_ID).claim("sid", session.sid()).claim("name", user.name())
                .claim("preferred_username", user.subject());
        JwtClaimsBuilder access = Jwt.claims().issuer(issuer()).subject(user.subject())
                .audience("practice-platform").issuedAt(now).expiresAt(expires).claim("typ", "Bearer")
                .claim("azp", CLIENT_ID).claim("sid", session.sid()).claim("jti", UUID.randomUUID().toString())
                .claim("name", user.name()).claim("realm_access", Map.of("roles", user.roles()));
        if (user.agencyId() != null) {
            access.claim("agency_id", user.agencyId().toString());
        }
        if (user.email() != null) {
            access.claim("email", user.email());
            id.claim("email", user.email());
        }
        String refresh = Jwt.claims().issuer(issuer()).subject(user.subject()).issuedAt(now)
                .expiresAt(now.plus(Duration.ofMinutes(30))).claim("typ", "Refresh")
                .claim("jti", UUID.randomUUID().toString()).jws().keyId(keyId).sign(keys.getPrivate());
        String accessToken = access.jws().keyId(keyId).sign(keys.getPrivate());
        session.accessTokens().add(accessToken);
        sessions.put(refresh, session);
        return """
                {"access_token":"%s","id_token":"%s","refresh_token":"%s","token_type":"Bearer","expires_in":%d,\
                "refresh_expires_in":1800,"session_state":"%s","scope":"openid profile email"}"""
                .formatted(accessToken, id.jws().keyId(keyId).sign(keys.getPrivate()), refresh,
                        user.tokenLifetime().toSeconds(), session.sid());
    }

    private String discovery() {
        String base = url() + ENDPOINTS;
        return """
                {"issuer":"%s","authorization_endpoint":"%s/auth","token_endpoint":"%s/token",\
                "jwks_uri":"%s/certs","end_session_endpoint":"%s/logout","userinfo_endpoint":"%s/userinfo",\
                "response_types_supported":["code"],"subject_types_supported":["public"],\
                "id_token_signing_alg_values_supported":["RS256"],"code_challenge_methods_supported":["S256"],\
                "grant_types_supported":["authorization_code","refresh_token"]}"""
                .formatted(issuer(), base, base, base, base, base);
    }

    private String jwks() {
        RSAPublicKey key = (RSAPublicKey) keys.getPublic();
        return """
                {"keys":[{"kty":"RSA","kid":"%s","use":"sig","alg":"RS256","n":"%s","e":"%s"}]}"""
                .formatted(keyId, base64Url(key.getModulus()), base64Url(key.getPublicExponent()));
    }

    private static String s256(String verifier) throws NoSuchAlgorithmException {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
