package se.byra.platform.testkit;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** The JVM's Kafka broker as the service's {@code kafka.bootstrap.servers}. */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return TestResources.with(Map.of("kafka.bootstrap.servers", KafkaBroker.get().bootstrapServers()));
    }

    @Override
    public void stop() {
        // the broker outlives each application start; the JVM's shutdown hook stops it
    }
}
