package se.byra.platform.messaging;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Outbox relay and inbox settings; every value has a default and an environment override (PLATFORM_MESSAGING_...). */
@ConfigMapping(prefix = "platform.messaging")
public interface MessagingConfig {

    /** CloudEvents {@code source} of the events this service publishes. */
    @WithDefault("/${quarkus.application.name}")
    String source();

    /** How often the broker is probed for its health group and the {@code kafka_broker_up} gauge. */
    @WithDefault("10s")
    Duration brokerProbeInterval();

    Outbox outbox();

    Consumer consumer();

    interface Outbox {

        /** Whether this replica runs a relay. Several replicas may: rows are claimed with SKIP LOCKED. */
        @WithDefault("true")
        boolean relayEnabled();

        /** How often the relay sweeps for rows a wake-up after commit did not publish (crash, broker down). */
        @WithDefault("5s")
        Duration sweepInterval();

        /** Rows claimed per transaction. */
        @WithDefault("100")
        int batchSize();

        /** How long a batch waits for the broker's acknowledgements before it is retried later. */
        @WithDefault("15s")
        Duration sendTimeout();

        /** How long published rows stay for inspection before housekeeping deletes them. */
        @WithDefault("P7D")
        Duration retention();

        /** How often housekeeping runs (outbox and inbox). */
        @WithDefault("1h")
        Duration housekeepingInterval();
    }

    interface Consumer {

        /**
         * Pause before the first retry of a failing handler; doubles on each further one (with
         * jitter) up to {@link #maxRetryDelay}. A failure that is not poison is retried for as long
         * as it lasts: the partition waits, the others go on.
         */
        @WithDefault("200ms")
        Duration retryDelay();

        /** The longest pause between two retries, so a recovered database is noticed soon. */
        @WithDefault("30s")
        Duration maxRetryDelay();

        /** How long an event id is remembered; longer than any topic's retention, so redelivery is still caught. */
        @WithDefault("P30D")
        Duration inboxRetention();
    }

    /**
     * The event consumers of this service by name: {@code platform.messaging.consumers.<name>.*}
     * (environment, for a name the service's configuration uses:
     * {@code PLATFORM_MESSAGING_CONSUMERS_<NAME>_CONCURRENCY} and so on).
     */
    Map<String, EventConsumer> consumers();

    interface EventConsumer {

        /** The topics read, in one consumer group. */
        List<String> topics();

        /** The consumer group; replicas of one service share it, so each partition has one reader. */
        @WithDefault("${quarkus.application.name}")
        String groupId();

        /** Partitions processed at once (threads); each partition is still processed in order. */
        @WithDefault("4")
        int concurrency();

        /** Where poison goes; by default one per source topic, {@code <topic>.<group-id>.dlq}. */
        Optional<String> deadLetterTopic();

        /** Whether this replica consumes; its dead letters can be listed and replayed either way. */
        @WithDefault("true")
        boolean enabled();
    }
}
