package se.byra.platform.messaging.kafka;

/**
 * CloudEvents 1.0 Kafka protocol binding, binary content mode: attributes travel as
 * {@code ce_}-prefixed headers, the payload is the record value, the key is the aggregate id.
 */
public final class CloudEventHeaders {

    public static final String SPECVERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String DATASCHEMA = "ce_dataschema";
    /** Extension attribute: the agency (tenant) the event belongs to. */
    public static final String AGENCY_ID = "ce_agencyid";
    public static final String CONTENT_TYPE = "content-type";
    /** W3C trace context, so a trace continues from the request that wrote the event. */
    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";

    public static final String SPEC_VERSION_1_0 = "1.0";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {
    }
}
