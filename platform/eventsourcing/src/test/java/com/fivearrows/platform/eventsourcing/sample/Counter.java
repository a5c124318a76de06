package com.fivearrows.platform.eventsourcing.sample;

import com.fivearrows.platform.domain.Decider;
import com.fivearrows.platform.domain.RuleViolated;
import com.fivearrows.platform.domain.ValidationFailed;
import java.util.List;

/** A minimal aggregate for the platform's own tests: a counter that only goes up, to a ceiling. */
public final class Counter implements Decider<Counter.Increment, Counter.State, Counter.Event> {
    static final long CEILING = 1_000_000;

    public record Increment(long amount) {
    }

    public sealed interface Event permits Incremented {
    }

    public record Incremented(long amount) implements Event {
    }

    public record State(long total) {
    }

    @Override
    public State initialState() {
        return new State(0);
    }

    @Override
    public List<Event> decide(Increment command, State state) {
        if (command.amount() <= 0) {
            throw ValidationFailed.of("amount", "must be positive");
        }
        if (state.total() + command.amount() > CEILING) {
            throw RuleViolated.of("a counter stays at or below " + CEILING);
        }
        return List.of(new Incremented(command.amount()));
    }

    @Override
    public State evolve(State state, Event event) {
        Incremented incremented = (Incremented) event;
        return new State(state.total() + incremented.amount());
    }
}
