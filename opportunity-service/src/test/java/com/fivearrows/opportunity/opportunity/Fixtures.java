package com.fivearrows.opportunity.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fivearrows.opportunity.opportunity.OpportunityCommand.OpenOpportunity;
import com.fivearrows.opportunity.opportunity.OpportunityCommand.OverrideGate;
import com.fivearrows.opportunity.stage.StagePlan;
import com.fivearrows.platform.domain.FieldError;
import com.fivearrows.platform.domain.RuleViolated;
import com.fivearrows.platform.domain.ValidationFailed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** The opportunity the decider tests work on, and short ways to arrange its state and read its refusals. */
final class Fixtures {
    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-03-02");
    static final String ID = "opp-1";
    static final String ACCOUNT = "acme-1";
    static final Money AMOUNT = Money.of("125000.00", "EUR");
    static final LocalDate CLOSE = LocalDate.parse("2026-09-30");
    static final Opportunity OPPORTUNITY = new Opportunity(StagePlan.defaults());

    static final String DECISION_MAKER = "DECISION_MAKER";
    static final String EVALUATOR = "EVALUATOR";
    static final String COACH = "COACH";

    private Fixtures() {
    }

    /** A chain network-service has reported on: the composite and solution acceptance given, the others 0. */
    static ChainFacts chain(double c, double s, Set<String> roles, Double bestCoachC, int supporters) {
        return new ChainFacts(0, s, 0, c, roles, bestCoachC, supporters, NOW.minusSeconds(60));
    }

    /** A chain with a decision maker and an evaluator, composite {@code c}, no coach, no supporters. */
    static ChainFacts mapped(double c) {
        return chain(c, 0, Set.of(DECISION_MAKER, EVALUATOR), null, 0);
    }

    static OpenOpportunity open() {
        return new OpenOpportunity(ID, ACCOUNT, "ERP rollout", "alice", List.of("bob"), AMOUNT, CLOSE, "INCUBATION",
                true, NOW);
    }

    static OpportunityState opened() {
        return after(OPPORTUNITY.initialState(), open());
    }

    static OpportunityState after(OpportunityState state, OpportunityCommand command) {
        return OPPORTUNITY.fold(state, OPPORTUNITY.decide(command, state));
    }

    static OpportunityState given(OpportunityState state, OpportunityEvent... events) {
        return OPPORTUNITY.fold(state, List.of(events));
    }

    /**
     * The opened opportunity brought to {@code stage} by a manager's overrides, one stage at a time, with this chain,
     * so its grade and category are what the decider makes of them.
     */
    static OpportunityState inStage(String stage, ChainFacts chain) {
        OpportunityState state = opened();
        while (!state.stage().equals(stage)) {
            String next = StagePlan.defaults().next(state.stage()).orElseThrow().name();
            state = after(state, new OverrideGate(ID, next, "arranged for the test", "maria", chain, true, NOW));
        }
        return state;
    }

    static List<String> fields(ThrowingCallable call) {
        ValidationFailed failure = catchThrowableOfType(ValidationFailed.class, call);
        assertThat(failure).as("a 400").isNotNull();
        return failure.errors().stream().map(FieldError::field).toList();
    }

    static List<FieldError> fieldErrors(ThrowingCallable call) {
        ValidationFailed failure = catchThrowableOfType(ValidationFailed.class, call);
        assertThat(failure).as("a 400").isNotNull();
        return failure.errors();
    }

    static List<String> unmetRules(ThrowingCallable call) {
        RuleViolated violation = catchThrowableOfType(RuleViolated.class, call);
        assertThat(violation).as("a 422").isNotNull();
        return violation.unmetRules();
    }
}
