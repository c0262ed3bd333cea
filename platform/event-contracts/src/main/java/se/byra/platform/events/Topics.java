package se.byra.platform.events;

/** One topic per producing context; the dead-letter topic of a consumer is {@code <topic>.<group>.dlq}. */
public final class Topics {

    public static final String ENGAGEMENT_EVENTS = "engagement.events";
    public static final String COLLABORATION_EVENTS = "collaboration.events";
    public static final String CASE_EVENTS = "case.events";

    private Topics() {
    }
}
