package com.fivearrows.network.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fivearrows.network.interaction.InteractionEvent.InteractionRecorded;
import com.fivearrows.network.keyperson.KeyPersonFact;
import com.fivearrows.network.keyperson.Kind;
import com.fivearrows.network.keyperson.StoreRoundTrip;
import com.fivearrows.platform.domain.FieldError;
import com.fivearrows.platform.domain.RuleViolated;
import com.fivearrows.platform.domain.ValidationFailed;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InteractionTest {
    static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    static final UUID ID = UUID.fromString("00000000-0000-0000-0000-0000000000e1");
    static final KeyPersonFact CEO = new KeyPersonFact(UUID.fromString("00000000-0000-0000-0000-00000000000a"), "acme-1", Kind.DECISION_MAKER, true);
    static final KeyPersonFact CIO = new KeyPersonFact(UUID.fromString("00000000-0000-0000-0000-00000000000b"), "acme-1", Kind.APPROVER, true);

    final Interaction interaction = new Interaction();

    static RecordInteraction meeting(List<KeyPersonFact> persons, Instant occurredAt) {
        return new RecordInteraction(ID, persons, "alice", InteractionType.MEETING, occurredAt, Outcome.POSITIVE,
                InteractionSource.SELLER, null, "opp-42", "kick-off", NOW);
    }

    static RecordInteraction record(InteractionType type, InteractionSource source, String externalId, String notes) {
        return new RecordInteraction(ID, List.of(CEO), null, type, NOW, Outcome.NEUTRAL, source, externalId, null, notes, NOW);
    }

    List<String> fieldsRejecting(RecordInteraction command) {
        try {
            interaction.decide(command, interaction.initialState());
        } catch (ValidationFailed failure) {
            return failure.errors().stream().map(FieldError::field).toList();
        }
        return List.of();
    }

    static List<KeyPersonFact> persons(int count) {
        List<KeyPersonFact> persons = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            persons.add(new KeyPersonFact(UUID.randomUUID(), "acme-1", Kind.USER, true));
        }
        return persons;
    }

    @Test
    void aMeetingIsRecordedWithEachPersonOnceAsListed() {
        List<InteractionEvent> events = interaction.decide(meeting(List.of(CIO, CEO, CIO), NOW), interaction.initialState());

        assertThat(events).containsExactly(new InteractionRecorded(ID, List.of(CIO.keyPersonId(), CEO.keyPersonId()),
                "alice", InteractionType.MEETING, NOW, Outcome.POSITIVE, InteractionSource.SELLER, null, "opp-42", "kick-off"));
    }

    @Test
    void anInteractionInvolvesOneToAHundredPersons() {
        assertThat(fieldsRejecting(meeting(List.of(), NOW))).containsExactly("keyPersonIds");
        assertThat(fieldsRejecting(meeting(persons(100), NOW))).isEmpty();
        assertThat(fieldsRejecting(meeting(persons(101), NOW))).containsExactly("keyPersonIds");
    }

    @Test
    void aDeactivatedPersonIsRefusedByName() {
        KeyPersonFact gone = new KeyPersonFact(UUID.randomUUID(), "acme-1", Kind.USER, false);

        assertThatThrownBy(() -> interaction.decide(meeting(List.of(CEO, gone), NOW), interaction.initialState()))
                .isInstanceOfSatisfying(RuleViolated.class, violation -> assertThat(violation.unmetRules())
                        .containsExactly("key person " + gone.keyPersonId() + " is deactivated"));
    }

    @Test
    void anInteractionUpToFiveMinutesAheadIsAcceptedButNotOneSecondMore() {
        Instant fourFiftyNine = NOW.plus(Duration.ofMinutes(4).plusSeconds(59));
        Instant fiveAndOne = NOW.plus(Duration.ofMinutes(5).plusSeconds(1));

        assertThat(fieldsRejecting(meeting(List.of(CEO), fourFiftyNine))).isEmpty();
        assertThat(fieldsRejecting(meeting(List.of(CEO), fiveAndOne))).containsExactly("occurredAt");
    }

    @Test
    void aBackDatedInteractionIsAccepted() {
        Instant lastYear = NOW.minus(Duration.ofDays(365));

        assertThat(interaction.decide(meeting(List.of(CEO), lastYear), interaction.initialState()))
                .extracting(e -> ((InteractionRecorded) e).occurredAt())
                .containsExactly(lastYear);
    }

    @Test
    void bidResultsComeFromBidsOnlyAndBidsReportOnlyResults() {
        assertThat(fieldsRejecting(record(InteractionType.BID_WON, InteractionSource.BID, null, null))).isEmpty();
        assertThat(fieldsRejecting(record(InteractionType.BID_LOST, InteractionSource.BID, "bid-7", null))).isEmpty();
        assertThat(fieldsRejecting(record(InteractionType.BID_WON, InteractionSource.SELLER, null, null))).containsExactly("type");
        assertThat(fieldsRejecting(record(InteractionType.MEETING, InteractionSource.BID, null, null))).containsExactly("type");
    }

    @Test
    void notesHoldUpTo4000Characters() {
        assertThat(fieldsRejecting(record(InteractionType.CALL, InteractionSource.SELLER, null, "n".repeat(4000)))).isEmpty();
        assertThat(fieldsRejecting(record(InteractionType.CALL, InteractionSource.SELLER, null, "n".repeat(4001))))
                .containsExactly("notes");
    }

    @Test
    void marketingAndServicePlatformsMustSendTheirExternalId() {
        assertThat(fieldsRejecting(record(InteractionType.MARKETING_EVENT, InteractionSource.MARKETING, null, null)))
                .containsExactly("externalId");
        assertThat(fieldsRejecting(record(InteractionType.SERVICE_CASE, InteractionSource.SERVICE, " ", null)))
                .containsExactly("externalId");
        assertThat(fieldsRejecting(record(InteractionType.SERVICE_CASE, InteractionSource.SERVICE, "case-9", null))).isEmpty();
    }

    @Test
    void anExternalIdHasAtMost200Characters() {
        assertThat(fieldsRejecting(record(InteractionType.EMAIL, InteractionSource.MARKETING, "x".repeat(200), null))).isEmpty();
        assertThat(fieldsRejecting(record(InteractionType.EMAIL, InteractionSource.MARKETING, "x".repeat(201), null)))
                .containsExactly("externalId");
    }

    @Test
    void everyMissingFieldIsNamed() {
        RecordInteraction empty = new RecordInteraction(null, null, null, null, null, null, null, null, "opp 42", null, NOW);

        assertThat(fieldsRejecting(empty))
                .containsExactly("interactionId", "keyPersonIds", "type", "outcome", "source", "occurredAt", "opportunityId");
    }

    @Test
    void anInteractionIsRecordedOnce() {
        InteractionState recorded = interaction.fold(interaction.initialState(),
                interaction.decide(meeting(List.of(CEO), NOW), interaction.initialState()));

        assertThatThrownBy(() -> interaction.decide(meeting(List.of(CEO), NOW), recorded))
                .isInstanceOfSatisfying(RuleViolated.class, violation -> assertThat(violation.unmetRules())
                        .containsExactly("interaction " + ID + " was already recorded"));
    }

    @Test
    void everyCopyOfAPushedInteractionLandsInTheSameStreamAndAnotherSourceInAnother() {
        String fromMarketing = Interaction.streamIdFor(InteractionSource.MARKETING, "evt-881");

        assertThat(Interaction.streamIdFor(InteractionSource.MARKETING, "evt-881")).isEqualTo(fromMarketing);
        assertThat(Interaction.streamIdFor(InteractionSource.SERVICE, "evt-881")).isNotEqualTo(fromMarketing);
        assertThat(Interaction.streamIdFor(InteractionSource.MARKETING, "evt-882")).isNotEqualTo(fromMarketing);
        assertThat(fromMarketing).isEqualTo("interaction:" + UUID.nameUUIDFromBytes("MARKETING|evt-881".getBytes(StandardCharsets.UTF_8)));
        assertThat(Interaction.streamId(Interaction.idFor(InteractionSource.MARKETING, "evt-881"))).isEqualTo(fromMarketing);
    }

    @Test
    void everyEventReadsBackFromTheStoreAsWritten() {
        List<InteractionEvent> events = List.of(
                new InteractionRecorded(ID, List.of(CEO.keyPersonId(), CIO.keyPersonId()), "alice", InteractionType.DEMO,
                        NOW, Outcome.NEGATIVE, InteractionSource.SELLER, null, "opp-42", "went badly"),
                new InteractionRecorded(ID, List.of(CEO.keyPersonId()), null, InteractionType.MARKETING_EVENT, NOW,
                        Outcome.NEUTRAL, InteractionSource.MARKETING, "evt-881", null, null));

        assertThat(StoreRoundTrip.roundTrip(Interaction.eventTypes(), events)).isEqualTo(events);
    }
}
