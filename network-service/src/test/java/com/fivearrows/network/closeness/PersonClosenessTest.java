package com.fivearrows.network.closeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fivearrows.network.interaction.InteractionType;
import com.fivearrows.network.interaction.Outcome;
import com.fivearrows.network.keyperson.PriceStance;
import com.fivearrows.network.keyperson.RelationshipLevel;
import com.fivearrows.network.keyperson.SolutionStance;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PersonClosenessTest {
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final ClosenessSettings SETTINGS = ClosenessSettings.defaults();
    private static final DecayScale SCALE = new DecayScale(Duration.ofDays(60));
    private static final UUID PERSON = UUID.fromString("00000000-0000-0000-0000-000000000001");

    @Test
    void familiarWithOnePositiveMeetingTodayHasR43() {
        // A = 4, I = 100 × (1 − e^(−0.4)) = 32.9679954; R = 0.6 × 50 + 0.4 × 32.9679954 = 30 + 13.1871982 = 43.1871982
        PersonScores scores = PersonCloseness.compute(new PersonInputs(PERSON, RelationshipLevel.FAMILIAR, null, null,
                List.of(ActivityScoreTest.total(InteractionType.MEETING, Outcome.POSITIVE, NOW)), SETTINGS), NOW, SETTINGS, SCALE);

        assertThat(scores.r()).isCloseTo(43.1871982, within(1e-6));
        ScoreExplanation r = scores.explanation().get(0);
        assertThat(r.score()).isEqualTo("R");
        assertThat(r.terms()).extracting(ScoreTerm::input).containsExactly("L", "I");
        assertThat(r.terms().get(0).contribution()).isCloseTo(30.0, within(1e-9));
        assertThat(r.terms().get(1).contribution()).isCloseTo(13.1871982, within(1e-6));
        assertThat(r.formula()).isEqualTo("R = 0.6 × L(50 FAMILIAR) + 0.4 × I(32.968 from A = 4) = 30 + 13.187 = 43.187");
    }

    @Test
    void aNegativeInteractionLowersR() {
        // FAMILIAR with a positive MEETING: R = 43.1871982 (above);
        // with a negative one instead: A = −2, I = 0, R = 0.6 × 50 = 30
        PersonScores negative = PersonCloseness.compute(new PersonInputs(PERSON, RelationshipLevel.FAMILIAR, null, null,
                List.of(ActivityScoreTest.total(InteractionType.MEETING, Outcome.NEGATIVE, NOW)), SETTINGS), NOW, SETTINGS, SCALE);

        assertThat(negative.r()).isCloseTo(30.0, within(1e-9));
    }

    @Test
    void unassessedStancesScoreZeroAndAreFlagged() {
        PersonScores scores = PersonCloseness.compute(
                new PersonInputs(PERSON, null, null, null, 0, List.of()), NOW, SETTINGS, SCALE);

        assertThat(scores.r()).isZero();
        assertThat(scores.s()).isZero();
        assertThat(scores.p()).isZero();
        assertThat(scores.c()).isZero();
        assertThat(scores.band()).isEqualTo(Band.POOR);
        assertThat(scores.levelAssessed()).isFalse();
        assertThat(scores.solutionAssessed()).isFalse();
        assertThat(scores.priceAssessed()).isFalse();
        assertThat(scores.explanation().get(1).formula()).isEqualTo("S = 0 (unassessed)");
        assertThat(scores.explanation().get(2).formula()).isEqualTo("P = 0 (unassessed)");
    }

    @Test
    void compositeWeighsRelationshipSolutionAndPrice() {
        // TRUSTED, no activity: R = 0.6 × 75 = 45; SUPPORTER: S = 75; NEGOTIABLE: P = 50
        // C = 0.4 × 45 + 0.3 × 75 + 0.3 × 50 = 18 + 22.5 + 15 = 55.5 → FAIR
        PersonScores scores = PersonCloseness.compute(new PersonInputs(PERSON, RelationshipLevel.TRUSTED,
                SolutionStance.SUPPORTER, PriceStance.NEGOTIABLE, 0, List.of()), NOW, SETTINGS, SCALE);

        assertThat(scores.r()).isCloseTo(45.0, within(1e-9));
        assertThat(scores.s()).isEqualTo(75.0);
        assertThat(scores.p()).isEqualTo(50.0);
        assertThat(scores.c()).isCloseTo(55.5, within(1e-9));
        assertThat(scores.band()).isEqualTo(Band.FAIR);
        assertThat(scores.solutionAssessed()).isTrue();
        assertThat(scores.priceAssessed()).isTrue();
        ScoreExplanation c = scores.explanation().get(3);
        assertThat(c.terms().get(0).contribution()).isCloseTo(18.0, within(1e-9));
        assertThat(c.terms().get(1).contribution()).isCloseTo(22.5, within(1e-9));
        assertThat(c.terms().get(2).contribution()).isCloseTo(15.0, within(1e-9));
        assertThat(c.formula()).isEqualTo("C = 0.4 × R(45) + 0.3 × S(75) + 0.3 × P(50) = 18 + 22.5 + 15 = 55.5");
        assertThat(scores.explanation().get(1).formula()).isEqualTo("S = 75 (SUPPORTER)");
    }

    @Test
    void configuredPointsAndWeightsAreUsed() {
        // ALLY at 90 and composite 0.5/0.25/0.25: R = 0.6 × 90 = 54; C = 0.5 × 54 + 0.25 × 100 + 0.25 × 0 = 52
        ClosenessSettings tuned = SETTINGS.toBuilder().levelPoints(RelationshipLevel.ALLY, 90)
                .compositeWeights(0.5, 0.25, 0.25).build();

        PersonScores scores = PersonCloseness.compute(new PersonInputs(PERSON, RelationshipLevel.ALLY,
                SolutionStance.CHAMPION, PriceStance.REJECTS, 0, List.of()), NOW, tuned, SCALE);

        assertThat(scores.r()).isCloseTo(54.0, within(1e-9));
        assertThat(scores.c()).isCloseTo(52.0, within(1e-9));
    }

    @Test
    void theScoresWithoutExplanationAreTheSameToTheLastBit() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            List<ActivityTotal> activity = new ArrayList<>();
            for (InteractionType type : InteractionType.values()) {
                if (random.nextBoolean()) {
                    activity.add(new ActivityTotal(type, Outcome.values()[random.nextInt(3)],
                            1 + random.nextInt(9), SCALE.factor(NOW.minus(Duration.ofDays(random.nextInt(400))))));
                }
            }
            PersonInputs inputs = new PersonInputs(PERSON,
                    random.nextBoolean() ? null : RelationshipLevel.values()[random.nextInt(5)],
                    random.nextBoolean() ? null : SolutionStance.values()[random.nextInt(5)],
                    random.nextBoolean() ? null : PriceStance.values()[random.nextInt(5)],
                    activity, SETTINGS);

            PersonScores explained = PersonCloseness.compute(inputs, NOW, SETTINGS, SCALE);
            PersonScores lean = PersonCloseness.scores(inputs, NOW, SETTINGS, SCALE);

            assertThat(new double[] {lean.r(), lean.s(), lean.p(), lean.c()})
                    .containsExactly(explained.r(), explained.s(), explained.p(), explained.c());
            assertThat(lean.band()).isEqualTo(explained.band());
            assertThat(lean.explanation()).isEmpty();
        }
    }
}
