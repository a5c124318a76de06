package com.fivearrows.network.closeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fivearrows.network.keyperson.Kind;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EffectiveInfluenceTest {
    private static final UUID M = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID N = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID OUTSIDER = UUID.fromString("00000000-0000-0000-0000-00000000000c");

    @Test
    void anInfluenceEdgeAddsHalfTheWeightedInfluenceOfTheInfluenced() {
        // m (3) influences n (5) with strength 4: e_m = 3 + 0.5 × (4/5) × 5 = 3 + 2 = 5; n has no edge: e_n = 5
        Map<UUID, EffectiveInfluence> influence = EffectiveInfluence.of(
                List.of(new GroupMember(M, Kind.EVALUATOR, 3), new GroupMember(N, Kind.DECISION_MAKER, 5)),
                List.of(new InfluenceEdge(M, N, 4)), ClosenessSettings.defaults());

        EffectiveInfluence m = influence.get(M);
        assertThat(m.value()).isCloseTo(5.0, within(1e-9));
        assertThat(m.edges()).singleElement().satisfies(edge -> {
            assertThat(edge.toKeyPersonId()).isEqualTo(N);
            assertThat(edge.contribution()).isCloseTo(2.0, within(1e-9));
        });
        assertThat(m.formula()).isEqualTo("e = 3 + 0.5 × (4/5 × 5) = 3 + 2 = 5");
        assertThat(influence.get(N).value()).isEqualTo(5.0);
        assertThat(influence.get(N).formula()).isEqualTo("e = 5");
    }

    @Test
    void edgesToAndFromNonMembersAreIgnored() {
        Map<UUID, EffectiveInfluence> influence = EffectiveInfluence.of(
                List.of(new GroupMember(M, Kind.EVALUATOR, 3)),
                List.of(new InfluenceEdge(M, OUTSIDER, 5), new InfluenceEdge(OUTSIDER, M, 5)),
                ClosenessSettings.defaults());

        assertThat(influence.get(M).value()).isEqualTo(3.0);
        assertThat(influence.get(M).edges()).isEmpty();
        assertThat(influence).containsOnlyKeys(M);
    }
}
