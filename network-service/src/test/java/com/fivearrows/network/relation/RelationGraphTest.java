package com.fivearrows.network.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fivearrows.platform.domain.FieldError;
import com.fivearrows.platform.domain.RuleViolated;
import com.fivearrows.platform.domain.ValidationFailed;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RelationGraphTest {
    static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    static final UUID C = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    static final UUID D = UUID.fromString("00000000-0000-0000-0000-00000000000d");

    static Relation reportsTo(UUID from, UUID to) {
        return new Relation(UUID.randomUUID(), RelationType.REPORTS_TO, from, to, null);
    }

    static Relation influences(UUID from, UUID to, Integer strength) {
        return new Relation(UUID.randomUUID(), RelationType.INFLUENCES, from, to, strength);
    }

    static RelationGraph graphOf(Relation... relations) {
        RelationGraph graph = RelationGraph.EMPTY;
        for (Relation relation : relations) {
            graph.checkCanAdd(relation);
            graph = graph.with(relation);
        }
        return graph;
    }

    static List<String> fieldsRejecting(Relation relation) {
        try {
            RelationGraph.EMPTY.checkCanAdd(relation);
        } catch (ValidationFailed failure) {
            return failure.errors().stream().map(FieldError::field).toList();
        }
        return List.of();
    }

    @Test
    void noOneRelatesToThemself() {
        assertThat(fieldsRejecting(reportsTo(A, A))).containsExactly("toKeyPersonId");
        assertThat(fieldsRejecting(influences(A, A, 3))).containsExactly("toKeyPersonId");
    }

    @Test
    void anInfluenceHasAStrengthFromOneToFive() {
        assertThat(fieldsRejecting(influences(A, B, 1))).isEmpty();
        assertThat(fieldsRejecting(influences(A, B, 5))).isEmpty();
        assertThat(fieldsRejecting(influences(A, B, 0))).containsExactly("strength");
        assertThat(fieldsRejecting(influences(A, B, 6))).containsExactly("strength");
        assertThat(fieldsRejecting(influences(A, B, null))).containsExactly("strength");
    }

    @Test
    void aReportingLineHasNoStrength() {
        assertThat(fieldsRejecting(new Relation(UUID.randomUUID(), RelationType.REPORTS_TO, A, B, 3))).containsExactly("strength");
    }

    @Test
    void aRelationNeedsItsTypeAndBothEnds() {
        assertThat(fieldsRejecting(new Relation(UUID.randomUUID(), null, null, null, null)))
                .containsExactly("fromKeyPersonId", "toKeyPersonId", "type");
    }

    @Test
    void aPersonReportsToOneManagerOnlyAndTheRefusalNamesTheCurrentOne() {
        RelationGraph graph = graphOf(reportsTo(A, B));

        assertThatThrownBy(() -> graph.checkCanAdd(reportsTo(A, C)))
                .isInstanceOfSatisfying(RuleViolated.class, violation -> assertThat(violation.unmetRules())
                        .containsExactly("key person " + A + " already reports to " + B));
    }

    @Test
    void aReportingCycleOfThreeIsRefusedNamingThePersonsInOrder() {
        RelationGraph graph = graphOf(reportsTo(A, B), reportsTo(B, C));

        assertThatThrownBy(() -> graph.checkCanAdd(reportsTo(C, A)))
                .isInstanceOfSatisfying(RuleViolated.class, violation -> assertThat(violation.unmetRules())
                        .containsExactly("reporting lines may not form a cycle: " + C + " → " + A + " → " + B + " → " + C));
    }

    @Test
    void twoPersonsCannotReportToEachOther() {
        RelationGraph graph = graphOf(reportsTo(A, B));

        assertThatThrownBy(() -> graph.checkCanAdd(reportsTo(B, A)))
                .isInstanceOf(RuleViolated.class)
                .hasMessageContaining("cycle: " + B + " → " + A + " → " + B);
    }

    @Test
    void aLongReportingLineWithoutACycleIsAccepted() {
        RelationGraph graph = graphOf(reportsTo(A, B), reportsTo(B, C));

        assertThatCode(() -> graph.checkCanAdd(reportsTo(D, A))).doesNotThrowAnyException();
        assertThat(graph.managerOf(B)).contains(C);
        assertThat(graph.managerOf(C)).isEmpty();
    }

    @Test
    void anOrderedPairHasOneInfluenceButTheReverseDirectionIsAnotherPair() {
        Relation first = influences(A, B, 3);
        RelationGraph graph = graphOf(first);

        assertThatThrownBy(() -> graph.checkCanAdd(influences(A, B, 5)))
                .isInstanceOf(RuleViolated.class)
                .hasMessageContaining("already influences")
                .hasMessageContaining(first.relationId().toString())
                .hasMessageContaining("change its strength instead");
        assertThatCode(() -> graph.checkCanAdd(influences(B, A, 2))).doesNotThrowAnyException();
    }

    @Test
    void aPersonMayBothReportToAndInfluenceTheSamePerson() {
        RelationGraph graph = graphOf(reportsTo(A, B));

        assertThatCode(() -> graph.checkCanAdd(influences(A, B, 4))).doesNotThrowAnyException();
    }

    @Test
    void aRelationIdIsUsedOnce() {
        Relation first = influences(A, B, 3);
        RelationGraph graph = graphOf(first);

        assertThatThrownBy(() -> graph.checkCanAdd(new Relation(first.relationId(), RelationType.INFLUENCES, C, D, 1)))
                .isInstanceOf(RuleViolated.class)
                .hasMessageContaining("already exists");
    }

    @Test
    void aPersonsRelationsAreThoseStartingOrEndingAtIt() {
        Relation ab = reportsTo(A, B);
        Relation cb = influences(C, B, 2);
        Relation bd = reportsTo(B, D);
        Relation cd = influences(C, D, 1);
        RelationGraph graph = graphOf(ab, cb, bd, cd);

        assertThat(graph.relationsOf(B)).containsExactly(ab, cb, bd);
    }

    @Test
    void aRemovedReportingLineFreesThePersonToReportElsewhere() {
        Relation ab = reportsTo(A, B);
        RelationGraph graph = graphOf(ab).without(ab.relationId());

        assertThatCode(() -> graph.checkCanAdd(reportsTo(A, C))).doesNotThrowAnyException();
        assertThat(graph.relations()).isEmpty();
    }
}
