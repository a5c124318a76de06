package com.fivearrows.platform.eventsourcing.envelope;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fivearrows.contracts.EventContracts;
import com.fivearrows.contracts.EventTypeName;
import com.fivearrows.contracts.UnknownContract;
import com.fivearrows.platform.eventsourcing.store.StoredEvent;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Writes and reads the structured-mode JSON of a {@link CloudEvent}. Reading validates every required
 * attribute and says precisely what is wrong, because that text travels with a dead letter.
 */
public final class CloudEventCodec {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CloudEventCodec() {
    }

    /** The envelope of a stored event as the relay publishes it. */
    public static CloudEvent fromStored(StoredEvent event, String source, String context) {
        return new CloudEvent(event.eventId().toString(), source, new EventTypeName(context, event.type(), event.typeVersion()).toString(),
                event.streamId(), event.metadata().occurredAt(), event.version(),
                text(event.metadata().correlationId()), text(event.metadata().causationId()), event.metadata().actor(),
                event.metadata().traceParent(), event.data());
    }

    public static byte[] toBytes(CloudEvent event) {
        JsonObject json = new JsonObject()
                .put("specversion", CloudEvent.SPEC_VERSION)
                .put("id", event.id())
                .put("source", event.source())
                .put("type", event.type())
                .put("datacontenttype", CloudEvent.DATA_CONTENT_TYPE);
        putIfPresent(json, "subject", event.subject());
        putIfPresent(json, "time", event.time() == null ? null : event.time().toString());
        putIfPresent(json, "streamversion", event.streamVersion());
        putIfPresent(json, "correlationid", event.correlationId());
        putIfPresent(json, "causationid", event.causationId());
        putIfPresent(json, "actor", event.actor());
        putIfPresent(json, "traceparent", event.traceParent());
        json.put("data", event.data());
        return json.toBuffer().getBytes();
    }

    /**
     * Reads a structured-mode CloudEvent.
     *
     * @throws InvalidCloudEvent naming every missing or malformed attribute
     */
    public static CloudEvent parse(byte[] value) {
        if (value == null || value.length == 0) {
            throw new InvalidCloudEvent("record has no value: expected a CloudEvents 1.0 JSON envelope");
        }
        JsonObject json;
        try {
            json = new JsonObject(new String(value, StandardCharsets.UTF_8));
        } catch (DecodeException e) {
            throw new InvalidCloudEvent("value is not a JSON object: " + firstLine(e.getMessage()), e);
        }
        List<String> problems = new ArrayList<>();
        if (!CloudEvent.SPEC_VERSION.equals(json.getValue("specversion"))) {
            problems.add("specversion must be \"1.0\"");
        }
        String id = requiredText(json, "id", problems);
        String source = requiredText(json, "source", problems);
        String type = requiredText(json, "type", problems);
        if (type != null && !EventTypeName.isValid(type)) {
            problems.add("type '" + type + "' does not read five-arrows.<context>.<EventName>.v<N>");
        }
        Object contentType = json.getValue("datacontenttype");
        if (contentType != null && !String.valueOf(contentType).startsWith(CloudEvent.DATA_CONTENT_TYPE)) {
            problems.add("datacontenttype must be application/json");
        }
        Instant time = null;
        Object rawTime = json.getValue("time");
        if (rawTime != null) {
            try {
                time = Instant.parse(String.valueOf(rawTime));
            } catch (DateTimeParseException e) {
                problems.add("time '" + rawTime + "' is not an RFC 3339 timestamp");
            }
        }
        Long streamVersion = null;
        Object rawVersion = json.getValue("streamversion");
        if (rawVersion != null) {
            if (rawVersion instanceof Number number) {
                streamVersion = number.longValue();
            } else {
                problems.add("streamversion must be a number");
            }
        }
        String subject = optionalText(json, "subject", problems);
        String correlationId = optionalText(json, "correlationid", problems);
        String causationId = optionalText(json, "causationid", problems);
        String actor = optionalText(json, "actor", problems);
        String traceParent = optionalText(json, "traceparent", problems);
        Object data = json.getValue("data");
        if (!(data instanceof JsonObject)) {
            problems.add(data == null ? "data is missing" : "data must be a JSON object");
        }
        if (!problems.isEmpty()) {
            throw new InvalidCloudEvent("invalid CloudEvent: " + String.join("; ", problems));
        }
        return new CloudEvent(id, source, type, subject, time, streamVersion, correlationId, causationId, actor, traceParent,
                (JsonObject) data);
    }

    /**
     * Reads a structured-mode CloudEvent and checks its data against the published contract of its type
     * (see {@link EventContracts}): what a consumer calls for every event type it acts on.
     *
     * @throws InvalidCloudEvent naming every problem with the envelope, or every way the data breaks its contract
     */
    public static CloudEvent parseConforming(byte[] value) {
        CloudEvent event = parse(value);
        EventTypeName type = event.typeName();
        List<String> violations;
        try {
            violations = EventContracts.onClasspath().violations(type, JSON.valueToTree(event.data().getMap()));
        } catch (UnknownContract e) {
            throw new InvalidCloudEvent(e.getMessage(), e);
        }
        if (!violations.isEmpty()) {
            throw new InvalidCloudEvent("data breaks the contract of " + type + ": " + String.join("; ", violations));
        }
        return event;
    }

    /** The event id as a UUID, which Five Arrows consumers use to recognise redeliveries. */
    public static UUID eventId(CloudEvent event) {
        try {
            return UUID.fromString(event.id());
        } catch (IllegalArgumentException e) {
            throw new InvalidCloudEvent("id '" + event.id() + "' is not a UUID", e);
        }
    }

    private static String requiredText(JsonObject json, String attribute, List<String> problems) {
        Object value = json.getValue(attribute);
        if (value instanceof String text && !text.isBlank()) {
            return text;
        }
        problems.add(attribute + " is required");
        return null;
    }

    private static String optionalText(JsonObject json, String attribute, List<String> problems) {
        Object value = json.getValue(attribute);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        problems.add(attribute + " must be a string");
        return null;
    }

    private static void putIfPresent(JsonObject json, String attribute, Object value) {
        if (value != null) {
            json.put(attribute, value);
        }
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }

    private static String firstLine(String message) {
        int newline = message == null ? -1 : message.indexOf('\n');
        return newline < 0 ? String.valueOf(message) : message.substring(0, newline);
    }
}
