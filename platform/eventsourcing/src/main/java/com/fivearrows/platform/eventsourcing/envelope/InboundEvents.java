package com.fivearrows.platform.eventsourcing.envelope;

import com.fivearrows.contracts.EventTypeName;
import com.fivearrows.platform.eventsourcing.store.EventMetadata;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/** What a service's consumers write into the metadata of the events that a consumed CloudEvent causes. */
public final class InboundEvents {

    private InboundEvents() {
    }

    /**
     * The metadata of work caused by {@code event}: its correlation id (its own id when it carries none, or one
     * that is not a UUID), caused by the event's id, its {@code actor} or else {@code defaultActor}, stamped
     * {@code now}, continuing its {@code traceparent} when it has one.
     */
    public static EventMetadata causedBy(CloudEvent event, String defaultActor, Instant now) {
        UUID eventId = CloudEventCodec.eventId(event);
        UUID correlationId = uuidOr(event.correlationId(), eventId);
        String actor = event.actor() == null || event.actor().isBlank() ? defaultActor : event.actor();
        return new EventMetadata(correlationId, eventId, actor, now, null, event.traceParent());
    }

    /**
     * Reads a consumed record for a consumer that applies some event types of one context: the CloudEvent, checked
     * against its contract, when its type is one it applies; empty for any other type, which the consumer
     * acknowledges and ignores unread.
     *
     * <pre>{@code
     * Optional<CloudEvent> event = InboundEvents.applicable(record.value(), "bid", "BidResultRecorded"::equals, 1,
     *         "network-service");
     * }</pre>
     *
     * @param applies which event names of {@code context} the consumer acts on
     * @param version the one version of those types the consumer reads
     * @param reader  who reads, for the message (a service name)
     * @throws InvalidCloudEvent when the record is no CloudEvent, an applied type comes in another version, or the
     *                           event breaks its contract: the channel dead-letters it with that reason
     */
    public static Optional<CloudEvent> applicable(byte[] record, String context, Predicate<String> applies, int version,
                                                  String reader) {
        EventTypeName type = CloudEventCodec.parse(record).typeName();
        if (!context.equals(type.context()) || !applies.test(type.name())) {
            return Optional.empty();
        }
        if (type.version() != version) {
            throw new InvalidCloudEvent("unsupported event type " + type + ": " + reader + " reads "
                    + new EventTypeName(context, type.name(), version));
        }
        return Optional.of(CloudEventCodec.parseConforming(record));
    }

    private static UUID uuidOr(String text, UUID fallback) {
        if (text == null) {
            return fallback;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
