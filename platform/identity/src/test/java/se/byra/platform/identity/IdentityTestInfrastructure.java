package se.byra.platform.identity;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import se.byra.platform.testkit.KeycloakAdminTestResource;
import se.byra.platform.testkit.PostgresTestResource;

/** The real servers the tests run on: the kit's PostgreSQL and its Keycloak with the practice realm. */
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "identity"))
@WithTestResource(value = KeycloakAdminTestResource.class, scope = TestResourceScope.GLOBAL)
public final class IdentityTestInfrastructure {

    private IdentityTestInfrastructure() {
    }
}
