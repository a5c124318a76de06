package com.fivearrows.network.relation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fivearrows.network.keyperson.Kind;
import com.fivearrows.network.relation.OrgChart.Influence;
import com.fivearrows.network.relation.OrgChart.Node;
import com.fivearrows.network.relation.OrgChart.Person;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrgChartTest {
    static final Person CEO = person("a", "Zhang Min", Kind.DECISION_MAKER);
    static final Person CFO = person("b", "Wang Fang", Kind.APPROVER);
    static final Person CIO = person("c", "Chen Jie", Kind.EVALUATOR);
    static final Person ARCHITECT = person("d", "Liu Yang", Kind.USER);
    static final Person CONSULTANT = person("e", "Huang Lei", Kind.COACH);

    static Person person(String idSuffix, String name, Kind kind) {
        return new Person(UUID.fromString("00000000-0000-0000-0000-00000000000" + idSuffix), name, "title", kind, true);
    }

    static Relation reports(Person from, Person to) {
        return new Relation(UUID.randomUUID(), RelationType.REPORTS_TO, from.keyPersonId(), to.keyPersonId(), null);
    }

    static List<String> names(List<Node> nodes) {
        return nodes.stream().map(Node::name).toList();
    }

    @Test
    void personsWithoutAManagerAreRootsAndEveryonesReportsAreSortedByName() {
        OrgChart chart = OrgChart.of(List.of(CEO, CFO, CIO, ARCHITECT, CONSULTANT),
                List.of(reports(CFO, CEO), reports(CIO, CEO), reports(ARCHITECT, CIO)));

        assertThat(names(chart.roots())).containsExactly("Huang Lei", "Zhang Min");
        Node ceo = chart.roots().get(1);
        assertThat(names(ceo.reports())).containsExactly("Chen Jie", "Wang Fang");
        assertThat(names(ceo.reports().get(0).reports())).containsExactly("Liu Yang");
        assertThat(ceo.reports().get(1).reports()).isEmpty();
    }

    @Test
    void influencesAreListedBesideTheReportingLinesSortedByTheirEnds() {
        Relation cioOnCeo = new Relation(UUID.randomUUID(), RelationType.INFLUENCES, CIO.keyPersonId(), CEO.keyPersonId(), 4);
        Relation architectOnCio = new Relation(UUID.randomUUID(), RelationType.INFLUENCES, ARCHITECT.keyPersonId(), CIO.keyPersonId(), 2);

        OrgChart chart = OrgChart.of(List.of(CEO, CIO, ARCHITECT), List.of(architectOnCio, cioOnCeo, reports(CIO, CEO)));

        assertThat(chart.influences()).containsExactly(
                new Influence(cioOnCeo.relationId(), CIO.keyPersonId(), CEO.keyPersonId(), 4),
                new Influence(architectOnCio.relationId(), ARCHITECT.keyPersonId(), CIO.keyPersonId(), 2));
        assertThat(names(chart.roots())).containsExactly("Liu Yang", "Zhang Min");
    }

    @Test
    void aPersonWhoseManagerIsNotShownIsARoot() {
        OrgChart chart = OrgChart.of(List.of(CIO, ARCHITECT), List.of(reports(CIO, CEO), reports(ARCHITECT, CIO)));

        assertThat(names(chart.roots())).containsExactly("Chen Jie");
        assertThat(names(chart.roots().get(0).reports())).containsExactly("Liu Yang");
    }

    @Test
    void noOneGoesMissingEvenOnAReportingCycle() {
        OrgChart chart = OrgChart.of(List.of(CEO, CFO), List.of(reports(CEO, CFO), reports(CFO, CEO)));

        assertThat(names(chart.roots())).containsExactly("Wang Fang");
        assertThat(names(chart.roots().get(0).reports())).containsExactly("Zhang Min");
        assertThat(chart.roots().get(0).reports().get(0).reports()).isEmpty();
    }
}
