package se.byra.platform.messaging.consumer;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One consumer's settings, free of CDI so the loop can run outside Quarkus.
 *
 * @param deadLetterTopic where poison goes, or null for one topic per source topic
 *        ({@code <topic>.<groupId>.dlq})
 * @param retryDelay the pause before the first retry; doubles up to {@code maxRetryDelay}
 */
public record ConsumerSettings(String name, List<String> topics, String groupId, int concurrency,
        String deadLetterTopic, Duration retryDelay, Duration maxRetryDelay) {

    public ConsumerSettings {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(groupId, "groupId");
        topics = List.copyOf(topics);
        if (topics.isEmpty()) {
            throw new IllegalArgumentException("consumer " + name + " has no topics");
        }
        if (concurrency < 1) {
            throw new IllegalArgumentException("consumer " + name + ": concurrency must be at least 1");
        }
        if (retryDelay.isNegative() || retryDelay.isZero() || maxRetryDelay.compareTo(retryDelay) < 0) {
            throw new IllegalArgumentException("consumer " + name + ": 0 < retry delay <= max retry delay");
        }
    }

    public String deadLetterTopicOf(String sourceTopic) {
        return deadLetterTopic != null ? deadLetterTopic : sourceTopic + "." + groupId + ".dlq";
    }

    public List<String> deadLetterTopics() {
        return topics.stream().map(this::deadLetterTopicOf).distinct().toList();
    }
}
