package com.fivearrows.platform.eventsourcing.envelope;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CloudEvents 1.0 envelope as Five Arrows puts it on Kafka (structured mode: the whole envelope is the
 * record value, {@code content-type: application/cloudevents+json}). The type reads
 * {@code five-arrows.<context>.<EventName>.v<N>}, the subject is the aggregate id and the record key.
 * {@code streamversion}, {@code correlationid}, {@code causationid} and {@code actor} are extensions.
 */
public record CloudEvent(
        String id,
        String source,
        String type,
        String subject,
        Instant time,
        Long streamVersion,
        String correlationId,
        String causationId,
        String actor,
        JsonObject data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String DATA_CONTENT_TYPE = "application/json";
    public static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    private static final Pattern TYPE = Pattern.compile("five-arrows\\.([a-z][a-z0-9-]*)\\.([A-Z][A-Za-z0-9]*)\\.v([1-9][0-9]*)");

    public CloudEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(data, "data");
    }

    /** The type string for an event of a context: {@code type("network", "KeyPersonRegistered", 1)}. */
    public static String type(String context, String eventName, int version) {
        return "five-arrows." + context + "." + eventName + ".v" + version;
    }

    /** The event name inside the type, e.g. {@code KeyPersonRegistered}. */
    public String eventName() {
        return typeMatcher().group(2);
    }

    /** The schema version inside the type, e.g. 1 for {@code ....v1}. */
    public int eventVersion() {
        return Integer.parseInt(typeMatcher().group(3));
    }

    /** The bounded context inside the type, e.g. {@code network}. */
    public String context() {
        return typeMatcher().group(1);
    }

    static boolean isFiveArrowsType(String type) {
        return TYPE.matcher(type).matches();
    }

    private Matcher typeMatcher() {
        Matcher matcher = TYPE.matcher(type);
        if (!matcher.matches()) {
            throw new InvalidCloudEvent("type '" + type + "' does not read five-arrows.<context>.<EventName>.v<N>");
        }
        return matcher;
    }
}
