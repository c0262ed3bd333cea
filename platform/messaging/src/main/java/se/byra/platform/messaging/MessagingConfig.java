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

    /**
     * CloudEvents {@code source} of the events this service publishes: an absolute URI, as the
     * specification recommends, and a tag URI (RFC 4151) so that it names the service without
     * promising an address.
     */
    @WithDefault("tag:byra.se,2026:service:${quarkus.application.name}")
    String source();

    /** How often the broker is probed for its health group and the {@code kafka_broker_up} gauge. */
    @WithDefault("10s")
    Duration brokerProbeInterval();

    Outbox outbox();

    Consumer consumer();

    interface Outbox {

        /** Whether this replica runs a relay. Several replicas may: rows are claimed with SKIP LOCKED and leased. */
        @WithDefault("true")
        boolean relayEnabled();

        /** How often the relay sweeps for rows a wake-up after commit did not publish (crash, broker down). */
        @WithDefault("5s")
        Duration sweepInterval();

        /** Rows claimed per transaction. */
        @WithDefault("200")
        int batchSize();

        /**
         * The producer's delivery timeout: how long one event may take from send to acknowledgement,
         * retries included, before it counts as failed and is retried after a pause.
         */
        @WithDefault("15s")
        Duration sendTimeout();

        /** How long the producer may block a send waiting for topic metadata or buffer space. */
        @WithDefault("5s")
        Duration maxBlock();

        /**
         * How long claimed rows belong to one relay. Longer than a batch can take; when a relay dies
         * mid-send its rows go to another relay after this (and may be sent twice: the inbox absorbs it).
         */
        @WithDefault("2m")
        Duration lease();

        /** The longest pause between attempts while the broker does not take events (doubles from the sweep interval). */
        @WithDefault("1m")
        Duration maxBackoff();

        /**
         * The largest event (payload, key and headers) the outbox accepts; a bigger one is refused
         * when it is written, since the broker would refuse it. Keep it at or below the producer's
         * {@code max.request.size} and the topics' {@code max.message.bytes} (1 MiB by default).
         */
        @WithDefault("1000000")
        int maxEventBytes();

        /** How often the gauges (pending, lag, parked, held) are refreshed. */
        @WithDefault("15s")
        Duration statsInterval();

        /** How long published and skipped rows stay for inspection before housekeeping deletes them. */
        @WithDefault("P7D")
        Duration retention();
    }

    Housekeeping housekeeping();

    /** Deletion of old outbox and inbox rows: on every replica's schedule, run by one replica at a time. */
    interface Housekeeping {

        @WithDefault("true")
        boolean enabled();

        /** How often it runs; the first run is a random part of this after start, so replicas started together do not align. */
        @WithDefault("1h")
        Duration interval();

        /** Rows deleted per statement; each statement commits on its own, so no long transaction or lock. */
        @WithDefault("5000")
        int batchSize();
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
