package com.fivearrows.network.strategy;

import io.smallrye.config.ConfigMapping;
import java.util.Map;

/**
 * Replaces cells of the built-in {@link StrategyTable}, validated at start-up by {@link StrategyTableProducer}:
 *
 * <pre>
 * network.strategy.rules."DECISION_MAKER.LOW"=CEO_DINNER: Invite the decision maker to dinner with our CEO.
 * network.strategy.rules."COACH.HIGH"=COACH_INTRODUCTIONS: Ask the coach to introduce us to the approver.
 * </pre>
 *
 * The quotes around the key may be left out; case does not matter and {@code -} stands for {@code _}.
 */
@ConfigMapping(prefix = "network.strategy")
public interface StrategyConfig {

    /** {@code KIND.BAND} → {@code ACTION_CODE: description}; cells not given keep the built-in rule. */
    Map<String, String> rules();
}
