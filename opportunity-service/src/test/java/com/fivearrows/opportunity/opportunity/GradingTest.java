package com.fivearrows.opportunity.opportunity;

import static com.fivearrows.opportunity.opportunity.Fixtures.mapped;
import static org.assertj.core.api.Assertions.assertThat;

import com.fivearrows.opportunity.stage.Stage;
import com.fivearrows.opportunity.stage.StagePlan;
import java.util.List;
import org.junit.jupiter.api.Test;

class GradingTest {
    final StagePlan plan = StagePlan.defaults();

    Grade grade(String stage, double c) {
        return Grading.grade(stage, mapped(c), plan);
    }

    @Test
    void gradeAFromBidWithACompositeOfSeventy() {
        assertThat(grade("BID", 70)).isEqualTo(Grade.A);
        assertThat(grade("NEGOTIATE", 70)).isEqualTo(Grade.A);
        assertThat(grade("BID", 69.99)).isEqualTo(Grade.B);
    }

    @Test
    void aCompositeOfSeventyBeforeBidIsOnlyB() {
        assertThat(grade("SOLUTION", 70)).isEqualTo(Grade.B);
        assertThat(grade("SOLUTION", 100)).isEqualTo(Grade.B);
    }

    @Test
    void gradeBFromSolutionWithACompositeOfFifty() {
        assertThat(grade("SOLUTION", 50)).isEqualTo(Grade.B);
        assertThat(grade("SOLUTION", 49.99)).isEqualTo(Grade.C);
        assertThat(grade("BID", 50)).isEqualTo(Grade.B);
        assertThat(grade("BID", 49.99)).isEqualTo(Grade.C);
    }

    @Test
    void aCompositeOfFiftyBeforeSolutionIsOnlyC() {
        assertThat(grade("QUALIFY", 50)).isEqualTo(Grade.C);
        assertThat(grade("QUALIFY", 0)).isEqualTo(Grade.C);
    }

    @Test
    void beforeQualifyItIsDWhateverTheChain() {
        assertThat(grade("IDENTIFY", 100)).isEqualTo(Grade.D);
    }

    @Test
    void thresholdsForgiveFloatingPointNoise() {
        assertThat(grade("BID", 69.9999999999)).isEqualTo(Grade.A);
        assertThat(grade("SOLUTION", 49.9999999999)).isEqualTo(Grade.B);
        assertThat(grade("BID", 69.999999)).isEqualTo(Grade.B);
    }

    @Test
    void nothingKnownOfTheChainGradesAsACompositeOfZero() {
        assertThat(Grading.grade("NEGOTIATE", ChainFacts.UNKNOWN, plan)).isEqualTo(Grade.C);
    }

    @Test
    void insertedStagesGradeByTheirPlaceAmongTheAnchors() {
        StagePlan custom = StagePlan.of(List.of(new Stage("LEAD", 5), new Stage("QUALIFY", 20),
                new Stage("SOLUTION", 40), new Stage("DEMO", 50), new Stage("BID", 60), new Stage("NEGOTIATE", 80),
                new Stage("CONTRACT", 90)));

        assertThat(Grading.grade("LEAD", mapped(90), custom)).isEqualTo(Grade.D);
        assertThat(Grading.grade("DEMO", mapped(90), custom)).isEqualTo(Grade.B);
        assertThat(Grading.grade("CONTRACT", mapped(70), custom)).isEqualTo(Grade.A);
    }

    @Test
    void theDerivedCategoryFollowsTheGrade() {
        assertThat(Grading.category(Grade.A)).isEqualTo(ForecastCategory.COMMIT);
        assertThat(Grading.category(Grade.B)).isEqualTo(ForecastCategory.BEST_CASE);
        assertThat(Grading.category(Grade.C)).isEqualTo(ForecastCategory.PIPELINE);
        assertThat(Grading.category(Grade.D)).isEqualTo(ForecastCategory.PIPELINE);
    }
}
