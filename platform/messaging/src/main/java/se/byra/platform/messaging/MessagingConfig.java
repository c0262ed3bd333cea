package se.byra.platform.messaging;

import java.time.Duration;

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

        /** Attempts at handling one event before it goes to the dead-letter topic. */
        @WithDefault("3")
        int maxAttempts();

        /** Pause before the first retry; doubles on each further one. */
        @WithDefault("200ms")
        Duration retryDelay();

        /** How long an event id is remembered; longer than any topic's retention, so redelivery is still caught. */
        @WithDefault("P30D")
        Duration inboxRetention();
    }
}
