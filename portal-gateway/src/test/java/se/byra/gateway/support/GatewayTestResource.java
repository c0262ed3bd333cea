package se.byra.gateway.support;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import se.byra.platform.testkit.OidcServer;

/**
 * What the gateway talks to in tests: the sign-in provider for the pages, the test kit's issuer
 * for /api's bearer tokens, and the services as stubs.
 */
public class GatewayTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.oidc.auth-server-url", SignInProvider.get().issuer(),
                "quarkus.oidc.credentials.secret", SignInProvider.CLIENT_SECRET,
                "quarkus.oidc.api.auth-server-url", OidcServer.get().issuer(),
                "quarkus.rest-client.engagement.url", ServiceStub.engagement().url(),
                "quarkus.rest-client.collaboration.url", ServiceStub.collaboration().url(),
                "quarkus.rest-client.case.url", ServiceStub.cases().url(),
                "quarkus.rest-client.notification.url", ServiceStub.notification().url(),
                "quarkus.devservices.enabled", "false");
    }

    @Override
    public void stop() {
        // the servers outlive each application start; their shutdown hooks stop them
    }
}
