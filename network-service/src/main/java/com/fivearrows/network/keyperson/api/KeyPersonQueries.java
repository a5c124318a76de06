package com.fivearrows.network.keyperson.api;

import com.fivearrows.network.keyperson.DecisionOrientation;
import com.fivearrows.network.keyperson.Kind;
import com.fivearrows.network.keyperson.PoliticalStatus;
import com.fivearrows.network.keyperson.Scope;
import com.fivearrows.network.keyperson.Seniority;
import com.fivearrows.platform.service.query.Page;
import com.fivearrows.platform.service.query.PagedQuery;
import com.fivearrows.platform.service.sql.SqlTime;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Key person lists from the read model ({@code key_person} and {@code person_assessment} of the {@code network}
 * projection): eventually consistent, a moment behind the streams.
 */
@ApplicationScoped
public class KeyPersonQueries {

    private static final String PERSON_FILTER = """
             WHERE ($1::text IS NULL OR account_id = $1) AND ($2::text IS NULL OR scope = $2)
               AND ($3::text IS NULL OR kind = $3) AND ($4::boolean IS NULL OR active = $4)
            """;

    private static final String PERSONS = """
            SELECT key_person_id, account_id, name, title, department, seniority, scope, kind, influence, political_status,
                   decision_orientation, email, external_ids, active, deactivation_reason, registered_by, registered_at,
                   updated_at, version
              FROM key_person
            """ + PERSON_FILTER + " ORDER BY lower(name), key_person_id LIMIT $5 OFFSET $6";

    private static final String COUNT_PERSONS = "SELECT count(*) AS total FROM key_person" + PERSON_FILTER;

    private static final String ASSESSMENT_FILTER = " WHERE key_person_id = $1 AND ($2::text IS NULL OR dimension = $2)";

    private static final String ASSESSMENTS = "SELECT dimension, value, assessed_at, assessed_by, note FROM person_assessment"
            + ASSESSMENT_FILTER + " ORDER BY assessed_at DESC, recorded_position DESC LIMIT $3 OFFSET $4";

    private static final String COUNT_ASSESSMENTS = "SELECT count(*) AS total FROM person_assessment" + ASSESSMENT_FILTER;

    // Active persons other than $1 that hold the e-mail $2 or one of the external ids $3.
    private static final String HOLDERS = """
            SELECT key_person_id, lower(email) = lower($2) AS same_email,
                   array(SELECT unnest(external_ids) INTERSECT SELECT unnest($3::text[])) AS shared_ids
              FROM key_person
             WHERE active AND key_person_id IS DISTINCT FROM $1
               AND (lower(email) = lower($2) OR external_ids && $3::text[])
             ORDER BY key_person_id""";

    private final Pool pool;

    public KeyPersonQueries(Pool pool) {
        this.pool = pool;
    }

    /**
     * What another active key person already holds of this e-mail and these external ids, one sentence each; empty
     * when nothing. Integration data is matched by them, so one held twice would make every report ambiguous.
     */
    public Uni<List<String>> identifiersHeldByOthers(UUID self, String email, List<String> externalIds) {
        return pool.preparedQuery(HOLDERS).execute(Tuple.of(self, email, externalIds.toArray(String[]::new)))
                .map(rows -> {
                    List<String> held = new ArrayList<>();
                    for (Row row : rows) {
                        UUID holder = row.getUUID("key_person_id");
                        if (Boolean.TRUE.equals(row.getBoolean("same_email"))) {
                            held.add("e-mail " + email + " is already held by key person " + holder);
                        }
                        for (String id : row.getArrayOfStrings("shared_ids")) {
                            held.add("external id " + id + " is already held by key person " + holder);
                        }
                    }
                    return held;
                });
    }

    /** Key persons by name; each filter is optional (null: any). */
    public Uni<Page<KeyPersonSummary>> list(String accountId, Scope scope, Kind kind, Boolean active, Page.Request page) {
        List<Object> filter = Arrays.asList(accountId, nameOf(scope), nameOf(kind), active);
        return PagedQuery.run(pool, PERSONS, COUNT_PERSONS, filter, page, KeyPersonQueries::summaryOf);
    }

    /** The person's assessments, newest first by {@code assessedAt} (ties: the later recorded first). */
    public Uni<Page<AssessmentRecord>> assessments(UUID keyPersonId, Dimension dimension, Page.Request page) {
        List<Object> filter = Arrays.asList(keyPersonId, nameOf(dimension));
        return PagedQuery.run(pool, ASSESSMENTS, COUNT_ASSESSMENTS, filter, page, row -> new AssessmentRecord(
                Dimension.valueOf(row.getString("dimension")), row.getString("value"),
                SqlTime.instant(row, "assessed_at"), row.getString("assessed_by"), row.getString("note")));
    }

    private static KeyPersonSummary summaryOf(Row row) {
        String seniority = row.getString("seniority");
        String politicalStatus = row.getString("political_status");
        String orientation = row.getString("decision_orientation");
        return new KeyPersonSummary(row.getUUID("key_person_id"), row.getString("account_id"), row.getString("name"),
                row.getString("title"), row.getString("department"),
                seniority == null ? null : Seniority.valueOf(seniority), Scope.valueOf(row.getString("scope")),
                Kind.valueOf(row.getString("kind")), row.getInteger("influence"),
                politicalStatus == null ? null : PoliticalStatus.valueOf(politicalStatus),
                orientation == null ? null : DecisionOrientation.valueOf(orientation), row.getString("email"),
                List.of(row.getArrayOfStrings("external_ids")), row.getBoolean("active"),
                row.getString("deactivation_reason"), row.getString("registered_by"),
                SqlTime.instant(row, "registered_at"), SqlTime.instant(row, "updated_at"),
                row.getLong("version"));
    }

    private static String nameOf(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
