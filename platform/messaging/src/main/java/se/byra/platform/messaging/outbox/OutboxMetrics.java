package se.byra.platform.messaging.outbox;

import java.time.Duration;

/** What the publisher reports; the relay binds it to Micrometer. */
public interface OutboxMetrics {

    OutboxMetrics NONE = new OutboxMetrics() {
    };

    default void published(int count) {
    }

    /** Sends that failed for a passing reason; the rows are retried. */
    default void failed(int count) {
    }

    /** How long one batch took: claiming and leasing, sending (all waves), recording the outcome. */
    default void batch(Duration claim, Duration send, Duration record) {
    }

    /** Rows the broker refuses for good; they wait for an operator. */
    default void parked(int count) {
    }
}
