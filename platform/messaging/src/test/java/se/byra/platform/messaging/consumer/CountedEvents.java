package se.byra.platform.messaging.consumer;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.core.JsonProcessingException;

import se.byra.platform.events.EventJson;
import se.byra.platform.messaging.kafka.CloudEventHeaders;
import se.byra.platform.testkit.KafkaBroker;

/** {@link Counted} events as a producer's relay writes them (CloudEvents, binary mode), straight onto the topic. */
final class CountedEvents implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.get().bootstrapServers(),
            ProducerConfig.ACKS_CONFIG, "all",
            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()));

    /** The {@code seq}-th event of {@code key}; on the partition the key hashes to when {@code partition} is null. */
    static ProducerRecord<String, byte[]> event(String key, int seq, Integer partition) {
        try {
            return withPayload(key, partition, EventJson.mapper().writeValueAsBytes(new Counted(key, seq)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A well-formed envelope around {@code payload}. */
    static ProducerRecord<String, byte[]> withPayload(String key, Integer partition, byte[] payload) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Counted.TOPIC, partition, key, payload);
        header(record, CloudEventHeaders.SPECVERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(record, CloudEventHeaders.ID, UUID.randomUUID().toString());
        header(record, CloudEventHeaders.SOURCE, "/messaging-test-producer");
        header(record, CloudEventHeaders.TYPE, Counted.TYPE.type());
        header(record, CloudEventHeaders.SUBJECT, key);
        header(record, CloudEventHeaders.TIME, OffsetDateTime.now().toString());
        header(record, CloudEventHeaders.DATASCHEMA, Counted.TYPE.dataschema().toString());
        header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return record;
    }

    /** Sends in the given order and waits for every acknowledgement. */
    void send(Iterable<ProducerRecord<String, byte[]>> records) {
        try {
            for (ProducerRecord<String, byte[]> record : records) {
                producer.send(record).get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not send to " + Counted.TOPIC, e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
