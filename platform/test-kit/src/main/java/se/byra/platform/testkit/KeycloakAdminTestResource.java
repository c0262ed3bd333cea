package se.byra.platform.testkit;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The kit's Keycloak as the identity provider platform/identity provisions people into: its
 * address, the realm and the provisioning client's secret.
 */
public class KeycloakAdminTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        KeycloakServer keycloak = KeycloakServer.get();
        return TestResources.with(Map.of(
                "platform.identity.server-url", keycloak.url(),
                "platform.identity.realm", KeycloakServer.REALM,
                "platform.identity.client-secret", keycloak.clientSecret(KeycloakServer.PROVISIONER_CLIENT)));
    }

    @Override
    public void stop() {
        // the server outlives each application start; the JVM's shutdown hook stops it
    }
}
