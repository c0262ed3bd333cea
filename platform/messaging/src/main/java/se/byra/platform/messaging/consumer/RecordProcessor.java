package se.byra.platform.messaging.consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import se.byra.platform.messaging.inbox.EventDispatcher.Outcome;
import se.byra.platform.messaging.inbox.PoisonEventException;

/** What a {@link PartitionedConsumer} does with each record; in a service, the inbox's dispatcher. */
@FunctionalInterface
public interface RecordProcessor {

    /**
     * Processes one record to the end, or throws.
     *
     * @throws PoisonEventException when the record can never be processed as it is (dead-lettered);
     *         any other exception is taken as transient and the record is retried
     */
    Outcome process(ConsumerRecord<String, byte[]> record);
}
