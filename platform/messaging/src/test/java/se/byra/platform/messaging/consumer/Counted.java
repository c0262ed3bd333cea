package se.byra.platform.messaging.consumer;

import se.byra.platform.events.EventType;

/** The test event: the n-th event of a key. */
public record Counted(String key, int seq) {

    public static final String TOPIC = "messaging.test.counted";
    public static final int PARTITIONS = 4;
    public static final EventType<Counted> TYPE = new EventType<>("se.byra.test.Counted", 1, Counted.class, TOPIC);
}
