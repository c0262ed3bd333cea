package se.byra.gateway.support;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** The gateway keeps no data of its own: an identity provider and the services are all it needs in tests. */
@WithTestResource(value = GatewayTestResource.class, scope = TestResourceScope.GLOBAL)
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
