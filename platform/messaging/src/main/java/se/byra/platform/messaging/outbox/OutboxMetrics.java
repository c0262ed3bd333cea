package se.byra.platform.messaging.outbox;

/** What the publisher reports; the relay binds it to Micrometer. */
public interface OutboxMetrics {

    OutboxMetrics NONE = new OutboxMetrics() {
        @Override
        public void published(int count) {
        }

        @Override
        public void failed(int count) {
        }
    };

    void published(int count);

    void failed(int count);
}
