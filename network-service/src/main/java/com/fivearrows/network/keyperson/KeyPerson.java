package com.fivearrows.network.keyperson;

import static com.fivearrows.platform.domain.FieldChecks.checkText;
import static com.fivearrows.platform.domain.FieldChecks.failOn;
import static com.fivearrows.platform.domain.FieldChecks.requirePresent;

import com.fivearrows.network.keyperson.KeyPersonCommand.AssessKeyPerson;
import com.fivearrows.network.keyperson.KeyPersonCommand.DeactivateKeyPerson;
import com.fivearrows.network.keyperson.KeyPersonCommand.RegisterKeyPerson;
import com.fivearrows.network.keyperson.KeyPersonCommand.UpdateKeyPerson;
import com.fivearrows.network.keyperson.KeyPersonEvent.KeyPersonDeactivated;
import com.fivearrows.network.keyperson.KeyPersonEvent.KeyPersonRegistered;
import com.fivearrows.network.keyperson.KeyPersonEvent.KeyPersonUpdated;
import com.fivearrows.network.keyperson.KeyPersonEvent.PriceStanceAssessed;
import com.fivearrows.network.keyperson.KeyPersonEvent.RelationshipLevelAssessed;
import com.fivearrows.network.keyperson.KeyPersonEvent.SolutionStanceAssessed;
import com.fivearrows.platform.domain.Decider;
import com.fivearrows.platform.domain.FieldError;
import com.fivearrows.platform.domain.NotFound;
import com.fivearrows.platform.domain.RuleViolated;
import com.fivearrows.platform.domain.ValidationFailed;
import com.fivearrows.platform.eventsourcing.aggregate.EventCodec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The key person aggregate: registration, profile changes, deactivation and the three assessments.
 *
 * <p>Profile rules (400, each offending field named): {@code name} 1..200 characters; {@code title} and
 * {@code department} at most 200; {@code seniority}, {@code scope} and {@code kind} required; {@code influence}
 * 1..5, or 0 for the kind's default; {@code email} of the shape {@code local@domain.tld}, at most 254 characters;
 * at most 20 {@code externalIds}, each 1..100 characters ({@code externalIds[2]}). The account id is an opaque id
 * ({@link InputRules#isOpaqueId}). Rules (422): a person is registered once; a deactivated person is neither
 * updated, assessed nor deactivated again. A command for a person never registered is a 404.
 */
public final class KeyPerson implements Decider<KeyPersonCommand, KeyPersonState, KeyPersonEvent> {
    static final int MAX_NAME = 200;
    static final int MAX_EXTERNAL_IDS = 20;
    static final int MAX_EXTERNAL_ID = 100;
    static final int MAX_EMAIL = 254;
    static final int MAX_NOTE = 4000;
    static final int MAX_REASON = 1000;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** {@code key-person:<uuid>}. */
    public static String streamId(UUID keyPersonId) {
        return "key-person:" + keyPersonId;
    }

    /** The event records and their type names, to build the aggregate's {@link EventCodec}. */
    public static List<EventCodec.EventType<? extends KeyPersonEvent>> eventTypes() {
        return List.of(
                EventCodec.type(KeyPersonRegistered.class, "KeyPersonRegistered", 1),
                EventCodec.type(KeyPersonUpdated.class, "KeyPersonUpdated", 1),
                EventCodec.type(KeyPersonDeactivated.class, "KeyPersonDeactivated", 1),
                EventCodec.type(RelationshipLevelAssessed.class, "RelationshipLevelAssessed", 1),
                EventCodec.type(SolutionStanceAssessed.class, "SolutionStanceAssessed", 1),
                EventCodec.type(PriceStanceAssessed.class, "PriceStanceAssessed", 1));
    }

    /** The facts of a loaded person, or 404 {@code NotFound("key person", id)} when it was never registered. */
    public static KeyPersonFact factOf(UUID keyPersonId, KeyPersonState state) {
        if (!state.exists()) {
            throw new NotFound("key person", String.valueOf(keyPersonId));
        }
        return state.fact();
    }

    @Override
    public KeyPersonState initialState() {
        return KeyPersonState.NONE;
    }

    @Override
    public List<KeyPersonEvent> decide(KeyPersonCommand command, KeyPersonState state) {
        if (command.keyPersonId() == null) {
            throw ValidationFailed.of("keyPersonId", "is required");
        }
        if (command instanceof RegisterKeyPerson register) {
            return register(register, state);
        }
        if (command instanceof UpdateKeyPerson update) {
            KeyPersonProfile profile = resolved(update.profile(), new ArrayList<>());
            requireActive(state, command.keyPersonId());
            return List.of(new KeyPersonUpdated(state.keyPersonId(), profile));
        }
        if (command instanceof DeactivateKeyPerson deactivate) {
            return deactivate(deactivate, state);
        }
        return assess((AssessKeyPerson) command, state);
    }

    private static List<KeyPersonEvent> register(RegisterKeyPerson command, KeyPersonState state) {
        List<FieldError> errors = new ArrayList<>();
        if (!InputRules.isOpaqueId(command.accountId())) {
            errors.add(new FieldError("accountId", InputRules.OPAQUE_ID_RULE));
        }
        KeyPersonProfile profile = resolved(command.profile(), errors);
        if (state.exists()) {
            throw RuleViolated.of("key person " + command.keyPersonId() + " is already registered");
        }
        return List.of(new KeyPersonRegistered(command.keyPersonId(), command.accountId(), profile, command.actor()));
    }

    private static List<KeyPersonEvent> deactivate(DeactivateKeyPerson command, KeyPersonState state) {
        if (command.reason() != null && command.reason().length() > MAX_REASON) {
            throw ValidationFailed.of("reason", "must be at most " + MAX_REASON + " characters");
        }
        requireExisting(state, command.keyPersonId());
        if (!state.active()) {
            throw RuleViolated.of("key person " + command.keyPersonId() + " is already deactivated");
        }
        return List.of(new KeyPersonDeactivated(state.keyPersonId(), blankToNull(command.reason())));
    }

    // A blank note or reason says nothing: it is recorded as none, as the published contracts expect.
    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static List<KeyPersonEvent> assess(AssessKeyPerson command, KeyPersonState state) {
        List<FieldError> errors = new ArrayList<>();
        if (command.level() == null && command.solutionStance() == null && command.priceStance() == null) {
            errors.add(new FieldError("level", "at least one of level, solutionStance and priceStance is required"));
        }
        Instant assessedAt = command.assessedAt() == null ? command.now() : command.assessedAt();
        if (InputRules.isTooFarAhead(assessedAt, command.now())) {
            errors.add(new FieldError("assessedAt", InputRules.TOO_FAR_AHEAD));
        }
        if (command.note() != null && command.note().length() > MAX_NOTE) {
            errors.add(new FieldError("note", "must be at most " + MAX_NOTE + " characters"));
        }
        failOn(errors);
        requireActive(state, command.keyPersonId());

        UUID id = state.keyPersonId();
        String note = blankToNull(command.note());
        List<KeyPersonEvent> events = new ArrayList<>();
        if (command.level() != null) {
            events.add(new RelationshipLevelAssessed(id, command.level(), assessedAt, command.actor(), note));
        }
        if (command.solutionStance() != null) {
            events.add(new SolutionStanceAssessed(id, command.solutionStance(), assessedAt, command.actor(), note));
        }
        if (command.priceStance() != null) {
            events.add(new PriceStanceAssessed(id, command.priceStance(), assessedAt, command.actor(), note));
        }
        return events;
    }

    /** Validates the profile (adding to {@code errors} found before) and returns it with its influence resolved. */
    private static KeyPersonProfile resolved(KeyPersonProfile profile, List<FieldError> errors) {
        if (profile == null) {
            errors.add(new FieldError("profile", "is required"));
            failOn(errors);
        }
        checkText(errors, "name", profile.name(), true, MAX_NAME);
        checkText(errors, "title", profile.title(), false, MAX_NAME);
        checkText(errors, "department", profile.department(), false, MAX_NAME);
        requirePresent(errors, "seniority", profile.seniority());
        requirePresent(errors, "scope", profile.scope());
        requirePresent(errors, "kind", profile.kind());
        if (profile.influence() < 0 || profile.influence() > 5) {
            errors.add(new FieldError("influence", "must be 1..5 (or 0 for the kind's default)"));
        }
        if (profile.email() != null && (profile.email().length() > MAX_EMAIL || !EMAIL.matcher(profile.email()).matches())) {
            errors.add(new FieldError("email", "must be an e-mail address"));
        }
        List<String> externalIds = profile.externalIds();
        if (externalIds.size() > MAX_EXTERNAL_IDS) {
            errors.add(new FieldError("externalIds", "must hold at most " + MAX_EXTERNAL_IDS + " ids"));
        }
        for (int i = 0; i < externalIds.size(); i++) {
            checkText(errors, "externalIds[" + i + "]", externalIds.get(i), true, MAX_EXTERNAL_ID);
        }
        failOn(errors);
        if (profile.influence() != 0) {
            return profile;
        }
        return new KeyPersonProfile(profile.name(), profile.title(), profile.department(), profile.seniority(),
                profile.scope(), profile.kind(), profile.kind().defaultInfluence(), profile.politicalStatus(),
                profile.decisionOrientation(), profile.email(), externalIds);
    }

    private static void requireExisting(KeyPersonState state, UUID keyPersonId) {
        if (!state.exists()) {
            throw new NotFound("key person", keyPersonId.toString());
        }
    }

    private static void requireActive(KeyPersonState state, UUID keyPersonId) {
        requireExisting(state, keyPersonId);
        if (!state.active()) {
            throw RuleViolated.of("key person " + keyPersonId + " is deactivated");
        }
    }

    @Override
    public KeyPersonState evolve(KeyPersonState state, KeyPersonEvent event) {
        if (event instanceof KeyPersonRegistered registered) {
            return new KeyPersonState(registered.keyPersonId(), registered.accountId(), registered.profile(),
                    registered.registeredBy(), true, null, null, null);
        }
        if (event instanceof KeyPersonUpdated updated) {
            return new KeyPersonState(state.keyPersonId(), state.accountId(), updated.profile(), state.registeredBy(),
                    state.active(), state.level(), state.solutionStance(), state.priceStance());
        }
        if (event instanceof KeyPersonDeactivated) {
            return new KeyPersonState(state.keyPersonId(), state.accountId(), state.profile(), state.registeredBy(),
                    false, state.level(), state.solutionStance(), state.priceStance());
        }
        if (event instanceof RelationshipLevelAssessed assessed) {
            Assessment<RelationshipLevel> level = latest(state.level(),
                    new Assessment<>(assessed.level(), assessed.assessedAt(), assessed.assessedBy(), assessed.note()));
            return new KeyPersonState(state.keyPersonId(), state.accountId(), state.profile(), state.registeredBy(),
                    state.active(), level, state.solutionStance(), state.priceStance());
        }
        if (event instanceof SolutionStanceAssessed assessed) {
            Assessment<SolutionStance> stance = latest(state.solutionStance(),
                    new Assessment<>(assessed.stance(), assessed.assessedAt(), assessed.assessedBy(), assessed.note()));
            return new KeyPersonState(state.keyPersonId(), state.accountId(), state.profile(), state.registeredBy(),
                    state.active(), state.level(), stance, state.priceStance());
        }
        PriceStanceAssessed assessed = (PriceStanceAssessed) event;
        Assessment<PriceStance> stance = latest(state.priceStance(),
                new Assessment<>(assessed.stance(), assessed.assessedAt(), assessed.assessedBy(), assessed.note()));
        return new KeyPersonState(state.keyPersonId(), state.accountId(), state.profile(), state.registeredBy(),
                state.active(), state.level(), state.solutionStance(), stance);
    }

    private static <T> Assessment<T> latest(Assessment<T> current, Assessment<T> recorded) {
        return current == null ? recorded : current.orLater(recorded);
    }
}
