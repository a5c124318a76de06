package com.fivearrows.network.closeness;

import com.fivearrows.network.interaction.InteractionType;
import com.fivearrows.network.interaction.Outcome;
import com.fivearrows.network.keyperson.PriceStance;
import com.fivearrows.network.keyperson.RelationshipLevel;
import com.fivearrows.network.keyperson.SolutionStance;
import com.fivearrows.platform.service.config.ConfigProblems;
import io.quarkus.runtime.Startup;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * Turns {@link ClosenessConfig} into the {@link ClosenessSettings}, {@link DecayScale} and {@link ActivityWeighing} the service computes
 * with, at start-up: a wrong weight or an unknown key stops the service with one message listing every problem,
 * rather than producing wrong scores later. It runs before the platform's own start-up work
 * ({@code PLATFORM_BEFORE}), so this message is the first failure, not a database error.
 */
@ApplicationScoped
public class ClosenessSettingsProducer {
    static final String PREFIX = "network.closeness.";

    @Produces
    @Singleton
    @Startup(Interceptor.Priority.PLATFORM_BEFORE)
    ClosenessSettings settings(ClosenessConfig config) {
        return fromConfig(config);
    }

    @Produces
    @Singleton
    DecayScale decayScale(ClosenessSettings settings) {
        return new DecayScale(settings.halfLife());
    }

    @Produces
    @Singleton
    ActivityWeighing activityWeighing(ClosenessSettings settings, DecayScale scale) {
        return new ActivityWeighing(settings, scale);
    }

    /**
     * The settings the configuration describes, map keys left out keeping their defaults.
     *
     * @throws ConfigurationException listing every problem: unknown map keys and {@link ClosenessSettings#problems()}
     */
    static ClosenessSettings fromConfig(ClosenessConfig config) {
        List<String> problems = new ArrayList<>();
        ClosenessSettings.Builder builder = ClosenessSettings.builder()
                .relationshipWeights(config.relationshipLevelWeight(), config.relationshipActivityWeight())
                .activitySaturation(config.activitySaturation())
                .halfLife(config.halfLife())
                .compositeWeights(config.compositeRelationshipWeight(), config.compositeSolutionWeight(),
                        config.compositePriceWeight())
                .bands(config.fairFrom(), config.goodFrom())
                .trend(config.trendThreshold(), config.trendWindow())
                .coverageThreshold(config.coverageThreshold())
                .keyRoleThreshold(config.keyRoleThreshold())
                .gap(config.gapInfluence(), config.gapBelow())
                .blockerInfluence(config.blockerInfluence())
                .influenceEdgeFactor(config.influenceEdgeFactor())
                .supporterThreshold(config.supporterThreshold())
                .publicationThreshold(config.publicationThreshold())
                .strategyBands(config.strategyLowBelow(), config.strategyHighFrom());
        entries(problems, "level-points", RelationshipLevel.class, config.levelPoints(), builder::levelPoints);
        entries(problems, "solution-points", SolutionStance.class, config.solutionPoints(), builder::solutionPoints);
        entries(problems, "price-points", PriceStance.class, config.pricePoints(), builder::pricePoints);
        entries(problems, "type-weights", InteractionType.class, config.typeWeights(), builder::typeWeight);
        entries(problems, "outcome-multipliers", Outcome.class, config.outcomeMultipliers(), builder::outcomeMultiplier);
        ClosenessSettings settings = builder.build();
        problems.addAll(settings.problems());
        ConfigProblems.refuseIfAny(PREFIX, problems);
        return settings;
    }

    private static <E extends Enum<E>> void entries(List<String> problems, String property, Class<E> type,
                                                    Map<String, Double> values, BiConsumer<E, Double> set) {
        values.forEach((key, value) -> {
            String name = key.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            E constant = Arrays.stream(type.getEnumConstants())
                    .filter(candidate -> candidate.name().equals(name))
                    .findFirst().orElse(null);
            if (constant == null) {
                problems.add(property + "." + key + " is not a known key, use one of "
                        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
            } else {
                set.accept(constant, value);
            }
        });
    }
}
