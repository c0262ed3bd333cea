package se.byra.platform.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

class KafkaBrokerTest {

    private final KafkaBroker broker = KafkaBroker.get();

    @Test
    void aRecordSentIsThereToRead() {
        String key = UUID.randomUUID().toString();
        ProducerRecord<String, byte[]> record = new ProducerRecord<>("kit.test", key, bytes("hej"));
        record.headers().add("ce_type", bytes("se.byra.test.Tested"));

        KafkaRecords.send(record);

        ConsumerRecord<String, byte[]> read = KafkaRecords.awaitRecord("kit.test", key, Duration.ofSeconds(30));
        assertThat(new String(read.value(), StandardCharsets.UTF_8)).isEqualTo("hej");
        assertThat(KafkaRecords.header(read, "ce_type")).isEqualTo("se.byra.test.Tested");
    }

    @Test
    void aRestartedBrokerKeepsItsAddressAndData() {
        String before = UUID.randomUUID().toString();
        KafkaRecords.send(new ProducerRecord<>("kit.restart", before, bytes("before")));
        String address = broker.bootstrapServers();

        broker.stop();
        assertThat(broker.isRunning()).isFalse();
        broker.start();

        assertThat(broker.isRunning()).isTrue();
        assertThat(broker.bootstrapServers()).isEqualTo(address);
        String after = UUID.randomUUID().toString();
        KafkaRecords.send(new ProducerRecord<>("kit.restart", after, bytes("after")));
        assertThat(KafkaRecords.awaitRecord("kit.restart", before, Duration.ofSeconds(30)).value()).isEqualTo(bytes("before"));
        assertThat(KafkaRecords.awaitRecord("kit.restart", after, Duration.ofSeconds(30)).value()).isEqualTo(bytes("after"));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
