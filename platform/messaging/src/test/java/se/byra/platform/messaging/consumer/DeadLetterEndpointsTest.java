package se.byra.platform.messaging.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import se.byra.platform.testkit.KafkaRecords;
import se.byra.platform.testkit.ManagementInterface;

/** The operator endpoints on the management interface. */
@QuarkusTest
class DeadLetterEndpointsTest {

    private static final String LETTERS = "/q/messaging/dead-letters/";

    @Test
    void theDeadLettersOfAConsumerAreListedPageByPageWithWhereTheyCameFromAndWhy() {
        String key = "listed-" + UUID.randomUUID();
        try (CountedEvents events = new CountedEvents()) {
            events.send(List.of(CountedEvents.withPayload(key, null, "[]".getBytes(StandardCharsets.UTF_8)),
                    CountedEvents.withPayload(key, null, "{}".getBytes(StandardCharsets.UTF_8))));
        }
        KafkaRecords.awaitRecord(ConsumerRuntimeTest.DEAD_LETTERS, key, Duration.ofSeconds(60));

        JsonPath all = ManagementInterface.request().queryParam("size", 100).get(LETTERS + "counted")
                .then().statusCode(200).contentType("application/json")
                .body("consumer", equalTo("counted"))
                .body("topics", equalTo(List.of(ConsumerRuntimeTest.DEAD_LETTERS)))
                .body("page", equalTo(0)).body("size", equalTo(100))
                .body("totalItems", greaterThanOrEqualTo(1))
                .extract().jsonPath();
        int total = all.getInt("totalItems");
        List<Map<String, Object>> mine = all.getList("items.findAll { it.key == '" + key + "' }");
        assertThat(mine).isNotEmpty();
        assertThat(mine.get(0)).containsEntry("topic", ConsumerRuntimeTest.DEAD_LETTERS)
                .containsEntry("sourceTopic", Counted.TOPIC)
                .containsEntry("eventType", "se.byra.test.Counted")
                .containsKeys("partition", "offset", "deadLetteredAt", "sourcePartition", "sourceOffset", "eventId",
                        "dataschema");
        assertThat((String) mine.get(0).get("reason")).startsWith("payload is not a valid se.byra.test.Counted v1");

        ManagementInterface.request().queryParam("page", total - 1).queryParam("size", 1).get(LETTERS + "counted")
                .then().statusCode(200).body("items", hasSize(1)).body("totalPages", equalTo(total));
        ManagementInterface.request().queryParam("page", total).queryParam("size", 1).get(LETTERS + "counted")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void aConsumerWithoutDeadLettersListsNoneAndReplaysNothingEvenWhenThisReplicaDoesNotRunIt() {
        ManagementInterface.request().get(LETTERS + "quiet")
                .then().statusCode(200)
                .body("topics", equalTo(List.of("messaging.test.quiet.messaging-test.dlq")))
                .body("items", hasSize(0)).body("totalItems", equalTo(0)).body("totalPages", equalTo(0));
        ManagementInterface.request().post(LETTERS + "quiet/replay")
                .then().statusCode(200)
                .body("handled", equalTo(0)).body("duplicate", equalTo(0))
                .body("skipped", equalTo(0)).body("stillPoison", equalTo(0));
    }

    @Test
    void anUnknownConsumerIs404AndABadPageIs400() {
        ManagementInterface.request().get(LETTERS + "nobody")
                .then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404)).body("detail", equalTo("no consumer named nobody in this service"));
        ManagementInterface.request().post(LETTERS + "nobody/replay")
                .then().statusCode(404).contentType("application/problem+json");
        ManagementInterface.request().queryParam("size", 0).get(LETTERS + "counted")
                .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
        ManagementInterface.request().queryParam("page", "x").get(LETTERS + "counted")
                .then().statusCode(400);
    }
}
