package com.fivearrows.network.keyperson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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
import com.fivearrows.platform.domain.FieldError;
import com.fivearrows.platform.domain.NotFound;
import com.fivearrows.platform.domain.RuleViolated;
import com.fivearrows.platform.domain.ValidationFailed;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class KeyPersonTest {
    static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    static final UUID ID = UUID.fromString("00000000-0000-0000-0000-00000000000a");

    final KeyPerson keyPerson = new KeyPerson();

    static KeyPersonProfile profile(Kind kind, int influence) {
        return new KeyPersonProfile("Li Wei", "CIO", "IT", Seniority.EXECUTIVE, Scope.COMPANY, kind, influence,
                PoliticalStatus.INNER_CIRCLE, DecisionOrientation.TECHNICAL, "li.wei@acme.example", List.of("crm-17"));
    }

    KeyPersonState registered() {
        return keyPerson.fold(keyPerson.initialState(),
                keyPerson.decide(new RegisterKeyPerson(ID, "acme-1", profile(Kind.DECISION_MAKER, 0), "alice"), keyPerson.initialState()));
    }

    KeyPersonState after(KeyPersonState state, KeyPersonCommand command) {
        return keyPerson.fold(state, keyPerson.decide(command, state));
    }

    static AssessKeyPerson assess(RelationshipLevel level, SolutionStance solution, PriceStance price, Instant at) {
        return new AssessKeyPerson(ID, level, solution, price, at, "after the workshop", "bob", NOW);
    }

    static List<String> fields(ValidationFailed failure) {
        return failure.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void registrationWithoutInfluenceTakesTheKindsDefault() {
        List<KeyPersonEvent> events = keyPerson.decide(
                new RegisterKeyPerson(ID, "acme-1", profile(Kind.APPROVER, 0), "alice"), keyPerson.initialState());

        assertThat(events).containsExactly(
                new KeyPersonRegistered(ID, "acme-1", profile(Kind.APPROVER, 4), "alice"));
    }

    @Test
    void registrationKeepsAnInfluenceGivenExplicitly() {
        KeyPersonState state = after(keyPerson.initialState(),
                new RegisterKeyPerson(ID, "acme-1", profile(Kind.COACH, 3), "alice"));

        assertThat(state.profile().influence()).isEqualTo(3);
        assertThat(state.active()).isTrue();
        assertThat(state.registeredBy()).isEqualTo("alice");
        assertThat(state.fact()).isEqualTo(new KeyPersonFact(ID, "acme-1", Kind.COACH, true));
    }

    @Test
    void registrationNamesEveryInvalidField() {
        KeyPersonProfile bad = new KeyPersonProfile(" ", null, null, null, Scope.COMPANY, Kind.USER, 7, null, null,
                "not-an-address", List.of("crm-1", "mkt-2", "x".repeat(101)));

        ValidationFailed failure = catchThrowableOfType(ValidationFailed.class,
                () -> keyPerson.decide(new RegisterKeyPerson(ID, "acme 1", bad, "alice"), keyPerson.initialState()));

        assertThat(fields(failure)).containsExactly("accountId", "name", "seniority", "influence", "email", "externalIds[2]");
    }

    @Test
    void aNameMayHaveTwoHundredCharactersButNotMore() {
        KeyPersonProfile longest = new KeyPersonProfile("n".repeat(200), null, null, Seniority.STAFF, Scope.OPPORTUNITY,
                Kind.USER, 0, null, null, null, List.of());
        KeyPersonProfile tooLong = new KeyPersonProfile("n".repeat(201), null, null, Seniority.STAFF, Scope.OPPORTUNITY,
                Kind.USER, 0, null, null, null, List.of());

        assertThat(keyPerson.decide(new RegisterKeyPerson(ID, "acme-1", longest, "alice"), keyPerson.initialState())).hasSize(1);
        assertThatThrownBy(() -> keyPerson.decide(new RegisterKeyPerson(ID, "acme-1", tooLong, "alice"), keyPerson.initialState()))
                .isInstanceOfSatisfying(ValidationFailed.class, f -> assertThat(fields(f)).containsExactly("name"));
    }

    @Test
    void aPersonHasAtMostTwentyExternalIds() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            ids.add("crm-" + i);
        }
        KeyPersonProfile tooMany = new KeyPersonProfile("Li Wei", null, null, Seniority.STAFF, Scope.COMPANY, Kind.USER,
                0, null, null, null, ids);

        assertThatThrownBy(() -> keyPerson.decide(new RegisterKeyPerson(ID, "acme-1", tooMany, "alice"), keyPerson.initialState()))
                .isInstanceOfSatisfying(ValidationFailed.class, f -> assertThat(fields(f)).containsExactly("externalIds"));
    }

    @Test
    void aPersonIsRegisteredOnce() {
        assertThatThrownBy(() -> keyPerson.decide(
                new RegisterKeyPerson(ID, "acme-1", profile(Kind.USER, 0), "alice"), registered()))
                .isInstanceOf(RuleViolated.class)
                .hasMessageContaining("already registered");
    }

    @Test
    void anyCommandOnAPersonNeverRegisteredIsNotFound() {
        List<KeyPersonCommand> commands = List.of(
                new UpdateKeyPerson(ID, profile(Kind.USER, 0)),
                new DeactivateKeyPerson(ID, "left the company"),
                assess(RelationshipLevel.FAMILIAR, null, null, NOW));

        for (KeyPersonCommand command : commands) {
            assertThatThrownBy(() -> keyPerson.decide(command, keyPerson.initialState()))
                    .isInstanceOfSatisfying(NotFound.class, notFound -> {
                        assertThat(notFound.kind()).isEqualTo("key person");
                        assertThat(notFound.id()).isEqualTo(ID.toString());
                    });
        }
    }

    @Test
    void anUpdateReplacesTheWholeProfileAndResolvesTheNewKindsDefault() {
        KeyPersonProfile changed = new KeyPersonProfile("Li Wei", "CTO", null, Seniority.EXECUTIVE, Scope.COMPANY,
                Kind.EVALUATOR, 0, null, null, null, List.of());

        List<KeyPersonEvent> events = keyPerson.decide(new UpdateKeyPerson(ID, changed), registered());

        KeyPersonProfile expected = new KeyPersonProfile("Li Wei", "CTO", null, Seniority.EXECUTIVE, Scope.COMPANY,
                Kind.EVALUATOR, 3, null, null, null, List.of());
        assertThat(events).containsExactly(new KeyPersonUpdated(ID, expected));
        assertThat(keyPerson.fold(registered(), events).profile()).isEqualTo(expected);
    }

    @Test
    void aBlankReasonOrNoteIsRecordedAsNone() {
        assertThat(keyPerson.decide(new DeactivateKeyPerson(ID, "  "), registered()))
                .containsExactly(new KeyPersonDeactivated(ID, null));
        assertThat(keyPerson.decide(new AssessKeyPerson(ID, RelationshipLevel.ALLY, null, null, NOW, "", "bob", NOW), registered()))
                .extracting(event -> ((RelationshipLevelAssessed) event).note())
                .containsExactly((String) null);
    }

    @Test
    void deactivationMakesThePersonInactiveForOtherDeciders() {
        KeyPersonState state = after(registered(), new DeactivateKeyPerson(ID, "left the company"));

        assertThat(state.active()).isFalse();
        assertThat(KeyPerson.factOf(ID, state)).isEqualTo(new KeyPersonFact(ID, "acme-1", Kind.DECISION_MAKER, false));
    }

    @Test
    void aDeactivatedPersonIsNeitherUpdatedNorAssessedNorDeactivatedAgain() {
        KeyPersonState deactivated = after(registered(), new DeactivateKeyPerson(ID, null));

        assertThatThrownBy(() -> keyPerson.decide(new UpdateKeyPerson(ID, profile(Kind.USER, 0)), deactivated))
                .isInstanceOf(RuleViolated.class).hasMessageContaining("is deactivated");
        assertThatThrownBy(() -> keyPerson.decide(assess(RelationshipLevel.ALLY, null, null, NOW), deactivated))
                .isInstanceOf(RuleViolated.class).hasMessageContaining("is deactivated");
        assertThatThrownBy(() -> keyPerson.decide(new DeactivateKeyPerson(ID, null), deactivated))
                .isInstanceOf(RuleViolated.class).hasMessageContaining("already deactivated");
    }

    @Test
    void assessingThreeDimensionsRecordsOneEventForEach() {
        Instant at = NOW.minus(Duration.ofDays(2));

        List<KeyPersonEvent> events = keyPerson.decide(
                assess(RelationshipLevel.TRUSTED, SolutionStance.SUPPORTER, PriceStance.NEGOTIABLE, at), registered());

        assertThat(events).containsExactly(
                new RelationshipLevelAssessed(ID, RelationshipLevel.TRUSTED, at, "bob", "after the workshop"),
                new SolutionStanceAssessed(ID, SolutionStance.SUPPORTER, at, "bob", "after the workshop"),
                new PriceStanceAssessed(ID, PriceStance.NEGOTIABLE, at, "bob", "after the workshop"));
    }

    @Test
    void assessingOnlyThePriceStanceLeavesTheOtherDimensionsUnassessed() {
        KeyPersonState state = after(registered(), assess(null, null, PriceStance.ACCEPTS, NOW));

        assertThat(state.priceStance().value()).isEqualTo(PriceStance.ACCEPTS);
        assertThat(state.level()).isNull();
        assertThat(state.solutionStance()).isNull();
    }

    @Test
    void anAssessmentOfNothingIsRejected() {
        assertThatThrownBy(() -> keyPerson.decide(assess(null, null, null, NOW), registered()))
                .isInstanceOfSatisfying(ValidationFailed.class, f -> assertThat(fields(f)).containsExactly("level"));
    }

    @Test
    void anAssessmentWithoutATimeIsDatedNow() {
        KeyPersonState state = after(registered(), assess(RelationshipLevel.FAMILIAR, null, null, null));

        assertThat(state.level().assessedAt()).isEqualTo(NOW);
    }

    @Test
    void anAssessmentFiveMinutesAheadIsAcceptedButOneSecondMoreIsRejected() {
        Instant limit = NOW.plus(Duration.ofMinutes(5));

        assertThat(keyPerson.decide(assess(RelationshipLevel.FAMILIAR, null, null, limit), registered())).hasSize(1);
        assertThatThrownBy(() -> keyPerson.decide(assess(RelationshipLevel.FAMILIAR, null, null, limit.plusSeconds(1)), registered()))
                .isInstanceOfSatisfying(ValidationFailed.class, f -> assertThat(fields(f)).containsExactly("assessedAt"));
    }

    @Test
    void aBackDatedAssessmentDoesNotReplaceALaterOne() {
        KeyPersonState state = after(registered(), assess(null, SolutionStance.CHAMPION, null, NOW.minus(Duration.ofDays(1))));
        state = after(state, assess(null, SolutionStance.OPPONENT, null, NOW.minus(Duration.ofDays(30))));

        assertThat(state.solutionStance().value()).isEqualTo(SolutionStance.CHAMPION);
    }

    @Test
    void ofTwoAssessmentsAtTheSameInstantTheLaterRecordedCounts() {
        KeyPersonState state = after(registered(), assess(RelationshipLevel.STRANGER, null, null, NOW));
        state = after(state, assess(RelationshipLevel.ALLY, null, null, NOW));

        assertThat(state.level().value()).isEqualTo(RelationshipLevel.ALLY);
    }

    @Test
    void aPersonNeverRegisteredHasNoFactsButANotFound() {
        assertThatThrownBy(() -> KeyPerson.factOf(ID, KeyPersonState.NONE))
                .isInstanceOfSatisfying(NotFound.class, notFound -> assertThat(notFound.id()).isEqualTo(ID.toString()));
    }

    @Test
    void theStreamIdIsPrefixedWithTheAggregateKind() {
        assertThat(KeyPerson.streamId(ID)).isEqualTo("key-person:00000000-0000-0000-0000-00000000000a");
    }

    @Test
    void everyEventReadsBackFromTheStoreAsWritten() {
        List<KeyPersonEvent> events = List.of(
                new KeyPersonRegistered(ID, "acme-1", profile(Kind.DECISION_MAKER, 5), "alice"),
                new KeyPersonUpdated(ID, profile(Kind.COACH, 1)),
                new KeyPersonDeactivated(ID, "left"),
                new RelationshipLevelAssessed(ID, RelationshipLevel.ALLY, NOW, "bob", null),
                new SolutionStanceAssessed(ID, SolutionStance.SKEPTIC, NOW, "bob", "note"),
                new PriceStanceAssessed(ID, PriceStance.REJECTS, NOW, "bob", "note"));

        assertThat(StoreRoundTrip.roundTrip(KeyPerson.eventTypes(), events)).isEqualTo(events);
    }
}
