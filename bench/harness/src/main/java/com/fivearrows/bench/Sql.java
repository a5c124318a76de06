package com.fivearrows.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The harness's few reads of the services' databases. */
final class Sql {
    private Sql() {
    }

    /** The first column of the first row of {@code query}, a count or a sum. */
    static long count(Connection db, String query) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * Whether network-service still has closeness to publish: subjects marked for the publisher, or events its relay
     * has not sent yet (after its checkpoint in commit order: transaction, then position; positions alone are not in
     * commit order).
     */
    static boolean stillPublishing(Connection network) throws SQLException {
        return count(network, "SELECT count(*) FROM closeness_dirty") > 0
                || count(network, "SELECT count(*) FROM es_event e JOIN es_checkpoint c ON c.subscriber = 'relay'"
                        + " WHERE (e.transaction_id, e.position) > (c.transaction_id, c.position)") > 0;
    }

    static void execute(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }
}
