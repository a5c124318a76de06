package com.fivearrows.network.keyperson.api;

import com.fivearrows.network.keyperson.Assessment;
import com.fivearrows.network.keyperson.DecisionOrientation;
import com.fivearrows.network.keyperson.KeyPersonProfile;
import com.fivearrows.network.keyperson.KeyPersonState;
import com.fivearrows.network.keyperson.Kind;
import com.fivearrows.network.keyperson.PoliticalStatus;
import com.fivearrows.network.keyperson.PriceStance;
import com.fivearrows.network.keyperson.RelationshipLevel;
import com.fivearrows.network.keyperson.Scope;
import com.fivearrows.network.keyperson.Seniority;
import com.fivearrows.network.keyperson.SolutionStance;
import com.fivearrows.platform.eventsourcing.aggregate.Aggregate;
import java.util.List;
import java.util.UUID;

/**
 * A key person as {@code GET /key-persons/{id}} answers it, from its stream: the profile, whether it is active,
 * who registered it, the latest assessment of each dimension (null if never assessed) and the stream version
 * (also the {@code ETag}).
 */
public record KeyPersonView(
        UUID keyPersonId,
        String accountId,
        String name,
        String title,
        String department,
        Seniority seniority,
        Scope scope,
        Kind kind,
        int influence,
        PoliticalStatus politicalStatus,
        DecisionOrientation decisionOrientation,
        String email,
        List<String> externalIds,
        boolean active,
        String registeredBy,
        Assessments assessments,
        long version) {

    /** The latest assessment of each dimension, by {@code assessedAt}. */
    public record Assessments(Assessment<RelationshipLevel> level, Assessment<SolutionStance> solutionStance,
                              Assessment<PriceStance> priceStance) {
    }

    public static KeyPersonView of(Aggregate<KeyPersonState> person) {
        KeyPersonState state = person.state();
        KeyPersonProfile profile = state.profile();
        return new KeyPersonView(state.keyPersonId(), state.accountId(), profile.name(), profile.title(),
                profile.department(), profile.seniority(), profile.scope(), profile.kind(), profile.influence(),
                profile.politicalStatus(), profile.decisionOrientation(), profile.email(), profile.externalIds(),
                state.active(), state.registeredBy(),
                new Assessments(state.level(), state.solutionStance(), state.priceStance()), person.version());
    }
}
