package se.byra.platform.messaging.consumer;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import se.byra.platform.messaging.MessagingConfig;
import se.byra.platform.messaging.inbox.EventDispatcher;

/**
 * Starts a {@link PartitionedConsumer} per {@code platform.messaging.consumers."<name>"} at
 * startup, each handing its records to the {@link EventDispatcher}, and closes them at shutdown.
 */
@ApplicationScoped
public class EventConsumers {

    private static final Logger LOG = Logger.getLogger(EventConsumers.class);

    @Inject
    MessagingConfig config;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Inject
    EventDispatcher dispatcher;

    @Inject
    MeterRegistry registry;

    private final Map<String, ConsumerSettings> settings = new ConcurrentHashMap<>();
    private final Map<String, PartitionedConsumer> running = new ConcurrentHashMap<>();
    private final Map<String, DeadLetters> deadLetters = new ConcurrentHashMap<>();

    void start(@Observes StartupEvent event) {
        config.consumers().forEach((name, consumer) -> {
            ConsumerSettings consumerSettings = new ConsumerSettings(name, consumer.topics(), consumer.groupId(),
                    consumer.concurrency(), consumer.deadLetterTopic().orElse(null), config.consumer().retryDelay(),
                    config.consumer().maxRetryDelay());
            settings.put(name, consumerSettings);
            if (!consumer.enabled()) {
                LOG.infof("Consumer %s disabled on this replica (platform.messaging.consumers.%s.enabled=false)",
                        name, name);
                return;
            }
            PartitionedConsumer partitioned = new PartitionedConsumer(consumerSettings, kafkaConfig,
                    dispatcher::dispatch, metrics());
            Gauge.builder("inbox.retrying.partitions", partitioned, PartitionedConsumer::retryingPartitions)
                    .description("Partitions whose next event is failing and being retried (they wait)")
                    .tag("consumer", name).register(registry);
            Gauge.builder("inbox.retry.oldest.seconds", partitioned, PartitionedConsumer::oldestRetrySeconds)
                    .description("Seconds since the first failure of the event retried longest, 0 when none")
                    .tag("consumer", name).register(registry);
            running.put(name, partitioned);
            partitioned.start();
        });
    }

    void stop(@Observes ShutdownEvent event) {
        running.values().forEach(PartitionedConsumer::close);
        running.clear();
    }

    /** The dead letters of a configured consumer, or empty when there is none by that name. */
    public Optional<DeadLetters> deadLetters(String name) {
        ConsumerSettings consumerSettings = settings.get(name);
        return consumerSettings == null ? Optional.empty()
                : Optional.of(deadLetters.computeIfAbsent(name, n -> new DeadLetters(consumerSettings, kafkaConfig)));
    }

    private ConsumerMetrics metrics() {
        return new ConsumerMetrics() {
            @Override
            public void outcome(String topic, String outcome) {
                Counter.builder("inbox.events").description("Events received, by outcome")
                        .tag("topic", topic).tag("outcome", outcome).register(registry).increment();
            }

            @Override
            public void retried(String topic) {
                Counter.builder("inbox.handler.retries").description("Handler attempts repeated after a failure")
                        .tag("topic", topic).register(registry).increment();
            }
        };
    }
}
