package com.fivearrows.platform.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A Quarkus service running as it is deployed: a child JVM started from its built {@code quarkus-run.jar} on a given
 * port, configured by system properties, its output in a log file. What the local run starts every service with, and
 * what a benchmark starts the service it measures with.
 *
 * <pre>{@code
 * ServiceJar service = ServiceJar.start("network-service", jar, FreePorts.pick(),
 *         ServiceSettings.of(kafka.bootstrapServers(), postgres, "network_service"), logFile);
 * String problem = service.awaitReady(Duration.ofSeconds(120), () -> false);   // null when ready
 * ...
 * service.close();
 * }</pre>
 */
public final class ServiceJar implements AutoCloseable {
    /** The JVM options file beside a service's jar, in the java launcher's argument file format. */
    public static final String JVM_OPTIONS = "jvm.options";
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    // A service is ready in a few seconds: polling every half second would add a quarter of a second on average.
    private static final Duration READY_POLL = Duration.ofMillis(50);

    private final String name;
    private final int port;
    private final Path logFile;
    private final Process process;

    private ServiceJar(String name, int port, Path logFile, Process process) {
        this.name = name;
        this.port = port;
        this.logFile = logFile;
        this.process = process;
    }

    /**
     * Starts {@code java @jvm.options -D<systemProperties> -Dquarkus.http.port=<port> -jar jar} in the jar's directory,
     * writing its output to {@code logFile}. {@code jvm.options} is the argument file the build puts beside every
     * service's jar (heap, collector, class-data archive), left out when it is not there.
     */
    public static ServiceJar start(String name, Path jar, int port, Map<String, String> systemProperties, Path logFile) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Path jvmOptions = jar.resolveSibling(JVM_OPTIONS);
        if (Files.isRegularFile(jvmOptions)) {
            command.add("@" + jvmOptions.toAbsolutePath());
        }
        systemProperties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-Dquarkus.http.port=" + port);
        command.add("-jar");
        command.add(jar.toString());
        try {
            Files.createDirectories(logFile.getParent());
            Process process = new ProcessBuilder(command)
                    .directory(jar.getParent().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(Redirect.to(logFile.toFile()))
                    .start();
            return new ServiceJar(name, port, logFile, process);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name + " from " + jar, e);
        }
    }

    public String name() {
        return name;
    }

    public Path logFile() {
        return logFile;
    }

    public long pid() {
        return process.pid();
    }

    /** {@code http://localhost:<port><pathAndQuery>}. */
    public URI uri(String pathAndQuery) {
        return URI.create("http://localhost:" + port + pathAndQuery);
    }

    /** The CPU time the service's JVM has used so far, all threads; empty where the platform does not report it. */
    public Optional<Duration> cpuTime() {
        return process.info().totalCpuDuration();
    }

    /**
     * Polls {@code /q/health/ready} every 50 ms until it answers 200, or until {@code cancelled} says to give up.
     *
     * @return {@code null} when ready, otherwise why not
     */
    public String awaitReady(Duration timeout, BooleanSupplier cancelled) {
        return awaitReady(timeout, READY_POLL, cancelled);
    }

    /**
     * Polls {@code /q/health/ready} every {@code pollEvery} until it answers 200, or until {@code cancelled} says to
     * give up; a benchmark that times the start-up polls often.
     *
     * @return {@code null} when ready, otherwise why not
     */
    public String awaitReady(Duration timeout, Duration pollEvery, BooleanSupplier cancelled) {
        URI readiness = uri("/q/health/ready");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            if (cancelled.getAsBoolean()) {
                return "start-up cancelled";
            }
            if (!process.isAlive()) {
                return "exited with code " + process.exitValue() + " before it was ready";
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return null;
                }
                last = "GET " + readiness + " answered " + response.statusCode()
                        + (response.statusCode() == 404 ? " (does the service include quarkus-smallrye-health?)" : ": " + response.body());
            } catch (ConnectException e) {
                last = "nothing listens on port " + port + " yet";
            } catch (IOException e) {
                last = "GET " + readiness + " failed: " + e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted while waiting";
            }
            try {
                Thread.sleep(pollEvery.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted while waiting";
            }
        }
        return "not ready after " + timeout.toSeconds() + " s: " + last;
    }

    /**
     * Asks the service to shut down (SIGTERM), and kills it if it has not stopped in 30 s.
     *
     * @return whether it had to be killed
     */
    public boolean stop() {
        if (!process.isAlive()) {
            return false;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                return true;
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return true;
        }
    }

    @Override
    public void close() {
        stop();
    }
}
