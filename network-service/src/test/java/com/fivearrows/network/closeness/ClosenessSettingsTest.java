package com.fivearrows.network.closeness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fivearrows.network.interaction.InteractionType;
import com.fivearrows.network.interaction.Outcome;
import com.fivearrows.network.keyperson.PriceStance;
import com.fivearrows.network.keyperson.RelationshipLevel;
import com.fivearrows.network.keyperson.SolutionStance;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClosenessSettingsTest {

    @Test
    void defaultsAreTheSpecificationsNumbersAndValid() {
        ClosenessSettings settings = ClosenessSettings.defaults();

        assertThat(settings.problems()).isEmpty();
        assertThat(settings.pointsOf(RelationshipLevel.STRANGER)).isEqualTo(0);
        assertThat(settings.pointsOf(RelationshipLevel.FAMILIAR)).isEqualTo(50);
        assertThat(settings.pointsOf(RelationshipLevel.ALLY)).isEqualTo(100);
        assertThat(settings.pointsOf(SolutionStance.SUPPORTER)).isEqualTo(75);
        assertThat(settings.pointsOf(PriceStance.RESISTANT)).isEqualTo(25);
        assertThat(settings.weightOf(InteractionType.SITE_VISIT)).isEqualTo(6);
        assertThat(settings.weightOf(InteractionType.EXECUTIVE_MEETING)).isEqualTo(8);
        assertThat(settings.weightOf(InteractionType.BID_LOST)).isEqualTo(4);
        assertThat(settings.multiplierOf(Outcome.NEGATIVE)).isEqualTo(-0.5);
        assertThat(settings.halfLife()).isEqualTo(Duration.ofDays(60));
        assertThat(settings.trendWindow()).isEqualTo(Duration.ofDays(30));
        assertThat(settings.compositeRelationshipWeight() + settings.compositeSolutionWeight()
                + settings.compositePriceWeight()).isEqualTo(1.0);
    }

    @Test
    void everyProblemIsListedAtOnceNamingItsProperty() {
        ClosenessSettings settings = ClosenessSettings.builder()
                .compositeWeights(0.4, 0.3, 0.4)
                .halfLife(Duration.ofDays(7))
                .bands(60, 60)
                .outcomeMultiplier(Outcome.NEGATIVE, -1.5)
                .levelPoints(RelationshipLevel.ALLY, 120)
                .typeWeight(InteractionType.EMAIL, -1)
                .relationshipWeights(0.7, 0.4)
                .strategyBands(70, 40)
                .build();

        assertThat(settings.problems()).containsExactlyInAnyOrder(
                "level-points.ALLY must be between 0 and 100, was 120",
                "relationship-level-weight + relationship-activity-weight must sum to 1, were 0.7 + 0.4 = 1.1",
                "half-life must be between 14 days and 3650 days, was 7 days",
                "type-weights.EMAIL must not be negative, was -1",
                "outcome-multipliers.NEGATIVE must be between -1 and 1, was -1.5",
                "composite-relationship-weight + composite-solution-weight + composite-price-weight must sum to 1,"
                        + " were 0.4 + 0.3 + 0.4 = 1.1",
                "fair-from must be below good-from, were 60 and 60",
                "strategy-low-below must be below strategy-high-from, were 70 and 40");
    }

    @Test
    void weightsSummingToOneWithinRoundingAreAccepted() {
        // 0.1 + 0.2 + 0.7 = 0.9999999999999999 in doubles
        assertThat(ClosenessSettings.builder().compositeWeights(0.1, 0.2, 0.7).build().problems()).isEmpty();
    }

    @Test
    void missingMapEntriesAreProblems() {
        ClosenessSettings defaults = ClosenessSettings.defaults();
        ClosenessSettings incomplete = new ClosenessSettings(Map.of(RelationshipLevel.ALLY, 100.0),
                defaults.solutionPoints(), defaults.pricePoints(), 0.6, 0.4, 10, Duration.ofDays(60),
                defaults.typeWeights(), defaults.outcomeMultipliers(), 0.4, 0.3, 0.3, 60, 40, 2, Duration.ofDays(30),
                50, 60, 4, 40, 4, 0.5, 75, 1, 40, 70);

        assertThat(incomplete.problems()).containsExactly(
                "level-points.STRANGER is missing", "level-points.ACQUAINTED is missing",
                "level-points.FAMILIAR is missing", "level-points.TRUSTED is missing");
    }

    @Test
    void thresholdsOutsideTheirRangeAreProblems() {
        ClosenessSettings settings = ClosenessSettings.builder()
                .coverageThreshold(101)
                .blockerInfluence(6)
                .influenceEdgeFactor(1.5)
                .publicationThreshold(0)
                .activitySaturation(0)
                .trend(2, Duration.ZERO)
                .build();

        assertThat(settings.problems()).containsExactlyInAnyOrder(
                "activity-saturation must be positive, was 0",
                "trend-window must be positive, was PT0S",
                "coverage-threshold must be between 0 and 100, was 101",
                "blocker-influence must be between 1 and 5, was 6",
                "influence-edge-factor must be between 0 and 1, was 1.5",
                "publication-threshold must be above 0 and at most 100, was 0");
    }
}
