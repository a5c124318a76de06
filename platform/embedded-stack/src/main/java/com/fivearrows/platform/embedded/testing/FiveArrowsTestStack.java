package com.fivearrows.platform.embedded.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;

import com.fivearrows.platform.embedded.DevTokens;
import com.fivearrows.platform.embedded.EmbeddedLogging;
import com.fivearrows.platform.embedded.LocalPostgres;
import com.fivearrows.platform.embedded.ServiceSettings;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Quarkus test resource that gives a service test a real Kafka broker and a real PostgreSQL,
 * without Docker. Both start once per test JVM and are shared by every test class and every test
 * profile; a JVM shutdown hook stops them. If one fails to start, the other is stopped at once and
 * the failure fails the test.
 *
 * <pre>{@code
 * @QuarkusTest
 * @QuarkusTestResource(value = FiveArrowsTestStack.class,
 *         initArgs = @ResourceArg(name = FiveArrowsTestStack.DATABASE, value = "network_service"))
 * class ClosenessRelayTest {
 *     @Test
 *     void relayCatchesUpAfterABrokerOutage() {
 *         FiveArrowsTestStack.kafka().stop();
 *         // ... commit events while the broker is down ...
 *         FiveArrowsTestStack.kafka().start();
 *         // ... await the records ...
 *     }
 * }
 * }</pre>
 *
 * <p>{@code @QuarkusTestResource} applies to every test class of the module, annotated or not, so
 * Quarkus starts once for all of them (a test profile still restarts it): declare it once per module,
 * or with the same database everywhere. It is not deprecated in Quarkus 3.33; Quarkus withdrew that
 * deprecation, and the Javadoc of {@code @WithTestResource} advises against using it for now.
 * {@code @WithTestResource} does the same only with {@code scope = TestResourceScope.GLOBAL}: with its
 * default scope, a test class without it gets no stack configuration and Quarkus restarts for it.
 *
 * <p>The service gets {@code kafka.bootstrap.servers}, the JDBC and reactive URLs of its database
 * (created if missing), credentials, JWT verification against the dev key (see {@link DevTokens})
 * and quiet Kafka and PostgreSQL logging. An existing PostgreSQL is used instead of the embedded one
 * when {@value LocalPostgres#ENV_HOST} is set (see {@link LocalPostgres}).
 *
 * <p>The service must set {@code %test.quarkus.devservices.enabled=false}: Quarkus decides about
 * Dev Services while it builds the test application, before any test resource has started, and
 * there is no Docker to start them with.
 */
public class FiveArrowsTestStack implements QuarkusTestResourceLifecycleManager {

    /** Init arg naming the service's database; default {@value #DEFAULT_DATABASE}. */
    public static final String DATABASE = "database";
    /** The database used when no {@value #DATABASE} arg is given. */
    public static final String DEFAULT_DATABASE = "app";

    private static Map<String, Object> handles;

    private String database = DEFAULT_DATABASE;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault(DATABASE, DEFAULT_DATABASE);
    }

    @Override
    public Map<String, String> start() {
        TestKafka broker = kafka();
        // A test that stopped the broker and failed before restarting it must not break the next class.
        broker.start();
        LocalPostgres pg = postgres();
        pg.createDatabaseIfMissing(database);

        Map<String, String> config = new LinkedHashMap<>(ServiceSettings.of(broker.bootstrapServers(), pg, database));
        // Only the URLs of the datasource kinds the service has: others would be "unrecognized" warnings.
        if (!present("io.quarkus.agroal.DataSource")) {
            config.remove(ServiceSettings.JDBC_URL);
        }
        if (!present("io.quarkus.reactive.datasource.ReactiveDataSource")) {
            config.remove(ServiceSettings.REACTIVE_URL);
        }
        // Quarkus applies its log configuration when the application starts; repeat the quiet levels there.
        EmbeddedLogging.levels().forEach((category, level) ->
                config.put("quarkus.log.category.\"" + category + "\".level", quarkusLevel(level)));
        return config;
    }

    @Override
    public void stop() {
        // Shared with the next test class; the shutdown hook stops the stack when the JVM exits.
    }

    /** The shared broker, started on first use. A test may stop and start it. */
    public static TestKafka kafka() {
        return new TestKafka(handles());
    }

    /**
     * The shared PostgreSQL, started on first use (or the external one, see {@link LocalPostgres}).
     * Closing the returned instance does nothing; the stack stops the server when the JVM exits.
     */
    public static LocalPostgres postgres() {
        Map<String, Object> stack = handles();
        return LocalPostgres.external((String) stack.get(SharedStack.POSTGRES_HOST),
                (Integer) stack.get(SharedStack.POSTGRES_PORT),
                (String) stack.get(SharedStack.POSTGRES_USERNAME),
                (String) stack.get(SharedStack.POSTGRES_PASSWORD));
    }

    /**
     * Quarkus loads this class once per test profile, so the stack lives in {@link SharedStack} as
     * loaded by the system class loader, which all of them share. Where the system class loader
     * does not see this library (e.g. continuous testing in dev mode), this class loader owns it.
     */
    @SuppressWarnings("unchecked")
    private static synchronized Map<String, Object> handles() {
        if (handles == null) {
            Class<?> owner;
            try {
                owner = Class.forName(SharedStack.class.getName(), true, ClassLoader.getSystemClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                owner = SharedStack.class;
            }
            try {
                Method method = owner.getDeclaredMethod("handles");
                method.setAccessible(true);
                handles = (Map<String, Object>) method.invoke(null);
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime
                        : new IllegalStateException("The test stack did not start", e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot reach the shared test stack", e);
            }
        }
        return handles;
    }

    private static boolean present(String className) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try {
            Class.forName(className, false, loader != null ? loader : FiveArrowsTestStack.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static String quarkusLevel(Level level) {
        if (level == Level.SEVERE) {
            return "ERROR";
        }
        return level == Level.WARNING ? "WARN" : level.getName();
    }
}
