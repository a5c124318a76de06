package com.fivearrows.platform.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class DeciderTest {

    /** A tally that refuses to go below zero: the smallest decider with a rule. */
    record Add(int amount) {
    }

    record Added(int amount) {
    }

    static final class Tally implements Decider<Add, Integer, Added> {
        @Override
        public Integer initialState() {
            return 0;
        }

        @Override
        public List<Added> decide(Add command, Integer state) {
            if (state + command.amount() < 0) {
                throw new RuleViolated("the tally cannot go below zero", List.of("tally would be " + (state + command.amount())));
            }
            return List.of(new Added(command.amount()));
        }

        @Override
        public Integer evolve(Integer state, Added event) {
            return state + event.amount();
        }
    }

    @Test
    void rebuildFoldsEveryEventInOrder() {
        assertEquals(6, new Tally().rebuild(List.of(new Added(1), new Added(2), new Added(3))));
    }

    @Test
    void aRefusedCommandListsTheUnmetRule() {
        RuleViolated violation = assertThrows(RuleViolated.class, () -> new Tally().decide(new Add(-5), 3));

        assertEquals(List.of("tally would be -2"), violation.unmetRules());
        assertEquals("the tally cannot go below zero: tally would be -2", violation.getMessage());
    }

    @Test
    void aValidationFailureNamesEachField() {
        ValidationFailed failure = new ValidationFailed(List.of(new FieldError("amount", "must be positive"),
                new FieldError("currency", "must be an ISO 4217 code")));

        assertEquals("Validation failed: amount must be positive; currency must be an ISO 4217 code", failure.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ValidationFailed(List.of()));
    }
}
