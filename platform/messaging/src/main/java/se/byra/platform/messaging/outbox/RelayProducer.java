package se.byra.platform.messaging.outbox;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** The relay's producer settings, in one place for the relay and the benchmark that measures it. */
public final class RelayProducer {

    private RelayProducer() {
    }

    /**
     * @param connection bootstrap servers, TLS and SASL settings
     * @param sendTimeout the delivery timeout: send to acknowledgement, retries included
     * @param maxBlock how long a send may block for metadata or buffer space
     */
    public static Map<String, Object> properties(Map<String, Object> connection, String clientId, Duration sendTimeout,
            Duration maxBlock) {
        Map<String, Object> props = new HashMap<>(connection);
        int delivery = (int) sendTimeout.toMillis();
        int request = Math.min(delivery, 5000);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        // a wave is sent as soon as it is handed over; records of one wave still share requests
        props.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, request);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Math.max(delivery, request));
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) maxBlock.toMillis());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return props;
    }
}
