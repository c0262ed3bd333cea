package se.byra.platform.messaging.kafka;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Picks, from Quarkus' {@code kafka.*} settings, the ones a given Kafka client understands, so the
 * outbox producer and the health check share the connector's connection settings (bootstrap
 * servers, TLS, SASL) without warnings about unknown keys.
 */
public final class KafkaClientProperties {

    private KafkaClientProperties() {
    }

    public static Map<String, Object> select(Map<String, Object> kafkaConfig, Set<String> known) {
        Map<String, Object> selected = new HashMap<>();
        kafkaConfig.forEach((key, value) -> {
            if (known.contains(key) || key.startsWith("sasl.") || key.startsWith("ssl.")) {
                selected.put(key, value);
            }
        });
        return selected;
    }
}
