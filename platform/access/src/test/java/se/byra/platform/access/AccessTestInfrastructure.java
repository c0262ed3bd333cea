package se.byra.platform.access;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import se.byra.platform.testkit.KafkaTestResource;
import se.byra.platform.testkit.OidcTestResource;
import se.byra.platform.testkit.PostgresTestResource;

/** The real servers the tests run on: the kit's PostgreSQL, Kafka broker and OIDC issuer. */
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "access"))
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcTestResource.class, scope = TestResourceScope.GLOBAL)
public final class AccessTestInfrastructure {

    private AccessTestInfrastructure() {
    }
}
