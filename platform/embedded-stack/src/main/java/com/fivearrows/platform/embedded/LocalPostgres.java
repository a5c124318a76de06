package com.fivearrows.platform.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.Driver;

/**
 * A PostgreSQL server for tests and the local run: either a real PostgreSQL started from the
 * zonky binaries (no Docker, works as root), or an existing server named by environment variables.
 *
 * <pre>{@code
 * try (LocalPostgres pg = LocalPostgres.fromEnvironment()
 *         .orElseGet(() -> LocalPostgres.start(0, null))) {
 *     pg.createDatabaseIfMissing("network_service");
 *     String url = pg.jdbcUrl("network_service"); // jdbc:postgresql://localhost:5433/network_service
 * }
 * }</pre>
 *
 * <p>An existing server is used when {@value #ENV_HOST} is set; {@value #ENV_PORT} (default 5432),
 * {@value #ENV_USER} (default {@code postgres}) and {@value #ENV_PASSWORD} complete it.
 */
public final class LocalPostgres implements AutoCloseable {

    /** Host of an existing PostgreSQL to use instead of starting one. */
    public static final String ENV_HOST = "FIVE_ARROWS_PG_HOST";
    /** Port of the existing PostgreSQL (the local run also uses it for the one it starts). */
    public static final String ENV_PORT = "FIVE_ARROWS_PG_PORT";
    /** User of the existing PostgreSQL; it must be allowed to create databases. */
    public static final String ENV_USER = "FIVE_ARROWS_PG_USER";
    /** Password of the existing PostgreSQL. */
    public static final String ENV_PASSWORD = "FIVE_ARROWS_PG_PASSWORD";

    private static final String EMBEDDED_USER = "postgres";
    // The embedded server trusts local connections; clients that insist on a password get this one.
    private static final String EMBEDDED_PASSWORD = "postgres";
    private static final String ADMIN_DATABASE = "postgres";
    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");
    private static final int LOG_TAIL_LINES = 30;
    private static final String TEMPORARY_PREFIX = "embedded-postgres-";

    private final String host;
    private final int port;
    private final String username;
    private final String password;
    private final EmbeddedPostgres embedded;
    private final Path ownedDir;
    private final Path logFile;

    private LocalPostgres(String host, int port, String username, String password,
                          EmbeddedPostgres embedded, Path ownedDir, Path logFile) {
        this.host = host;
        this.port = port;
        this.username = username;
        this.password = password;
        this.embedded = embedded;
        this.ownedDir = ownedDir;
        this.logFile = logFile;
    }

    /**
     * Starts an embedded PostgreSQL.
     *
     * @param port    the port, or 0 for a free one
     * @param dataDir where the data lives; kept between runs (initialised only when empty), with
     *                the server's output in {@code <dataDir>.log} next to it. {@code null} starts
     *                on a temporary directory that {@link #close()} deletes.
     */
    public static LocalPostgres start(int port, Path dataDir) {
        if (dataDir == null) {
            return startTemporary(port, Path.of(System.getProperty("java.io.tmpdir")));
        }
        Path data = dataDir.toAbsolutePath().normalize();
        return startEmbedded(port, data, false, data.resolveSibling(data.getFileName() + ".log"), null, Map.of());
    }

    /**
     * Starts an embedded PostgreSQL on fresh data in a new directory under {@code parentDir}
     * (e.g. {@code target/}); {@link #close()} stops it and deletes that directory. Servers that
     * killed runs left behind under {@code parentDir} are stopped and deleted first.
     *
     * @param port the port, or 0 for a free one
     */
    public static LocalPostgres startTemporary(int port, Path parentDir) {
        return startTemporary(port, parentDir, Map.of());
    }

    /**
     * {@link #startTemporary(int, Path)} with more server settings, e.g. {@code shared_preload_libraries =
     * pg_stat_statements} for a benchmark that profiles its statements.
     */
    public static LocalPostgres startTemporary(int port, Path parentDir, Map<String, String> settings) {
        stopAbandoned(parentDir);
        Path dir = Directories.createTemp(parentDir, TEMPORARY_PREFIX);
        return startEmbedded(port, dir.resolve("data"), true, dir.resolve("postgres.log"), dir, settings);
    }

    /** Uses an existing PostgreSQL server; {@link #close()} leaves it running. */
    public static LocalPostgres external(String host, int port, String username, String password) {
        return new LocalPostgres(host, port, username, password, null, null, null);
    }

    /**
     * The existing PostgreSQL named by {@value #ENV_HOST} and its companions, if {@value #ENV_HOST}
     * is set.
     */
    public static Optional<LocalPostgres> fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    static Optional<LocalPostgres> fromEnvironment(Map<String, String> env) {
        String host = env.get(ENV_HOST);
        if (host == null || host.isBlank()) {
            return Optional.empty();
        }
        int port = Integer.parseInt(env.getOrDefault(ENV_PORT, "5432").trim());
        String user = env.getOrDefault(ENV_USER, EMBEDDED_USER);
        String password = env.getOrDefault(ENV_PASSWORD, "");
        return Optional.of(external(host.trim(), port, user, password));
    }

