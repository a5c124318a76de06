package com.fivearrows.network.bench;

import com.fivearrows.platform.embedded.LogFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
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
import java.util.concurrent.TimeUnit;

/**
 * network-service running as it is deployed: a child JVM started from its built {@code quarkus-run.jar} on a free
 * port, configured by system properties (the way the local run starts it), its output in a log file. The local
 * run's own launcher lives in {@code deploy/local}, which the service's test classpath does not see.
 */
final class NetworkServiceProcess implements AutoCloseable {
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final int LOG_TAIL_LINES = 30;

    private final Process process;
    private final int port;
    private final Path logFile;

    private NetworkServiceProcess(Process process, int port, Path logFile) {
        this.process = process;
        this.port = port;
        this.logFile = logFile;
    }

    /** Starts {@code java -D<settings> -Dquarkus.http.port=<free port> -jar jar}, its output going to {@code logFile}. */
    static NetworkServiceProcess start(Path jar, Map<String, String> settings, Path logFile) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is not built: ./mvnw -pl network-service package -DskipTests");
        }
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
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
            return new NetworkServiceProcess(process, port, logFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start network-service from " + jar, e);
        }
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://localhost:" + port + pathAndQuery);
    }

    long pid() {
        return process.pid();
    }

    Path logFile() {
        return logFile;
    }

    /** The CPU time the service's JVM has used so far, all threads. */
    Duration cpuTime() {
        return process.info().totalCpuDuration().orElseThrow(() -> new IllegalStateException(
                "This platform does not report the CPU time of process " + process.pid()));
    }

    /** Polls {@code /q/health/ready} until it answers 200; fails with the end of the service's log otherwise. */
    void awaitReady(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest readiness = HttpRequest.newBuilder(uri("/q/health/ready")).timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(timeout);
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw notReady("exited with code " + process.exitValue());
            }
            try {
                HttpResponse<String> response = http.send(readiness, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
                last = "readiness answered " + response.statusCode() + ": " + response.body();
            } catch (ConnectException e) {
                last = "nothing listens on port " + port + " yet";
            } catch (IOException e) {
                last = "readiness check failed: " + e;
            }
            Thread.sleep(500);
        }
        throw notReady("not ready after " + timeout.toSeconds() + " s: " + last);
    }

    /** Asks the service to shut down (SIGTERM) and kills it if it has not stopped in 30 s. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private IllegalStateException notReady(String why) {
        return new IllegalStateException("network-service " + why + "; last lines of " + logFile + ":"
                + System.lineSeparator() + LogFiles.tail(logFile, LOG_TAIL_LINES));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on the loopback interface", e);
        }
    }
}
