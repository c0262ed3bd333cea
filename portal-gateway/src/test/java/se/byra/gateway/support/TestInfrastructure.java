package se.byra.gateway.support;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import se.byra.platform.testkit.OidcTestResource;

/** The gateway keeps no data of its own: the issuer is all it needs in tests. */
@WithTestResource(value = OidcTestResource.class, scope = TestResourceScope.GLOBAL)
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
