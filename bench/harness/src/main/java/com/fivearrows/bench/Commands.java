package com.fivearrows.bench;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

/**
 * B1 and its baseline: {@code POST /interactions} from concurrent callers, to network-service (one event appended per
 * command) and to the plain service (one row), with the same bodies.
 */
final class Commands {
    static final String ACCOUNT = "bench-b1";
    private static final List<String> TYPES = List.of("EMAIL", "CALL", "MARKETING_EVENT", "SERVICE_CASE", "ONLINE_MEETING",
            "MEETING", "DEMO", "SITE_VISIT", "SOCIAL", "EXECUTIVE_MEETING");
    private static final List<String> KINDS = List.of("DECISION_MAKER", "APPROVER", "EVALUATOR", "USER", "COACH");
    private static final List<String> OUTCOMES = List.of("POSITIVE", "POSITIVE", "POSITIVE", "NEUTRAL", "NEGATIVE");

    private final Http http;
    private final String token;

    Commands(Http http, String token) {
        this.http = http;
        this.token = token;
    }

    /** Registers {@code count} key persons of {@link #ACCOUNT} in network-service, a quarter of them company-wide. */
    List<String> registerPersons(URI keyPersons, int count) {
        List<Http.Answer> answers = Http.forEach(IntStream.range(0, count).boxed().toList(), 16,
                i -> http.post(keyPersons, token, new JsonObject().put("accountId", ACCOUNT).put("name", "Bench Person " + i)
                        .put("title", "Manager").put("department", "IT").put("seniority", "MANAGER")
                        .put("scope", i % 4 == 0 ? "COMPANY" : "OPPORTUNITY").put("kind", KINDS.get(i % KINDS.size()))
                        .encode()));
        List<String> ids = new ArrayList<>();
        for (Http.Answer answer : answers) {
            if (answer.status() != 201) {
                throw new IllegalStateException("registering a key person answered " + answer.status() + ": " + answer.body());
            }
            ids.add(Http.json(answer, "registering a key person").getString("keyPersonId"));
        }
        return ids;
    }

    /** {@code clients} callers recording interactions with one random person each, closed loop. */
    ClosedLoop.Result run(URI interactions, List<String> persons, int clients, Duration warmUp, Duration measured)
            throws InterruptedException {
        return new ClosedLoop(clients, warmUp, measured, 201).run(() -> record(interactions, persons));
    }

    private Future<Http.Answer> record(URI interactions, List<String> persons) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        Instant occurred = Instant.now().minus(random.nextInt(24 * 60), ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        String body = new JsonObject()
                .put("keyPersonIds", new JsonArray().add(persons.get(random.nextInt(persons.size()))))
                .put("type", TYPES.get(random.nextInt(TYPES.size())))
                .put("occurredAt", occurred.toString())
                .put("outcome", OUTCOMES.get(random.nextInt(OUTCOMES.size())))
                .put("notes", "Benchmark contact")
                .encode();
        return http.post(interactions, token, body);
    }
}
