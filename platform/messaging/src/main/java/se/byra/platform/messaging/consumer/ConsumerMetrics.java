package se.byra.platform.messaging.consumer;

/** What a {@link PartitionedConsumer} reports; the CDI side binds it to Micrometer. */
public interface ConsumerMetrics {

    ConsumerMetrics NONE = new ConsumerMetrics() {
        @Override
        public void outcome(String topic, String outcome) {
        }

        @Override
        public void retried(String topic) {
        }
    };

    /** A record is done: handled, duplicate, ignored, unknown-version or dead-lettered. */
    void outcome(String topic, String outcome);

    /** An attempt failed transiently; the record is tried again later. */
    void retried(String topic);
}
