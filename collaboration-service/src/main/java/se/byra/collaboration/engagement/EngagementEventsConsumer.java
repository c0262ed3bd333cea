package se.byra.collaboration.engagement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;
import se.byra.platform.messaging.inbox.EventDispatcher;

/** engagement.events in; the channel's dead-letter topic is configured in application.properties. */
@ApplicationScoped
public class EngagementEventsConsumer {

    @Inject
    EventDispatcher dispatcher;

    @Incoming("engagement-events")
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        dispatcher.dispatch(record);
    }
}
