package se.byra.platform.testkit;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** The kit's OIDC issuer as the service's {@code quarkus.oidc.auth-server-url}. */
public class OidcTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return TestResources.with(Map.of("quarkus.oidc.auth-server-url", OidcServer.get().issuer()));
    }

    @Override
    public void stop() {
        // the issuer outlives each application start; the JVM's shutdown hook stops it
    }
}
