package se.byra.platform.messaging.inbox;

import java.time.Instant;
import java.util.UUID;

/**
 * A received event with its CloudEvents attributes and its decoded payload.
 *
 * @param agencyId the tenant ({@code agencyid} extension); null only for events that belong to no agency
 * @param time when the event happened at its source
 */
public record InboundEvent<T>(UUID id, String type, int version, String source, String subject, Instant time,
        UUID agencyId, T data, String topic, int partition, long offset) {
}
