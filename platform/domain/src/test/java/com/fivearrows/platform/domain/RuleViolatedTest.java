package com.fivearrows.platform.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleViolatedTest {

    @Test
    void aSingleRuleIsSaidOnce() {
        RuleViolated violation = RuleViolated.of("reporting lines may not form a cycle: A → B → A");

        assertEquals("reporting lines may not form a cycle: A → B → A", violation.getMessage());
        assertEquals(List.of("reporting lines may not form a cycle: A → B → A"), violation.unmetRules());
    }

    @Test
    void aSummaryListsEveryUnmetRule() {
        RuleViolated violation = new RuleViolated("the gate to BID is closed", List.of("chain composite is 31 < 40", "win step 3 is open"));

        assertEquals("the gate to BID is closed: chain composite is 31 < 40; win step 3 is open", violation.getMessage());
    }
}
