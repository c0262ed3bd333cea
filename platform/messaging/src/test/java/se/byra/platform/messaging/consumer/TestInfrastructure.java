package se.byra.platform.messaging.consumer;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import se.byra.platform.testkit.KafkaBroker;
import se.byra.platform.testkit.KafkaTestResource;
import se.byra.platform.testkit.PostgresTestResource;

/** The real servers, and the test topic with several partitions, made before the consumer subscribes. */
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "messaging"))
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = TestInfrastructure.Topics.class, scope = TestResourceScope.GLOBAL)
public final class TestInfrastructure {

    private TestInfrastructure() {
    }

    public static class Topics implements QuarkusTestResourceLifecycleManager {

        @Override
        public Map<String, String> start() {
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                    KafkaBroker.get().bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic(Counted.TOPIC, Counted.PARTITIONS, (short) 1)))
                        .all().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("cannot create " + Counted.TOPIC, e);
                }
            } catch (Exception e) {
                throw new IllegalStateException("cannot create " + Counted.TOPIC, e);
            }
            return Map.of();
        }

        @Override
        public void stop() {
            // the broker and its topics outlive the application
        }
    }
}
