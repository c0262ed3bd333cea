package se.byra.platform.messaging.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An event the broker refuses for good, amid others, through the real broker: the topics here
 * take at most 4 KiB per record, and one event is bigger.
 */
class OutboxParkingTest {

    private static final Map<String, String> SMALL_RECORDS_ONLY = Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, "4096");
    private static final int TOO_BIG = 8000;
    private static OutboxFixture outbox;

    @BeforeAll
    static void outboxTables() {
        outbox = new OutboxFixture("messaging_parking");
    }

    /** Key "a": a small event, one too big, two small; ten other keys with {@code perKey} events each, interleaved. */
    private record Scenario(String topic, List<UUID> a, Map<String, List<UUID>> others) {
    }

    private static Scenario scenario(int perKey) throws Exception {
        String topic = OutboxFixture.topic(3, SMALL_RECORDS_ONLY);
        List<Map.Entry<String, String>> events = new ArrayList<>();
        for (int i = 0; i < perKey; i++) {
            if (i < 4) {
                events.add(Map.entry("a", OutboxFixture.payload(i, i == 1 ? TOO_BIG : 50)));
            }
            for (int key = 0; key < 10; key++) {
                events.add(Map.entry("b-" + key, OutboxFixture.payload(i, 50)));
            }
        }
        List<UUID> ids = outbox.writeAll(topic, events);
        List<UUID> a = new ArrayList<>();
        Map<String, List<UUID>> others = new java.util.TreeMap<>();
        for (int i = 0; i < events.size(); i++) {
            String key = events.get(i).getKey();
            if (key.equals("a")) {
                a.add(ids.get(i));
            } else {
                others.computeIfAbsent(key, k -> new ArrayList<>()).add(ids.get(i));
            }
        }
        return new Scenario(topic, a, others);
    }

    @Test
    void anEventTheBrokerRefusesIsParkedWhileTheOthersGoOutOnceEachAndInOrder() throws Exception {
        Scenario scenario = scenario(30);
        OutboxPublisher publisher = outbox.publisher(25);

        for (int sweep = 0; sweep < 3; sweep++) {
            OutboxFixture.drain(publisher);
        }

        var records = OutboxFixture.allRecords(scenario.topic());
        Map<String, List<UUID>> onTopic = OutboxFixture.idsPerKey(records);
        assertThat(records).as("every other event once, nothing twice after three sweeps").hasSize(1 + 300);
        assertThat(onTopic.get("a")).as("the key stops before the refused event").containsExactly(scenario.a().get(0));
        scenario.others().forEach((key, ids) -> assertThat(onTopic.get(key)).as(key).containsExactlyElementsOf(ids));
        assertThat(outbox.status(scenario.a().get(1))).isEqualTo("PARKED");
        assertThat(outbox.lastError(scenario.a().get(1))).contains("RecordTooLargeException");
        assertThat(outbox.status(scenario.a().get(2))).isEqualTo("HELD");
        assertThat(outbox.status(scenario.a().get(3))).isEqualTo("HELD");
    }

    @Test
    void aParkedEventRetriedAfterTheFixGoesOutFollowedByItsKeyInOrder() throws Exception {
        Scenario scenario = scenario(4);
        OutboxPublisher publisher = outbox.publisher(25);
        OutboxFixture.drain(publisher);
        assertThat(outbox.status(scenario.a().get(1))).isEqualTo("PARKED");

        OutboxFixture.raiseMessageLimit(scenario.topic(), 1_048_588);
        assertThat(publisher.store().resolveParked(scenario.a().get(1), false)).contains("a");
        assertThat(publisher.store().resolveParked(scenario.a().get(1), false)).as("a repeated retry finds nothing").isEmpty();
        OutboxFixture.drain(publisher);

        Map<String, List<UUID>> onTopic = OutboxFixture.idsPerKey(OutboxFixture.allRecords(scenario.topic()));
        assertThat(onTopic.get("a")).containsExactlyElementsOf(scenario.a());
    }

    @Test
    void skippingAParkedEventReleasesItsKeyWithoutIt() throws Exception {
        Scenario scenario = scenario(4);
        OutboxPublisher publisher = outbox.publisher(25);
        OutboxFixture.drain(publisher);

        publisher.store().resolveParked(scenario.a().get(1), true);
        OutboxFixture.drain(publisher);

        Map<String, List<UUID>> onTopic = OutboxFixture.idsPerKey(OutboxFixture.allRecords(scenario.topic()));
        assertThat(onTopic.get("a")).containsExactly(scenario.a().get(0), scenario.a().get(2), scenario.a().get(3));
        assertThat(outbox.status(scenario.a().get(1))).isEqualTo("SKIPPED");
    }

    @Test
    void moreThanABatchHeldBehindAParkedEventDoesNotHoldUpOtherKeys() throws Exception {
        String topic = OutboxFixture.topic(3, SMALL_RECORDS_ONLY);
        List<Map.Entry<String, String>> events = new ArrayList<>();
        events.add(Map.entry("a", OutboxFixture.payload(0, TOO_BIG)));
        for (int i = 1; i <= 60; i++) {
            events.add(Map.entry("a", OutboxFixture.payload(i, 50)));
        }
        for (int i = 0; i < 40; i++) {
            events.add(Map.entry("b-" + (i % 4), OutboxFixture.payload(i, 50)));
        }
        outbox.writeAll(topic, events);
        OutboxPublisher publisher = outbox.publisher(25);

        OutboxFixture.drain(publisher);
        OutboxFixture.drain(publisher);

        Map<String, List<UUID>> onTopic = OutboxFixture.idsPerKey(OutboxFixture.allRecords(topic));
        assertThat(onTopic).doesNotContainKey("a");
        assertThat(onTopic.values().stream().mapToInt(List::size).sum()).isEqualTo(40);
        assertThat(outbox.single("select count(*) from outbox_event where topic = ? and status = 'HELD'", topic))
                .isEqualTo("60");
    }
}
