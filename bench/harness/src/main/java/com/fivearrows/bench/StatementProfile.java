package com.fivearrows.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Where a service's database spent its time during one part of the run, by statement ({@code pg_stat_statements}):
 * with {@code --profile} the run's PostgreSQL loads the extension, and each profiled part starts from zero and writes
 * its statements, most time first, beside the JFR recordings.
 */
final class StatementProfile {
    /** The server settings that make the statistics available. */
    static final Map<String, String> SERVER_SETTINGS = Map.of(
            "shared_preload_libraries", "pg_stat_statements",
            // Statements inside functions and triggers count too: the store's NOTIFY triggers are part of a command.
            "pg_stat_statements.track", "all");

    private static final int SHOWN = 25;
    private static final String TOP = """
            SELECT calls, total_exec_time, rows, query, sum(total_exec_time) OVER () AS all_time
              FROM pg_stat_statements
             WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
             ORDER BY total_exec_time DESC""";

    private StatementProfile() {
    }

    /** Forgets what the statistics hold so far. */
    static void reset(Connection db) throws SQLException {
        Sql.execute(db, "CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
        Sql.execute(db, "SELECT pg_stat_statements_reset()");
    }

    /** Writes the statements of {@code db} since {@link #reset}, most execution time first, to {@code file}. */
    static Path write(Connection db, Path file, String what) throws SQLException, IOException {
        StringBuilder text = new StringBuilder("# ").append(what).append(": statements by total execution time\n\n")
                .append(String.format("%6s %10s %9s %10s %12s  %s%n", "share", "total ms", "calls", "ms/call", "rows", "query"));
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(TOP)) {
            int shown = 0;
            while (rows.next() && shown++ < SHOWN) {
                double total = rows.getDouble("total_exec_time");
                long calls = rows.getLong("calls");
                text.append(String.format("%5.1f%% %10.0f %9d %10.3f %12d  %s%n", 100 * total / rows.getDouble("all_time"),
                        total, calls, total / Math.max(calls, 1), rows.getLong("rows"),
                        rows.getString("query").replaceAll("\\s+", " ")));
            }
        }
        Files.writeString(file, text);
        return file;
    }
}
