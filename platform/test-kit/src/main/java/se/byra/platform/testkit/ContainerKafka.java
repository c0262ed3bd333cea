package se.byra.platform.testkit;

import org.testcontainers.kafka.KafkaContainer;

/**
 * Kafka in a container, where a Docker engine answers. Stopping pauses the container, so the
 * mapped port and the data stay for the return.
 */
final class ContainerKafka implements KafkaBroker.Backend {

    private KafkaContainer container;
    private boolean paused;

    @Override
    @SuppressWarnings("resource")
    public synchronized void start() {
        if (container == null) {
            container = new KafkaContainer("apache/kafka:4.1.1");
            container.start();
        } else if (paused) {
            container.getDockerClient().unpauseContainerCmd(container.getContainerId()).exec();
            paused = false;
        }
    }

    @Override
    public synchronized void stop() {
        if (container != null && !paused) {
            container.getDockerClient().pauseContainerCmd(container.getContainerId()).exec();
            paused = true;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return container != null && !paused;
    }

    @Override
    public String bootstrapServers() {
        return container.getBootstrapServers();
    }

    @Override
    public String description() {
        return "container apache/kafka:4.1.1";
    }
}
