package se.byra.platform.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One Keycloak for the whole class (and JVM): the realm from deploy/keycloak, as services and browsers meet it. */
class KeycloakServerTest {

    private static final String DEMO_AGENCY = "5f0c2d8e-3b7a-4c1e-9a64-2d8f1b3c7e90";
    private static final String DEMO_PASSWORD = "byra-demo-2026";
    /** Any port on localhost: the tests' gateway URL is registered without one. */
    private static final String REDIRECT_URI = "http://localhost:47123/callback";
    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final KeycloakServer keycloak = KeycloakServer.get();

    @Test
    void importsThePracticeRealmWhoseIssuerIsTheSameForEveryCaller() throws Exception {
        JsonNode discovery = getJson(keycloak.issuer() + "/.well-known/openid-configuration", "localhost");

        assertThat(keycloak.issuer()).isEqualTo(keycloak.url() + "/realms/practice");
        assertThat(discovery.path("issuer").asText()).isEqualTo(keycloak.issuer());
        assertThat(discovery.path("authorization_endpoint").asText()).startsWith(keycloak.issuer());
    }

    @Test
    void demoLoaderTokenCarriesTheDemoAgencyItsRolesAndTheSuiteAudienceForFiveMinutes() throws Exception {
        HttpResponse<String> response = clientCredentials(keycloak.clientSecret(KeycloakServer.DEMO_LOADER_CLIENT));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode claims = claims(JSON.readTree(response.body()).path("access_token").asText());
        assertThat(claims.path("iss").asText()).isEqualTo(keycloak.issuer());
        assertThat(claims.path("agency_id").asText()).isEqualTo(DEMO_AGENCY);
        assertThat(texts(claims.path("aud"))).contains(TestTokens.SUITE_AUDIENCE);
        assertThat(texts(claims.path("realm_access").path("roles"))).contains("agency-admin", "agency-staff")
                .doesNotContain("client-user");
        assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isEqualTo(300);
    }

    @Test
    void aWrongClientSecretIsRefused() throws Exception {
        HttpResponse<String> response = clientCredentials("not-the-secret");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("unauthorized_client");
    }

    @Test
    void staffSignInThroughTheSwedishLoginPageWithPkceAndGetTheirAgencyAndRoles() throws Exception {
        CodeFlow flow = new CodeFlow();
        String loginPage = flow.loginPage();
        assertThat(loginPage).contains("lang=\"sv\"").contains("Logga in");

        JsonNode tokens = flow.signIn(loginPage, "anna", DEMO_PASSWORD);

        JsonNode access = claims(tokens.path("access_token").asText());
        assertThat(access.path("agency_id").asText()).isEqualTo(DEMO_AGENCY);
        assertThat(texts(access.path("aud"))).contains(TestTokens.SUITE_AUDIENCE);
        assertThat(texts(access.path("realm_access").path("roles"))).contains("agency-admin", "agency-staff");
        assertThat(access.path("preferred_username").asText()).isEqualTo("anna");
        assertThat(access.path("email").asText()).isEqualTo("anna@demobyran.test");
        assertThat(access.path("locale").asText()).isEqualTo("sv");
        JsonNode id = claims(tokens.path("id_token").asText());
        assertThat(id.path("agency_id").asText()).isEqualTo(DEMO_AGENCY);
        assertThat(id.path("name").asText()).isEqualTo("Anna Lindqvist");
    }

    @Test
    void clientUsersCarryNoAgency() throws Exception {
        CodeFlow flow = new CodeFlow();

        JsonNode access = claims(flow.signIn(flow.loginPage(), "maria@bergsbygg.test", DEMO_PASSWORD)
                .path("access_token").asText());

        assertThat(texts(access.path("realm_access").path("roles"))).contains("client-user")
                .doesNotContain("agency-staff");
        assertThat(access.has("agency_id")).isFalse();
    }

