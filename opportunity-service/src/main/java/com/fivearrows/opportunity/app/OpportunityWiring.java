package com.fivearrows.opportunity.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fivearrows.opportunity.forecast.ForecastSettings;
import com.fivearrows.opportunity.opportunity.Opportunity;
import com.fivearrows.opportunity.opportunity.OpportunityCommand;
import com.fivearrows.opportunity.opportunity.OpportunityEvent;
import com.fivearrows.opportunity.opportunity.OpportunityState;
import com.fivearrows.opportunity.stage.Stage;
import com.fivearrows.opportunity.stage.StagePlan;
import com.fivearrows.opportunity.tactic.Tactic;
import com.fivearrows.opportunity.tactic.TacticCommand;
import com.fivearrows.opportunity.tactic.TacticEvent;
import com.fivearrows.opportunity.tactic.TacticState;
import com.fivearrows.platform.eventsourcing.aggregate.AggregateStore;
import com.fivearrows.platform.eventsourcing.aggregate.EventCodec;
import com.fivearrows.platform.eventsourcing.store.EventStore;
import com.fivearrows.platform.service.config.ConfigProblems;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns {@link OpportunityConfig} into the stage plan and forecast settings, refusing to start with one message that
 * lists every problem (before the platform's own start-up work, so that message is the first failure), and wires the
 * opportunity and tactic aggregates to the event store.
 */
@ApplicationScoped
public class OpportunityWiring {
    static final String PREFIX = "opportunity.";

    @Produces
    @Singleton
    @Startup(Interceptor.Priority.PLATFORM_BEFORE)
    StagePlan stagePlan(OpportunityConfig config) {
        List<String> problems = new ArrayList<>();
        StagePlan plan = stagePlan(config.stages(), problems);
        plan.problems().forEach(problem -> problems.add("stages: " + problem));
        ConfigProblems.refuseIfAny(PREFIX, problems);
        return plan;
    }

    @Produces
    @Singleton
    @Startup(Interceptor.Priority.PLATFORM_BEFORE)
    ForecastSettings forecastSettings(OpportunityConfig config) {
        ForecastSettings settings = new ForecastSettings(config.forecast().reportingCurrency(), config.forecast().rates(),
                config.forecast().fiscalYearStartMonth());
        ConfigProblems.refuseIfAny(PREFIX, settings.problems().stream().map(problem -> "forecast." + problem).toList());
        return settings;
    }

    @Produces
    @ApplicationScoped
    AggregateStore<OpportunityCommand, OpportunityState, OpportunityEvent> opportunities(EventStore store, ObjectMapper mapper,
                                                                                         StagePlan plan) {
        return new AggregateStore<>(store, "Opportunity", new Opportunity(plan), EventCodec.of(mapper, Opportunity.eventTypes()));
    }

    @Produces
    @ApplicationScoped
    AggregateStore<TacticCommand, TacticState, TacticEvent> tactics(EventStore store, ObjectMapper mapper) {
        return new AggregateStore<>(store, "Tactic", new Tactic(), EventCodec.of(mapper, Tactic.eventTypes()));
    }

    /** {@code NAME:probability} entries, in order; an entry of another shape is a problem. */
    static StagePlan stagePlan(List<String> entries, List<String> problems) {
        List<Stage> stages = new ArrayList<>();
        for (String entry : entries) {
            int colon = entry.indexOf(':');
            try {
                stages.add(new Stage(entry.substring(0, colon).trim(), Double.parseDouble(entry.substring(colon + 1).trim())));
            } catch (RuntimeException e) {
                problems.add("stages: \"" + entry + "\" is not NAME:probability (e.g. QUALIFY:20)");
            }
        }
        return StagePlan.of(stages);
    }
}
