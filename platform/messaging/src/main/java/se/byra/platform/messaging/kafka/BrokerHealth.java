package se.byra.platform.messaging.kafka;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.health.api.HealthGroup;
import se.byra.platform.messaging.MessagingConfig;

/**
 * Whether the broker answers, as a health group of its own ({@code /q/health/group/broker}) and
 * the gauge {@code kafka_broker_up}, not as readiness: the outbox exists so that writes go on
 * while the broker is away (the events wait in the database), so a broker outage must not take
 * every replica out of the load balancer. Alert on the gauge or on {@code outbox_lag_seconds}.
 * A probe on a timer keeps the state, so neither a health call nor a scrape waits for the broker.
 */
@HealthGroup(BrokerHealth.GROUP)
@ApplicationScoped
public class BrokerHealth implements HealthCheck {

    public static final String GROUP = "broker";
    private static final long TIMEOUT_MS = 3000;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Inject
    MessagingConfig config;

    @Inject
    MeterRegistry registry;

    private volatile Admin admin;
    private volatile ScheduledExecutorService probe;
    private volatile HealthCheckResponse last = HealthCheckResponse.named("Kafka broker").down()
            .withData("error", "not probed yet").build();

    void start(@Observes StartupEvent event) {
        Gauge.builder("kafka_broker_up", this, health -> health.last.getStatus() == HealthCheckResponse.Status.UP ? 1 : 0)
                .description("1 while the broker answered the last probe, else 0").register(registry);
        probe = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "broker-probe");
            thread.setDaemon(true);
            return thread;
        });
        probe.scheduleWithFixedDelay(this::probe, 0, config.brokerProbeInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (probe != null) {
            probe.shutdownNow();
        }
        if (admin != null) {
            admin.close();
        }
    }

    @Override
    public HealthCheckResponse call() {
        return last;
    }

    void probe() {
        var response = HealthCheckResponse.named("Kafka broker").withData("checkedAt", Instant.now().toString());
        try {
            int nodes = admin().describeCluster(new DescribeClusterOptions().timeoutMs((int) TIMEOUT_MS))
                    .nodes().get(TIMEOUT_MS, TimeUnit.MILLISECONDS).size();
            last = response.up().withData("nodes", nodes).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            last = response.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }

    private Admin admin() {
        Admin current = admin;
        if (current == null) {
            synchronized (this) {
                if (admin == null) {
                    Map<String, Object> props = KafkaClientProperties.select(kafkaConfig, AdminClientConfig.configNames());
                    props.put(AdminClientConfig.CLIENT_ID_CONFIG, "broker-health");
                    props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT_MS);
                    props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT_MS);
                    admin = Admin.create(props);
                }
                current = admin;
            }
        }
        return current;
    }
}
