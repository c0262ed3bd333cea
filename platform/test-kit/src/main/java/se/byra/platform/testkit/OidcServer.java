package se.byra.platform.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;

import org.jboss.logging.Logger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An OpenID Connect issuer for tests: a key pair made at start (no key material in the
 * repository), the discovery document and the JWKS served over HTTP like Keycloak serves them,
 * so the services verify {@link TestTokens} exactly as they verify real ones.
 */
public final class OidcServer {

    private static final Logger LOG = Logger.getLogger(OidcServer.class);
    private static final String REALM_PATH = "/realms/practice";
    private static OidcServer instance;

    private final KeyPair keys;
    private final String keyId = UUID.randomUUID().toString();
    private final HttpServer server;
    private final String issuer;

    private OidcServer() {
        keys = rsaKeyPair();
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        issuer = "http://127.0.0.1:" + server.getAddress().getPort() + REALM_PATH;
        server.createContext(REALM_PATH + "/.well-known/openid-configuration",
                exchange -> json(exchange, discovery()));
        server.createContext(REALM_PATH + "/protocol/openid-connect/certs", exchange -> json(exchange, jwks()));
        server.start();
    }

    public static synchronized OidcServer get() {
        if (instance == null) {
            instance = new OidcServer();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> instance.server.stop(0), "oidc-stop"));
            LOG.infof("OIDC issuer serving %s", instance.issuer);
        }
        return instance;
    }

    /** The issuer URL, also the services' {@code quarkus.oidc.auth-server-url}. */
    public String issuer() {
        return issuer;
    }

    String keyId() {
        return keyId;
    }

    PrivateKey signingKey() {
        return keys.getPrivate();
    }

    String discovery() {
        String base = issuer + "/protocol/openid-connect";
        return """
                {"issuer":"%s","jwks_uri":"%s/certs","authorization_endpoint":"%s/auth",\
                "token_endpoint":"%s/token","userinfo_endpoint":"%s/userinfo","end_session_endpoint":"%s/logout",\
                "response_types_supported":["code"],"subject_types_supported":["public"],\
                "id_token_signing_alg_values_supported":["RS256"],\
                "grant_types_supported":["authorization_code","refresh_token","client_credentials"]}"""
                .formatted(issuer, base, base, base, base, base);
    }

    String jwks() {
        RSAPublicKey key = (RSAPublicKey) keys.getPublic();
        return """
                {"keys":[{"kty":"RSA","kid":"%s","use":"sig","alg":"RS256","n":"%s","e":"%s"}]}"""
                .formatted(keyId, base64Url(key.getModulus()), base64Url(key.getPublicExponent()));
    }

    private static void json(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