    private static LocalPostgres startEmbedded(int port, Path dataDir, boolean temporary, Path logFile, Path ownedDir,
                                               Map<String, String> settings) {
        EmbeddedLogging.quiet();
        try {
            Files.createDirectories(dataDir);
            Files.createDirectories(logFile.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the PostgreSQL data directory " + dataDir, e);
        }
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(temporary)
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setOutputRedirector(Redirect.appendTo(logFile.toFile()))
                .setErrorRedirector(Redirect.appendTo(logFile.toFile()))
                .setServerConfig("max_connections", "300")
                .setServerConfig("timezone", "UTC");
        if (temporary) {
            // Throw-away data: durability only costs time.
            builder.setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off");
        }
        settings.forEach(builder::setServerConfig);
        if (port != 0) {
            builder.setPort(port);
        }
        try {
            EmbeddedPostgres postgres = builder.start();
            return new LocalPostgres("localhost", postgres.getPort(), EMBEDDED_USER, EMBEDDED_PASSWORD,
                    postgres, ownedDir, logFile);
        } catch (IOException | RuntimeException e) {
            String tail = LogFiles.tail(logFile, LOG_TAIL_LINES);
            Directories.deleteRecursively(ownedDir);
            throw new IllegalStateException("Embedded PostgreSQL did not start"
                    + (port != 0 ? " on port " + port : "") + " with data in " + dataDir
                    + (tail.isEmpty() ? "" : "; its output:\n" + tail), e);
        }
    }

    /**
     * Creates the database unless it exists. Safe to call repeatedly and concurrently.
     *
     * @param name a plain identifier such as {@code network_service}
     */
    public void createDatabaseIfMissing(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        try (Connection connection = connect(ADMIN_DATABASE)) {
            try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                exists.setString(1, name);
                try (ResultSet rows = exists.executeQuery()) {
                    if (rows.next()) {
                        return;
                    }
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE \"" + name + "\"");
            } catch (SQLException e) {
                // 42P04 duplicate_database, 23505 when a concurrent CREATE wins the catalog race.
                if (!"42P04".equals(e.getSQLState()) && !"23505".equals(e.getSQLState())) {
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name + " on " + host + ":" + port, e);
        }
    }

    /** Opens a JDBC connection to the database as {@link #username()}. */
    public Connection connect(String database) throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", username);
        credentials.setProperty("password", password);
        // Not DriverManager: it refuses drivers registered by another class loader, as in Quarkus tests.
        return new Driver().connect(jdbcUrl(database), credentials);
    }

    /** The JDBC URL of a database, e.g. {@code jdbc:postgresql://localhost:5433/network_service}. */
    public String jdbcUrl(String database) {
        return "jdbc:" + reactiveUrl(database);
    }

    /** The Vert.x reactive client URL of a database, e.g. {@code postgresql://localhost:5433/network_service}. */
    public String reactiveUrl(String database) {
        return "postgresql://" + host + ":" + port + "/" + database;
    }

    /** The user to connect as. */
    public String username() {
        return username;
    }

    /** The password to connect with. */
    public String password() {
        return password;
    }

    /** The host, {@code localhost} for the embedded server. */
    public String host() {
        return host;
    }

    /** The port. */
    public int port() {
        return port;
    }

    /** Whether this instance started the server (and {@link #close()} stops it). */
    public boolean isEmbedded() {
        return embedded != null;
    }

    /** The embedded server's output, if this instance started one. */
    public Optional<Path> logFile() {
        return Optional.ofNullable(logFile);
    }

    /** Stops the embedded server (a fast, clean shutdown) and deletes temporary data; leaves an external server alone. */
    @Override
    public void close() {
        if (embedded == null) {
            return;
        }
        try {
            embedded.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stop PostgreSQL on port " + port, e);
        } finally {
            Directories.deleteRecursively(ownedDir);
        }
    }

    @Override
    public String toString() {
        return "LocalPostgres[" + host + ":" + port + (isEmbedded() ? ", embedded" : ", external") + "]";
    }

    /** Zonky holds a lock on {@code data/epg-lock} while its server runs; without it the postmaster is an orphan. */
    private static void stopAbandoned(Path parentDir) {
        for (Path dir : Directories.abandoned(parentDir, TEMPORARY_PREFIX, "data/epg-lock")) {
            Path data = dir.resolve("data");
            try {
                List<String> pidFile = Files.exists(data.resolve("postmaster.pid"))
                        ? Files.readAllLines(data.resolve("postmaster.pid")) : List.of();
                if (!pidFile.isEmpty()) {
                    ProcessHandle.of(Long.parseLong(pidFile.get(0).trim()))
                            // The pid may have been reused by now: only stop a postgres serving this directory.
                            .filter(process -> process.info().commandLine().orElse("").contains(data.toString()))
                            .ifPresent(postmaster -> {
                                postmaster.destroy();
                                postmaster.onExit().orTimeout(10, TimeUnit.SECONDS).exceptionally(e -> null).join();
                            });
                }
            } catch (IOException | RuntimeException e) {
                // Best effort: an orphan we cannot stop only costs memory until the next reboot.
            }
            Directories.deleteRecursively(dir);
        }
    }
}
