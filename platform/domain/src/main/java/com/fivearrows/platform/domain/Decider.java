package com.fivearrows.platform.domain;

import java.util.List;

/**
 * An aggregate written as a decider: rules in {@link #decide}, state changes in {@link #evolve}.
 * Both are pure: no I/O, no clock (commands carry the time they need), no framework types.
 *
 * <pre>{@code
 * List<CounterEvent> events = counter.decide(new Increment(5), state);   // rules, may throw DomainException
 * CounterState next = counter.fold(state, events);                       // never fails
 * }</pre>
 *
 * @param <C> the command type
 * @param <S> the state type
 * @param <E> the event type (a sealed interface of past-tense records)
 */
public interface Decider<C, S, E> {

    /** The state of a stream that has no events yet. */
    S initialState();

    /** Validates the command against the state and returns the events it causes (possibly none). */
    List<E> decide(C command, S state);

    /** Applies one event; holds no rules and never fails. */
    S evolve(S state, E event);

    /** Applies events in order, starting from {@code state}. */
    default S fold(S state, Iterable<? extends E> events) {
        S current = state;
        for (E event : events) {
            current = evolve(current, event);
        }
        return current;
    }

    /** Rebuilds the state of a stream from all of its events. */
    default S rebuild(Iterable<? extends E> events) {
        return fold(initialState(), events);
    }
}
