package se.byra.gateway.downstream;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The limits every call to a service runs within ({@link ServiceGuards}). The addresses are the
 * REST clients' own: {@code quarkus.rest-client.engagement.url}, {@code ...collaboration.url}.
 */
@ConfigMapping(prefix = "gateway.services")
public interface ServicesConfig {

    /** How long a page waits for a service's answer to a read before it shows the section as unavailable. */
    @WithDefault("2S")
    Duration readTimeout();

    /** How long a form waits for a service to save; longer than a read, a save is worth waiting for. */
    @WithDefault("5S")
    Duration writeTimeout();

    /** How many of the latest reads of a service its circuit breaker judges. */
    @WithDefault("4")
    int circuitWindow();

    /** The share of failures in that window that opens the circuit: reads then fail at once. */
    @WithDefault("0.5")
    double circuitFailureRatio();

    /** How long an open circuit stays open before one read is let through to try the service again. */
    @WithDefault("10S")
    Duration circuitOpenFor();
}
