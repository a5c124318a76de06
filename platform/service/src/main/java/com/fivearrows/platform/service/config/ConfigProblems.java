package com.fivearrows.platform.service.config;

import io.quarkus.runtime.configuration.ConfigurationException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Stops a service at start when its own settings are wrong, with one message listing every problem, each naming the
 * property to fix:
 * <pre>
 * Invalid opportunity.* configuration (2 problems):
 *  - opportunity.stages: BID must come after SOLUTION
 *  - opportunity.forecast.rates.USD must be above 0, was -0.9
 * </pre>
 */
public final class ConfigProblems {

    private ConfigProblems() {
    }

    /**
     * @param prefix   the settings' prefix with its dot, e.g. {@code opportunity.}
     * @param problems each relative to the prefix
     * @throws ConfigurationException when there is any
     */
    public static void refuseIfAny(String prefix, List<String> problems) {
        if (!problems.isEmpty()) {
            throw new ConfigurationException("Invalid " + prefix + "* configuration (" + problems.size()
                    + (problems.size() == 1 ? " problem" : " problems") + "):"
                    + problems.stream().map(problem -> "\n - " + prefix + problem).collect(Collectors.joining()));
        }
    }
}
