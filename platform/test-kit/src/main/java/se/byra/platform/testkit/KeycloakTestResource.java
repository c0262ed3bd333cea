package se.byra.platform.testkit;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The kit's Keycloak as the OIDC provider of a Quarkus application that signs users in as
 * {@code portal-gateway} (the gateway's browser tests): the realm's issuer, the client and its
 * secret.
 */
public class KeycloakTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        KeycloakServer keycloak = KeycloakServer.get();
        return TestResources.with(Map.of(
                "quarkus.oidc.auth-server-url", keycloak.issuer(),
                "quarkus.oidc.client-id", KeycloakServer.GATEWAY_CLIENT,
                "quarkus.oidc.credentials.secret", keycloak.clientSecret(KeycloakServer.GATEWAY_CLIENT)));
    }

    @Override
    public void stop() {
        // the server outlives each application start; the JVM's shutdown hook stops it
    }
}
