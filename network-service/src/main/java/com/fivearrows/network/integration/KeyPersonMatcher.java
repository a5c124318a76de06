package com.fivearrows.network.integration;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Finds the key persons a platform means: each reference must name exactly one active key person of the read
 * model's {@code key_person} table, by one of its external ids (exactly) or by its e-mail (ignoring case). A
 * reference that names none, or several, is a problem; the persons are known only when there is none.
 */
@ApplicationScoped
public class KeyPersonMatcher {
    // One row per reference and person it names; a reference that names nobody has no row.
    private static final String MATCH = """
            SELECT r.ordinality, k.key_person_id
              FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS r (external_id, email, ordinality)
              JOIN key_person k
                ON k.active AND (k.external_ids @> ARRAY[r.external_id] OR lower(k.email) = lower(r.email))""";

    private final Pool pool;

    public KeyPersonMatcher(Pool pool) {
        this.pool = pool;
    }

    /** The persons the references name, each once, in the order named; or every reference that does not name one. */
    public Uni<Match> match(List<PersonReference> references) {
        String[] externalIds = references.stream().map(PersonReference::externalId).toArray(String[]::new);
        String[] emails = references.stream().map(PersonReference::email).toArray(String[]::new);
        return pool.preparedQuery(MATCH).execute(Tuple.of(externalIds, emails)).map(rows -> {
            Map<Integer, List<UUID>> named = new HashMap<>();
            for (Row row : rows) {
                named.computeIfAbsent(row.getLong("ordinality").intValue(), ordinality -> new ArrayList<>())
                        .add(row.getUUID("key_person_id"));
            }
            Set<UUID> persons = new LinkedHashSet<>();
            List<String> problems = new ArrayList<>();
            for (int i = 0; i < references.size(); i++) {
                List<UUID> candidates = named.getOrDefault(i + 1, List.of());
                PersonReference reference = references.get(i);
                if (candidates.isEmpty()) {
                    problems.add("no key person has " + reference.describe());
                } else if (candidates.size() > 1) {
                    problems.add("ambiguous: " + reference.describe() + " matches " + candidates.size() + " key persons");
                } else {
                    persons.add(candidates.get(0));
                }
            }
            return new Match(problems.isEmpty() ? List.copyOf(persons) : List.of(), problems);
        });
    }

    /** The persons named (empty when there are problems), or why some reference names no single person. */
    public record Match(List<UUID> keyPersonIds, List<String> problems) {
        public boolean matched() {
            return problems.isEmpty();
        }
    }
}
