package com.fivearrows.opportunity.forecast.api;

import com.fivearrows.opportunity.forecast.Accuracy;
import com.fivearrows.opportunity.forecast.DealFlow;
import com.fivearrows.opportunity.forecast.Forecast;
import com.fivearrows.opportunity.forecast.ForecastSettings;
import com.fivearrows.opportunity.forecast.Period;
import com.fivearrows.opportunity.opportunity.ForecastCategory;
import com.fivearrows.platform.domain.RuleViolated;
import com.fivearrows.platform.service.query.QueryParams;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/**
 * The forecast (SPEC §4) per owner, sales team or everyone, and period ({@code 2026-Q4}, {@code 2026-11},
 * {@code FY2026}, with the configured fiscal year start): the totals as they stood at any instant, the deal flow
 * between two instants, and the accuracy of a period that has ended. Filters: {@code owner} one seller, or
 * {@code team} the sellers of a sales team, comma-separated (the opportunities they own); neither: everyone.
 */
@Path("/forecasts")
@Produces(MediaType.APPLICATION_JSON)
public class ForecastResource {
    private final ForecastQueries queries;
    private final ForecastSettings settings;
    private final Clock clock;

    public ForecastResource(ForecastQueries queries, ForecastSettings settings, Clock clock) {
        this.queries = queries;
        this.settings = settings;
        this.clock = clock;
    }

    /** Pipeline, weighted pipeline and the totals per category, {@code asOf} any past instant (default now). */
    @GET
    public Uni<ForecastView> forecast(@QueryParam("period") String period, @QueryParam("owner") String owner,
                                      @QueryParam("team") String team, @QueryParam("asOf") String asOf) {
        QueryParams params = new QueryParams();
        Period read = period(params, period);
        List<String> owners = owners(params, owner, team);
        Instant at = params.instant("asOf", asOf);
        params.check();
        Instant instant = at == null ? clock.instant() : at;
        return queries.positions(instant, owners).map(positions -> ForecastView.of(owners, read, instant,
                Forecast.of(positions, read, settings.currencyRates())));
    }

    /**
     * The opportunities of the period that were added, pushed out, pulled in, removed, won and lost between
     * {@code from} and {@code to} (default now), each in one list (see {@link DealFlow} for the precedence).
     */
    @GET
    @Path("deal-flow")
    public Uni<DealFlow> dealFlow(@QueryParam("period") String period, @QueryParam("owner") String owner,
                                  @QueryParam("team") String team, @QueryParam("from") String from,
                                  @QueryParam("to") String to) {
        QueryParams params = new QueryParams();
        Period read = period(params, period);
        List<String> owners = owners(params, owner, team);
        Instant start = params.instant("from", from);
        Instant end = params.instant("to", to);
        if (from == null) {
            params.refuse("from", "is required");
        }
        params.check();
        Instant until = end == null ? clock.instant() : end;
        if (until.isBefore(start)) {
            throw RuleViolated.of("to (" + until + ") must not be before from (" + start + ")");
        }
        return Uni.combine().all().unis(queries.positions(start, owners), queries.positions(until, owners)).asTuple()
                .map(both -> DealFlow.between(both.getItem1(), both.getItem2(), read));
    }

    /**
     * How the forecast at the period's start (COMMIT and CLOSED) compares with what was won in it; 422 while the
     * period has not ended.
     */
    @GET
    @Path("accuracy")
    public Uni<Accuracy> accuracy(@QueryParam("period") String period, @QueryParam("owner") String owner,
                                  @QueryParam("team") String team) {
        QueryParams params = new QueryParams();
        Period read = period(params, period);
        List<String> owners = owners(params, owner, team);
        params.check();
        Instant start = read.start().atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant end = read.endExclusive().atStartOfDay().toInstant(ZoneOffset.UTC);
        if (end.isAfter(clock.instant())) {
            throw RuleViolated.of("the period " + read.name() + " has not ended: it ends " + read.endExclusive());
        }
        return Uni.combine().all().unis(queries.positions(start, owners), queries.positions(end, owners)).asTuple()
                .map(both -> Accuracy.of(Forecast.of(both.getItem1(), read, settings.currencyRates()),
                        Forecast.of(both.getItem2(), read, settings.currencyRates()).in(ForecastCategory.CLOSED)));
    }

    private Period period(QueryParams params, String period) {
        try {
            return settings.fiscalCalendar().parse(period);
        } catch (IllegalArgumentException e) {
            params.refuse("period", e.getMessage());
            return null;
        }
    }

    private static List<String> owners(QueryParams params, String owner, String team) {
        if (owner != null && team != null) {
            params.refuse("team", "give either owner or team, not both");
            return null;
        }
        if (owner != null) {
            return List.of(owner.strip());
        }
        return team == null ? null : Arrays.stream(team.split(",")).map(String::strip).filter(name -> !name.isEmpty()).toList();
    }
}
