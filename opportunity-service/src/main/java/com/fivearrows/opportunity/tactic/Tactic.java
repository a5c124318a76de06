package com.fivearrows.opportunity.tactic;

import static com.fivearrows.platform.domain.FieldChecks.checkText;
import static com.fivearrows.platform.domain.FieldChecks.failOn;

import com.fivearrows.opportunity.tactic.TacticCommand.CreateTactic;
import com.fivearrows.opportunity.tactic.TacticCommand.RetireTactic;
import com.fivearrows.opportunity.tactic.TacticCommand.ReviseTactic;
import com.fivearrows.opportunity.tactic.TacticEvent.TacticCreated;
import com.fivearrows.opportunity.tactic.TacticEvent.TacticRetired;
import com.fivearrows.opportunity.tactic.TacticEvent.TacticRevised;
import com.fivearrows.platform.domain.Decider;
import com.fivearrows.platform.domain.FieldError;
import com.fivearrows.platform.domain.NotFound;
import com.fivearrows.platform.domain.RuleViolated;
import com.fivearrows.platform.domain.ValidationFailed;
import com.fivearrows.platform.eventsourcing.aggregate.EventCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A seller's personal tactic (独门秘笈, SPEC §4): written down, revised, retired; attached to win steps of the
 * seller's opportunities, where its win rate with and without it is measured.
 *
 * <p>Input rules (400, each offending field named): {@code seller} 1..200 characters; {@code name} 1..200;
 * {@code description} at most 4000 (blank: none); a retire {@code reason} at most 1000 (blank: none). Rules (422): a
 * tactic is created once; a retired tactic is neither revised nor retired again. A revision that changes neither
 * name nor description records nothing. A command for a tactic never created is a 404. Only the tactic's seller may
 * revise or retire it: the application layer checks that (403), the decider does not know the caller.
 */
public final class Tactic implements Decider<TacticCommand, TacticState, TacticEvent> {
    static final int MAX_NAME = 200;
    static final int MAX_SELLER = 200;
    static final int MAX_DESCRIPTION = 4000;
    static final int MAX_REASON = 1000;

    /** {@code tactic:<uuid>}. */
    public static String streamId(UUID tacticId) {
        return "tactic:" + tacticId;
    }

    /** The event records and their type names, to build the aggregate's {@link EventCodec}. */
    public static List<EventCodec.EventType<? extends TacticEvent>> eventTypes() {
        return List.of(
                EventCodec.type(TacticCreated.class, "TacticCreated", 1),
                EventCodec.type(TacticRevised.class, "TacticRevised", 1),
                EventCodec.type(TacticRetired.class, "TacticRetired", 1));
    }

    @Override
    public TacticState initialState() {
        return TacticState.NONE;
    }

    @Override
    public List<TacticEvent> decide(TacticCommand command, TacticState state) {
        if (command.tacticId() == null) {
            throw ValidationFailed.of("tacticId", "is required");
        }
        if (command instanceof CreateTactic create) {
            return create(create, state);
        }
        if (command instanceof ReviseTactic revise) {
            return revise(revise, state);
        }
        return retire((RetireTactic) command, state);
    }

    private static List<TacticEvent> create(CreateTactic command, TacticState state) {
        List<FieldError> errors = new ArrayList<>();
        checkText(errors, "seller", command.seller(), true, MAX_SELLER);
        checkText(errors, "name", command.name(), true, MAX_NAME);
        checkText(errors, "description", command.description(), false, MAX_DESCRIPTION);
        failOn(errors);
        if (state.exists()) {
            throw RuleViolated.of("tactic " + command.tacticId() + " already exists");
        }
        return List.of(new TacticCreated(command.tacticId(), command.seller(), command.name().strip(),
                blankToNull(command.description()), command.now()));
    }

    private static List<TacticEvent> revise(ReviseTactic command, TacticState state) {
        List<FieldError> errors = new ArrayList<>();
        checkText(errors, "name", command.name(), true, MAX_NAME);
        checkText(errors, "description", command.description(), false, MAX_DESCRIPTION);
        failOn(errors);
        requireActive(state, command.tacticId());
        String name = command.name().strip();
        String description = blankToNull(command.description());
        if (name.equals(state.name()) && Objects.equals(description, state.description())) {
            return List.of();
        }
        return List.of(new TacticRevised(state.tacticId(), name, description, command.now()));
    }

    private static List<TacticEvent> retire(RetireTactic command, TacticState state) {
        List<FieldError> errors = new ArrayList<>();
        checkText(errors, "reason", command.reason(), false, MAX_REASON);
        failOn(errors);
        requireActive(state, command.tacticId());
        return List.of(new TacticRetired(state.tacticId(), blankToNull(command.reason()), command.now()));
    }

    private static void requireActive(TacticState state, UUID tacticId) {
        if (!state.exists()) {
            throw new NotFound("tactic", tacticId.toString());
        }
        if (state.retired()) {
            throw RuleViolated.of("tactic " + tacticId + " is retired");
        }
    }

    // A blank description or reason says nothing: it is recorded as none.
    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    @Override
    public TacticState evolve(TacticState state, TacticEvent event) {
        if (event instanceof TacticCreated created) {
            return new TacticState(created.tacticId(), created.seller(), created.name(), created.description(),
                    created.createdAt(), null, null, null);
        }
        if (event instanceof TacticRevised revised) {
            return new TacticState(state.tacticId(), state.seller(), revised.name(), revised.description(),
                    state.createdAt(), revised.revisedAt(), null, null);
        }
        TacticRetired retired = (TacticRetired) event;
        return new TacticState(state.tacticId(), state.seller(), state.name(), state.description(), state.createdAt(),
                state.revisedAt(), retired.retiredAt(), retired.reason());
    }
}
