package com.fivearrows.opportunity.tactic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fivearrows.opportunity.tactic.TacticCommand.CreateTactic;
import com.fivearrows.opportunity.tactic.TacticCommand.RetireTactic;
import com.fivearrows.opportunity.tactic.TacticCommand.ReviseTactic;
import com.fivearrows.opportunity.tactic.TacticEvent.TacticCreated;
import com.fivearrows.opportunity.tactic.TacticEvent.TacticRetired;
import com.fivearrows.opportunity.tactic.TacticEvent.TacticRevised;
import com.fivearrows.platform.domain.FieldError;
import com.fivearrows.platform.domain.NotFound;
import com.fivearrows.platform.domain.RuleViolated;
import com.fivearrows.platform.domain.ValidationFailed;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TacticTest {
    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final Instant LATER = Instant.parse("2026-03-09T14:30:00Z");
    static final UUID ID = UUID.fromString("00000000-0000-0000-0000-0000000000e1");
    static final String NAME = "Site visit to a reference plant";
    static final String DESCRIPTION = "Take the evaluator to a running installation before the bid.";

    final Tactic tactic = new Tactic();

    TacticState created() {
        return after(tactic.initialState(), new CreateTactic(ID, "sam.seller", NAME, DESCRIPTION, NOW));
    }

    TacticState after(TacticState state, TacticCommand command) {
        return tactic.fold(state, tactic.decide(command, state));
    }

    List<String> fields(TacticCommand command, TacticState state) {
        return catchThrowableOfType(() -> tactic.decide(command, state), ValidationFailed.class).errors().stream()
                .map(FieldError::field).toList();
    }

    List<String> unmetRules(TacticCommand command, TacticState state) {
        return catchThrowableOfType(() -> tactic.decide(command, state), RuleViolated.class).unmetRules();
    }

    @Test
    void aSellerCreatesATacticOfTheirOwn() {
        assertThat(tactic.decide(new CreateTactic(ID, "sam.seller", NAME, DESCRIPTION, NOW), tactic.initialState()))
                .containsExactly(new TacticCreated(ID, "sam.seller", NAME, DESCRIPTION, NOW));

        TacticState state = created();
        assertThat(state.exists()).isTrue();
        assertThat(state.seller()).isEqualTo("sam.seller");
        assertThat(state.retired()).isFalse();
    }

    @Test
    void aTacticNeedsANameOfAtMost200CharactersAndADescriptionOfAtMost4000() {
        assertThat(fields(new CreateTactic(ID, "sam.seller", " ", "d".repeat(4001), NOW), tactic.initialState()))
                .containsExactly("name", "description");
        assertThat(fields(new CreateTactic(ID, null, "n".repeat(201), null, NOW), tactic.initialState()))
                .containsExactly("seller", "name");
        assertThat(tactic.decide(new CreateTactic(ID, "sam.seller", "n".repeat(200), "d".repeat(4000), NOW),
                tactic.initialState())).hasSize(1);
    }

    @Test
    void aBlankDescriptionIsRecordedAsNoneAndTheNameWithoutSurroundingSpace() {
        assertThat(tactic.decide(new CreateTactic(ID, "sam.seller", "  Reference call ", "  ", NOW), tactic.initialState()))
                .containsExactly(new TacticCreated(ID, "sam.seller", "Reference call", null, NOW));
    }

    @Test
    void aTacticIsCreatedOnce() {
        assertThat(unmetRules(new CreateTactic(ID, "sam.seller", NAME, null, LATER), created()))
                .containsExactly("tactic 00000000-0000-0000-0000-0000000000e1 already exists");
    }

    @Test
    void aRevisionRecordsNameAndDescriptionAsTheyShouldBe() {
        ReviseTactic revise = new ReviseTactic(ID, "Reference plant visit", null, LATER);

        assertThat(tactic.decide(revise, created()))
                .containsExactly(new TacticRevised(ID, "Reference plant visit", null, LATER));
        TacticState revised = after(created(), revise);
        assertThat(revised.name()).isEqualTo("Reference plant visit");
        assertThat(revised.description()).isNull();
        assertThat(revised.revisedAt()).isEqualTo(LATER);
    }

    @Test
    void aRevisionThatChangesNothingRecordsNothing() {
        assertThat(tactic.decide(new ReviseTactic(ID, NAME, DESCRIPTION, LATER), created())).isEmpty();
    }

    @Test
    void aRevisionNeedsAName() {
        assertThat(fields(new ReviseTactic(ID, null, "d".repeat(4001), LATER), created()))
                .containsExactly("name", "description");
    }

    @Test
    void aRetiredTacticIsNeitherRevisedNorRetiredAgain() {
        assertThat(tactic.decide(new RetireTactic(ID, "customers expect it now", LATER), created()))
                .containsExactly(new TacticRetired(ID, "customers expect it now", LATER));
        TacticState retired = after(created(), new RetireTactic(ID, " ", LATER));
        assertThat(retired.retired()).isTrue();
        assertThat(retired.retireReason()).isNull();

        assertThat(unmetRules(new ReviseTactic(ID, "Again", null, LATER), retired))
                .containsExactly("tactic 00000000-0000-0000-0000-0000000000e1 is retired");
        assertThat(unmetRules(new RetireTactic(ID, null, LATER), retired))
                .containsExactly("tactic 00000000-0000-0000-0000-0000000000e1 is retired");
    }

    @Test
    void aRetireReasonIsAtMost1000Characters() {
        assertThat(fields(new RetireTactic(ID, "r".repeat(1001), LATER), created())).containsExactly("reason");
    }

    @Test
    void aTacticNeverCreatedIsNotFound() {
        NotFound notFound = catchThrowableOfType(
                () -> tactic.decide(new ReviseTactic(ID, NAME, null, NOW), tactic.initialState()), NotFound.class);

        assertThat(notFound.kind()).isEqualTo("tactic");
        assertThat(notFound.id()).isEqualTo(ID.toString());
        assertThat(catchThrowableOfType(() -> tactic.decide(new RetireTactic(ID, null, NOW), tactic.initialState()),
                NotFound.class)).isNotNull();
    }

    @Test
    void everyCommandNamesItsTactic() {
        assertThat(fields(new RetireTactic(null, null, NOW), created())).containsExactly("tacticId");
    }

    @Test
    void theStreamIsNamedAfterTheTactic() {
        assertThat(Tactic.streamId(ID)).isEqualTo("tactic:00000000-0000-0000-0000-0000000000e1");
    }
}
