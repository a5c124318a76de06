package com.fivearrows.network.readmodel;

import com.fivearrows.network.closeness.Subject;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.Collection;
import java.util.UUID;

/**
 * Marks the subjects whose closeness an event may have moved, in the projection's transaction, so the publisher
 * never evaluates a subject on inputs older than its mark. Marking again moves {@code marked_at}, which keeps an
 * evaluation that was running meanwhile from clearing the mark.
 */
final class DirtyMarks {

    private static final String MARK = """
            INSERT INTO closeness_dirty (subject_kind, subject_id, marked_at) VALUES ($1, $2, clock_timestamp())
            ON CONFLICT (subject_kind, subject_id) DO UPDATE SET marked_at = EXCLUDED.marked_at, cause = 'INPUTS_CHANGED'""";

    // A person's inputs feed the person, its account's group and every chain it is a member of now.
    private static final String MARK_PERSONS = """
            INSERT INTO closeness_dirty (subject_kind, subject_id, marked_at)
            SELECT subject_kind, subject_id, clock_timestamp() FROM (
                   SELECT 'PERSON' AS subject_kind, person::text AS subject_id FROM unnest($1::uuid[]) AS person
                   UNION SELECT 'ACCOUNT', account_id FROM key_person WHERE key_person_id = ANY($1)
                   UNION SELECT 'DECISION_CHAIN', opportunity_id FROM chain_member
                          WHERE key_person_id = ANY($1) AND valid_to IS NULL) AS subjects
             ORDER BY subject_kind, subject_id
            ON CONFLICT (subject_kind, subject_id) DO UPDATE SET marked_at = EXCLUDED.marked_at, cause = 'INPUTS_CHANGED'""";

    private DirtyMarks() {
    }

    static Uni<Void> persons(SqlConnection tx, Collection<UUID> keyPersonIds) {
        return tx.preparedQuery(MARK_PERSONS).execute(Tuple.of(keyPersonIds.toArray(UUID[]::new))).replaceWithVoid();
    }

    static Uni<Void> account(SqlConnection tx, String accountId) {
        return mark(tx, Subject.Kind.ACCOUNT, accountId);
    }

    static Uni<Void> chain(SqlConnection tx, String opportunityId) {
        return mark(tx, Subject.Kind.DECISION_CHAIN, opportunityId);
    }

    private static Uni<Void> mark(SqlConnection tx, Subject.Kind kind, String subjectId) {
        return tx.preparedQuery(MARK).execute(Tuple.of(kind.name(), subjectId)).replaceWithVoid();
    }
}
