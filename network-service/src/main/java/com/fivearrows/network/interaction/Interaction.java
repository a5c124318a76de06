package com.fivearrows.network.interaction;

import com.fivearrows.network.interaction.InteractionEvent.InteractionRecorded;
import com.fivearrows.network.keyperson.InputRules;
import com.fivearrows.network.keyperson.KeyPersonFact;
import com.fivearrows.platform.domain.Decider;
import com.fivearrows.platform.domain.FieldError;
import com.fivearrows.platform.domain.RuleViolated;
import com.fivearrows.platform.domain.ValidationFailed;
import com.fivearrows.platform.eventsourcing.aggregate.EventCodec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An interaction with key persons, one stream per interaction, recorded once.
 *
 * <p>Rules (400, field named): 1..100 distinct key persons ({@code keyPersonIds}; a person listed twice counts
 * once); {@code type}, {@code outcome}, {@code source} and {@code occurredAt} required; {@code occurredAt} at most
 * 5 minutes after {@code now} (back-dated is fine); {@code BID_WON}/{@code BID_LOST} exactly when the source is
 * {@code BID} ({@code type}); {@code notes} at most 4000 characters; {@code externalId} at most 200 characters and
 * required from {@code MARKETING} and {@code SERVICE}; {@code opportunityId} an opaque id. Rules (422): every
 * person is active; an interaction is recorded once.
 *
 * <p>Interactions pushed with an external id live in the stream {@link #streamIdFor}{@code (source, externalId)},
 * so a second copy finds the stream taken (a NO_STREAM conflict, or this decider's 422): already seen, ignored.
 */
public final class Interaction implements Decider<RecordInteraction, InteractionState, InteractionEvent> {
    static final int MAX_KEY_PERSONS = 100;
    static final int MAX_NOTES = 4000;
    static final int MAX_EXTERNAL_ID = 200;

    /** {@code interaction:<uuid>}. */
    public static String streamId(UUID interactionId) {
        return "interaction:" + interactionId;
    }

    /** The id of an interaction pushed by a platform: {@code UUID.nameUUIDFromBytes(source + "|" + externalId)}, UTF-8. */
    public static UUID idFor(InteractionSource source, String externalId) {
        return UUID.nameUUIDFromBytes((source + "|" + externalId).getBytes(StandardCharsets.UTF_8));
    }

    /** {@code interaction:} + {@link #idFor}: the same for every copy of one pushed interaction. */
    public static String streamIdFor(InteractionSource source, String externalId) {
        return streamId(idFor(source, externalId));
    }

    /** The event records and their type names, to build the aggregate's {@link EventCodec}. */
    public static List<EventCodec.EventType<? extends InteractionEvent>> eventTypes() {
        return List.of(EventCodec.type(InteractionRecorded.class, "InteractionRecorded", 1));
    }

    @Override
    public InteractionState initialState() {
        return InteractionState.NONE;
    }

    @Override
    public List<InteractionEvent> decide(RecordInteraction command, InteractionState state) {
        List<KeyPersonFact> persons = distinct(command.keyPersons());
        validate(command, persons);
        if (state.exists()) {
            throw RuleViolated.of("interaction " + state.interactionId() + " was already recorded");
        }
        persons.forEach(KeyPersonFact::requireActive);
        return List.of(new InteractionRecorded(command.interactionId(),
                persons.stream().map(KeyPersonFact::keyPersonId).toList(), command.seller(), command.type(),
                command.occurredAt(), command.outcome(), command.source(), command.externalId(),
                command.opportunityId(), command.notes()));
    }

    private static List<KeyPersonFact> distinct(List<KeyPersonFact> persons) {
        Map<UUID, KeyPersonFact> byId = new LinkedHashMap<>();
        if (persons != null) {
            persons.forEach(person -> byId.putIfAbsent(person.keyPersonId(), person));
        }
        return List.copyOf(byId.values());
    }

    private static void validate(RecordInteraction command, List<KeyPersonFact> persons) {
        List<FieldError> errors = new ArrayList<>();
        if (command.interactionId() == null) {
            errors.add(new FieldError("interactionId", "is required"));
        }
        if (persons.isEmpty() || persons.size() > MAX_KEY_PERSONS) {
            errors.add(new FieldError("keyPersonIds", "must name 1.." + MAX_KEY_PERSONS + " key persons"));
        }
        required(errors, "type", command.type());
        required(errors, "outcome", command.outcome());
        required(errors, "source", command.source());
        if (command.occurredAt() == null) {
            errors.add(new FieldError("occurredAt", "is required"));
        } else if (InputRules.isTooFarAhead(command.occurredAt(), command.now())) {
            errors.add(new FieldError("occurredAt", InputRules.TOO_FAR_AHEAD));
        }
        if (command.type() != null && command.source() != null && isBidResult(command.type()) != (command.source() == InteractionSource.BID)) {
            errors.add(new FieldError("type", "BID_WON and BID_LOST come from source BID, and source BID reports only them"));
        }
        if (command.notes() != null && command.notes().length() > MAX_NOTES) {
            errors.add(new FieldError("notes", "must be at most " + MAX_NOTES + " characters"));
        }
        checkExternalId(errors, command.source(), command.externalId());
        if (command.opportunityId() != null && !InputRules.isOpaqueId(command.opportunityId())) {
            errors.add(new FieldError("opportunityId", InputRules.OPAQUE_ID_RULE));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
    }

    private static void checkExternalId(List<FieldError> errors, InteractionSource source, String externalId) {
        if (externalId == null || externalId.isBlank()) {
            if (source == InteractionSource.MARKETING || source == InteractionSource.SERVICE) {
                errors.add(new FieldError("externalId", "is required from " + source));
            } else if (externalId != null) {
                errors.add(new FieldError("externalId", "must not be blank"));
            }
        } else if (externalId.length() > MAX_EXTERNAL_ID) {
            errors.add(new FieldError("externalId", "must be at most " + MAX_EXTERNAL_ID + " characters"));
        }
    }

    private static boolean isBidResult(InteractionType type) {
        return type == InteractionType.BID_WON || type == InteractionType.BID_LOST;
    }

    private static void required(List<FieldError> errors, String field, Object value) {
        if (value == null) {
            errors.add(new FieldError(field, "is required"));
        }
    }

    @Override
    public InteractionState evolve(InteractionState state, InteractionEvent event) {
        return new InteractionState(event.interactionId());
    }
}