    @Test
    void anAuthorizationRequestWithoutPkceIsRefused() throws Exception {
        HttpResponse<String> response = new CodeFlow().authorize(Map.of());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow())
                .startsWith(REDIRECT_URI).contains("error=invalid_request");
    }

    @Test
    void aRestartKeepsTheRealmAndItsUsers() throws Exception {
        String loaderBefore = claims(JSON.readTree(clientCredentials(
                keycloak.clientSecret(KeycloakServer.DEMO_LOADER_CLIENT)).body()).path("access_token").asText())
                .path("sub").asText();
        try {
            keycloak.stop();
            assertThat(keycloak.isRunning()).isFalse();
        } finally {
            keycloak.start();
        }

        assertThat(keycloak.isRunning()).isTrue();
        String loaderAfter = claims(JSON.readTree(clientCredentials(
                keycloak.clientSecret(KeycloakServer.DEMO_LOADER_CLIENT)).body()).path("access_token").asText())
                .path("sub").asText();
        assertThat(loaderAfter).isEqualTo(loaderBefore);
        CodeFlow flow = new CodeFlow();
        assertThat(claims(flow.signIn(flow.loginPage(), "erik", DEMO_PASSWORD).path("access_token").asText())
                .path("preferred_username").asText()).isEqualTo("erik");
    }

    @Test
    void aStartAddsWhatTheRealmFileHasAndTheRealmLacksWithItsRoles() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String admin = adminToken(http);
        String clients = keycloak.url() + "/admin/realms/" + KeycloakServer.REALM + "/clients";
        String id = JSON.readTree(send(http, admin, "GET", clients + "?clientId=" + KeycloakServer.PROVISIONER_CLIENT)
                .body()).get(0).path("id").asText();
        assertThat(send(http, admin, "DELETE", clients + "/" + id).statusCode()).isEqualTo(204);
        try {
            keycloak.stop();
        } finally {
            keycloak.start();
        }

        HttpResponse<String> token = post(http, keycloak.issuer() + "/protocol/openid-connect/token", Map.of(
                "grant_type", "client_credentials", "client_id", KeycloakServer.PROVISIONER_CLIENT,
                "client_secret", keycloak.clientSecret(KeycloakServer.PROVISIONER_CLIENT)));
        assertThat(token.statusCode()).isEqualTo(200);
        String provisioner = JSON.readTree(token.body()).path("access_token").asText();
        assertThat(send(http, provisioner, "GET", keycloak.url() + "/admin/realms/" + KeycloakServer.REALM
                + "/users?email=anna@demobyran.test&exact=true").statusCode()).isEqualTo(200);
    }

    private String adminToken(HttpClient http) throws IOException, InterruptedException {
        return JSON.readTree(post(http, keycloak.url() + "/realms/master/protocol/openid-connect/token", Map.of(
                "grant_type", "password", "client_id", "admin-cli", "username", "admin",
                "password", keycloak.adminPassword())).body()).path("access_token").asText();
    }

    private static HttpResponse<String> send(HttpClient http, String token, String method, String url)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theTestResourceHandsTheRealmAndTheGatewayClientToQuarkus() {
        Map<String, String> config = new KeycloakTestResource().start();

        assertThat(config).containsEntry("quarkus.oidc.auth-server-url", keycloak.issuer())
                .containsEntry("quarkus.oidc.client-id", "portal-gateway")
                .containsEntry("quarkus.oidc.credentials.secret", keycloak.clientSecret("portal-gateway"));
    }

    private HttpResponse<String> clientCredentials(String secret) throws IOException, InterruptedException {
        return post(HttpClient.newHttpClient(), keycloak.issuer() + "/protocol/openid-connect/token", Map.of(
                "grant_type", "client_credentials",
                "client_id", KeycloakServer.DEMO_LOADER_CLIENT,
                "client_secret", secret));
    }

    /**
     * A browser's authorization code flow with PKCE, by hand: redirects not followed, cookies kept
     * by hand (Keycloak marks them Secure, which a browser honours on http://127.0.0.1 as a secure
     * context while the JDK's cookie manager would drop them).
     */
    private final class CodeFlow {

        private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        private final Map<String, String> cookies = new LinkedHashMap<>();
        private final String verifier = randomUrlSafe(48);

        HttpResponse<String> authorize(Map<String, String> extra) throws IOException, InterruptedException {
            Map<String, String> query = new LinkedHashMap<>(Map.of(
                    "client_id", KeycloakServer.GATEWAY_CLIENT,
                    "response_type", "code",
                    "scope", "openid",
                    "redirect_uri", REDIRECT_URI,
                    "state", randomUrlSafe(12)));
            query.putAll(extra);
            return send(HttpRequest.newBuilder(URI.create(
                    keycloak.issuer() + "/protocol/openid-connect/auth?" + form(query))));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            if (!cookies.isEmpty()) {
                request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                        .collect(Collectors.joining("; ")));
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String cookie : response.headers().allValues("Set-Cookie")) {
                String pair = cookie.split(";", 2)[0];
                int eq = pair.indexOf('=');
                cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
            return response;
        }

        String loginPage() throws Exception {
            String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
            HttpResponse<String> page = authorize(Map.of("code_challenge", challenge, "code_challenge_method", "S256"));
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            return page.body();
        }

        JsonNode signIn(String loginPage, String username, String password) throws Exception {
            Matcher form = LOGIN_FORM.matcher(loginPage);
            assertThat(form.find()).as("a login form in %s", loginPage).isTrue();
            HttpResponse<String> signedIn = send(formPost(form.group(1).replace("&amp;", "&"),
                    Map.of("username", username, "password", password, "credentialId", "")));
            assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(302);
            String location = signedIn.headers().firstValue("Location").orElseThrow();
            assertThat(location).startsWith(REDIRECT_URI);
            String code = query(URI.create(location)).get("code");
            HttpResponse<String> tokens = post(http, keycloak.issuer() + "/protocol/openid-connect/token", Map.of(
                    "grant_type", "authorization_code",
                    "code", code,
                    "redirect_uri", REDIRECT_URI,
                    "client_id", KeycloakServer.GATEWAY_CLIENT,
                    "client_secret", keycloak.clientSecret(KeycloakServer.GATEWAY_CLIENT),
                    "code_verifier", verifier));
            assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
            return JSON.readTree(tokens.body());
        }
    }

    private static HttpResponse<String> post(HttpClient http, String url, Map<String, String> fields)
            throws IOException, InterruptedException {
        return http.send(formPost(url, fields).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder formPost(String url, Map<String, String> fields) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields)));
    }

    /** GET with another Host header than the server's own address: the issuer must not follow it. */
    private static JsonNode getJson(String url, String host) throws IOException, InterruptedException {
        URI uri = URI.create(url);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(uri.getScheme() + "://" + host + ":" + uri.getPort() + uri.getRawPath())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static JsonNode claims(String jwt) throws IOException {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    private static List<String> texts(JsonNode array) {
        return array.isArray() ? JSON.convertValue(array, JSON.getTypeFactory().constructCollectionType(List.class,
                String.class)) : List.of(array.asText());
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            values.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static String randomUrlSafe(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
