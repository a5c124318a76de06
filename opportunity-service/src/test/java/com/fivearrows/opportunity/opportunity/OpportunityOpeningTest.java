package com.fivearrows.opportunity.opportunity;

import static com.fivearrows.opportunity.opportunity.Fixtures.ACCOUNT;
import static com.fivearrows.opportunity.opportunity.Fixtures.AMOUNT;
import static com.fivearrows.opportunity.opportunity.Fixtures.CLOSE;
import static com.fivearrows.opportunity.opportunity.Fixtures.ID;
import static com.fivearrows.opportunity.opportunity.Fixtures.NOW;
import static com.fivearrows.opportunity.opportunity.Fixtures.OPPORTUNITY;
import static com.fivearrows.opportunity.opportunity.Fixtures.TODAY;
import static com.fivearrows.opportunity.opportunity.Fixtures.fieldErrors;
import static com.fivearrows.opportunity.opportunity.Fixtures.fields;
import static com.fivearrows.opportunity.opportunity.Fixtures.mapped;
import static com.fivearrows.opportunity.opportunity.Fixtures.opened;
import static com.fivearrows.opportunity.opportunity.Fixtures.unmetRules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fivearrows.opportunity.opportunity.OpportunityCommand.Abandon;
import com.fivearrows.opportunity.opportunity.OpportunityCommand.AdvanceStage;
import com.fivearrows.opportunity.opportunity.OpportunityCommand.ApplyChainFacts;
import com.fivearrows.opportunity.opportunity.OpportunityCommand.ChangeAmount;
import com.fivearrows.opportunity.opportunity.OpportunityCommand.CloseWon;
import com.fivearrows.opportunity.opportunity.OpportunityCommand.CompleteWinStep;
import com.fivearrows.opportunity.opportunity.OpportunityCommand.OpenOpportunity;
import com.fivearrows.opportunity.opportunity.OpportunityEvent.ForecastCategoryChanged;
import com.fivearrows.opportunity.opportunity.OpportunityEvent.OpportunityGraded;
import com.fivearrows.opportunity.opportunity.OpportunityEvent.OpportunityOpened;
import com.fivearrows.opportunity.stage.Stage;
import com.fivearrows.opportunity.stage.StagePlan;
import com.fivearrows.platform.domain.FieldError;
import com.fivearrows.platform.domain.NotFound;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpportunityOpeningTest {

    static OpenOpportunity opening(String name, List<String> team, Money amount, LocalDate close, String source) {
        return new OpenOpportunity(ID, ACCOUNT, name, "alice", team, amount, close, source, true, NOW);
    }

    static List<OpportunityEvent> decide(OpportunityCommand command) {
        return OPPORTUNITY.decide(command, OPPORTUNITY.initialState());
    }

    @Test
    void anOpportunityOpensInTheFirstStageGradedDAndCountedInThePipeline() {
        List<OpportunityEvent> events = decide(Fixtures.open());

        assertThat(events).containsExactly(
                new OpportunityOpened(ID, ACCOUNT, "ERP rollout", "alice", List.of("bob"), "IDENTIFY", AMOUNT, CLOSE,
                        "INCUBATION", NOW),
                new OpportunityGraded(ID, ACCOUNT, Grade.D, null, "IDENTIFY", null, NOW),
                new ForecastCategoryChanged(ID, ACCOUNT, ForecastCategory.PIPELINE, null, false, null, null, NOW));
        OpportunityState state = OPPORTUNITY.rebuild(events);
        assertThat(state.exists()).isTrue();
        assertThat(state.closed()).isFalse();
        assertThat(state.outcome()).isNull();
        assertThat(state.stage()).isEqualTo("IDENTIFY");
        assertThat(state.grade()).isEqualTo(Grade.D);
        assertThat(state.category()).isEqualTo(ForecastCategory.PIPELINE);
        assertThat(state.categoryOverridden()).isFalse();
        assertThat(state.lastEventAt()).isEqualTo(NOW);
    }

    @Test
    void aCustomPlanOpensInItsOwnFirstStage() {
        Opportunity custom = new Opportunity(StagePlan.of(List.of(new Stage("LEAD", 5), new Stage("QUALIFY", 20),
                new Stage("SOLUTION", 40), new Stage("BID", 60), new Stage("NEGOTIATE", 80))));

        List<OpportunityEvent> events = custom.decide(Fixtures.open(), custom.initialState());

        assertThat(((OpportunityOpened) events.get(0)).stage()).isEqualTo("LEAD");
        assertThat(custom.rebuild(events).grade()).isEqualTo(Grade.D);
    }

    @Test
    void openingNamesEveryBadFieldAtOnce() {
        OpenOpportunity bad = new OpenOpportunity(ID, "acme 1", " ", "", List.of("bob", " ", "bob"),
                Money.of("-1", "eur"), TODAY.minusDays(1), "x".repeat(101), true, NOW);

        assertThat(fields(() -> decide(bad))).containsExactly("accountId", "name", "owner", "team[1]", "team[2]",
                "amount.value", "amount.currency", "expectedCloseDate", "source");
    }

    @Test
    void aNegativeAmountIsRefused() {
        assertThat(fieldErrors(() -> decide(opening("ERP rollout", null, Money.of("-0.01", "EUR"), CLOSE, null))))
                .containsExactly(new FieldError("amount.value", "must not be negative"));
    }

    @Test
    void anAmountOfZeroMayOpenAnOpportunity() {
        List<OpportunityEvent> events = decide(opening("ERP rollout", null, Money.of("0", "EUR"), CLOSE, null));

        assertThat(((OpportunityOpened) events.get(0)).amount()).isEqualTo(Money.of("0", "EUR"));
    }

    @Test
    void anAmountHasAtMostFifteenIntegerAndFourFractionDigits() {
        assertThat(decide(opening("ERP rollout", null, Money.of("999999999999999.9999", "EUR"), CLOSE, null))).hasSize(3);
        assertThat(fieldErrors(() -> decide(opening("ERP rollout", null, Money.of("1.23456", "EUR"), CLOSE, null))))
                .containsExactly(new FieldError("amount.value", "must have at most 15 integer and 4 fraction digits"));
        assertThat(fields(() -> decide(opening("ERP rollout", null, Money.of("1000000000000000", "EUR"), CLOSE, null))))
                .containsExactly("amount.value");
    }

    @Test
    void theCurrencyIsThreeCapitalLetters() {
        assertThat(fieldErrors(() -> decide(opening("ERP rollout", null, Money.of("10", "EURO"), CLOSE, null))))
                .containsExactly(new FieldError("amount.currency", "must be an ISO 4217 code of three capital letters"));
        assertThat(fields(() -> decide(opening("ERP rollout", null, Money.of("10", "eur"), CLOSE, null))))
                .containsExactly("amount.currency");
    }

    @Test
    void anAmountIsRequired() {
        assertThat(fieldErrors(() -> decide(opening("ERP rollout", null, null, CLOSE, null))))
                .containsExactly(new FieldError("amount", "is required"));
    }

    @Test
    void theCloseDateMayBeTodayButNotInThePast() {
        assertThat(decide(opening("ERP rollout", null, AMOUNT, TODAY, null))).hasSize(3);
        assertThat(fieldErrors(() -> decide(opening("ERP rollout", null, AMOUNT, TODAY.minusDays(1), null))))
                .containsExactly(new FieldError("expectedCloseDate", "must not be before today, 2026-03-02 (UTC)"));
    }

    @Test
    void todayIsTheDateInUtc() {
        // 23:30 UTC on 1 March is already 2 March in Shanghai; the close date 1 March is still today in UTC
        Instant lateEvening = Instant.parse("2026-03-01T23:30:00Z");
        OpenOpportunity opening = new OpenOpportunity(ID, ACCOUNT, "ERP rollout", "alice", null, AMOUNT,
                LocalDate.parse("2026-03-01"), null, true, lateEvening);

        assertThat(decide(opening)).hasSize(3);
    }

    @Test
    void theCloseDateMayBeUnknown() {
        List<OpportunityEvent> events = decide(opening("ERP rollout", null, AMOUNT, null, null));

        assertThat(((OpportunityOpened) events.get(0)).expectedCloseDate()).isNull();
    }

    @Test
    void aNameHasOneToTwoHundredCharacters() {
        assertThat(decide(opening("n".repeat(200), null, AMOUNT, CLOSE, null))).hasSize(3);
        assertThat(fieldErrors(() -> decide(opening("n".repeat(201), null, AMOUNT, CLOSE, null))))
                .containsExactly(new FieldError("name", "must be at most 200 characters"));
        assertThat(fieldErrors(() -> decide(opening("  ", null, AMOUNT, CLOSE, null))))
                .containsExactly(new FieldError("name", "is required"));
    }

    @Test
    void aTeamHasAtMostFiftySellersEachOnce() {
        List<String> fifty = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            fifty.add("seller-" + i);
        }
        List<String> fiftyOne = new ArrayList<>(fifty);
        fiftyOne.add("seller-50");

        assertThat(decide(opening("ERP rollout", fifty, AMOUNT, CLOSE, null))).hasSize(3);
        assertThat(fieldErrors(() -> decide(opening("ERP rollout", fiftyOne, AMOUNT, CLOSE, null))))
                .containsExactly(new FieldError("team", "must name at most 50 sellers"));
        assertThat(fieldErrors(() -> decide(opening("ERP rollout", List.of("bob", "carol", "bob"), AMOUNT, CLOSE, null))))
                .containsExactly(new FieldError("team[2]", "repeats bob"));
    }

    @Test
    void withoutATeamItOpensWithAnEmptyOne() {
        List<OpportunityEvent> events = decide(opening("ERP rollout", null, AMOUNT, CLOSE, null));

        assertThat(((OpportunityOpened) events.get(0)).team()).isEmpty();
    }

    @Test
    void aBlankSourceIsRecordedAsNone() {
        List<OpportunityEvent> events = decide(opening("ERP rollout", null, AMOUNT, CLOSE, " "));

        assertThat(((OpportunityOpened) events.get(0)).source()).isNull();
    }

    @Test
    void anAccountNotYetKnownToAccountServiceDoesNotStopTheOpening() {
        OpenOpportunity opening = new OpenOpportunity(ID, ACCOUNT, "ERP rollout", "alice", null, AMOUNT, CLOSE, null,
                false, NOW);

        assertThat(decide(opening)).hasSize(3);
    }

    @Test
    void anOpportunityIdIsOneToSixtyFourLettersDigitsOrPunctuation() {
        OpenOpportunity spaced = new OpenOpportunity("opp 1", ACCOUNT, "ERP rollout", "alice", null, AMOUNT, CLOSE,
                null, true, NOW);

        assertThat(fieldErrors(() -> decide(spaced))).containsExactly(
                new FieldError("opportunityId", "must be 1 to 64 letters, digits, '.', '_', ':' or '-'"));
        assertThat(fields(() -> OPPORTUNITY.decide(new ChangeAmount("x".repeat(65), AMOUNT, NOW), opened())))
                .containsExactly("opportunityId");
    }

    @Test
    void anOpportunityOpensOnlyOnce() {
        assertThat(unmetRules(() -> OPPORTUNITY.decide(Fixtures.open(), opened())))
                .containsExactly("the opportunity is already open");
    }

    @Test
    void everyCommandForAnOpportunityNeverOpenedIsNotFound() {
        List<OpportunityCommand> commands = List.of(
                new ChangeAmount(ID, AMOUNT, NOW),
                new AdvanceStage(ID, "QUALIFY", null, true, NOW),
                new CompleteWinStep(ID, WinStep.QUALIFY_OPPORTUNITY, "budget confirmed", "alice", NOW),
                new CloseWon(ID, null, NOW),
                new Abandon(ID, "customer stopped the project", NOW),
                new ApplyChainFacts(ID, mapped(50), NOW));

        for (OpportunityCommand command : commands) {
            assertThatThrownBy(() -> OPPORTUNITY.decide(command, OPPORTUNITY.initialState()))
                    .as(command.getClass().getSimpleName())
                    .isInstanceOfSatisfying(NotFound.class, notFound -> {
                        assertThat(notFound.kind()).isEqualTo("opportunity");
                        assertThat(notFound.id()).isEqualTo(ID);
                    });
        }
    }
}
