package com.fivearrows.network.strategy;

import io.quarkus.runtime.Startup;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds the {@link StrategyTable} the service recommends from, at start-up: a malformed rule stops the service
 * with one message listing every problem, before the platform's own start-up work ({@code PLATFORM_BEFORE}).
 */
@ApplicationScoped
public class StrategyTableProducer {

    @Produces
    @Singleton
    @Startup(Interceptor.Priority.PLATFORM_BEFORE)
    StrategyTable table(StrategyConfig config) {
        return fromConfig(config.rules());
    }

    /** @throws ConfigurationException listing every malformed key or value */
    static StrategyTable fromConfig(Map<String, String> rules) {
        List<String> problems = StrategyTable.problems(rules);
        if (!problems.isEmpty()) {
            throw new ConfigurationException("Invalid network.strategy.rules (" + problems.size()
                    + (problems.size() == 1 ? " problem" : " problems") + "):"
                    + problems.stream().map(problem -> "\n - network.strategy.rules." + problem)
                    .collect(Collectors.joining()));
        }
        return StrategyTable.defaults().overriddenBy(rules);
    }
}
