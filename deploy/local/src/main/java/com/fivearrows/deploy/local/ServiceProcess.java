package com.fivearrows.deploy.local;

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
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** One service running as a child JVM from its {@code quarkus-run.jar}, its output in a log file. */
final class ServiceProcess {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final ServicesFile.Service service;
    private final Path logFile;
    private final Process process;

    private ServiceProcess(ServicesFile.Service service, Path logFile, Process process) {
        this.service = service;
        this.logFile = logFile;
        this.process = process;
    }

    /** Starts {@code java <system properties> -jar jar}, writing its output to {@code logFile}. */
    static ServiceProcess start(ServicesFile.Service service, Path jar, Map<String, String> systemProperties, Path logFile) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        systemProperties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(jar.toString());
        try {
            Files.createDirectories(logFile.getParent());
            Process process = new ProcessBuilder(command)
                    .directory(jar.getParent().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(Redirect.to(logFile.toFile()))
                    .start();
            return new ServiceProcess(service, logFile, process);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + service.name() + " from " + jar, e);
        }
    }

    ServicesFile.Service service() {
        return service;
    }

    Path logFile() {
        return logFile;
    }

    /**
     * Polls {@code /q/health/ready} until it answers 200, or until {@code cancelled} says to give up.
     *
     * @return {@code null} when ready, otherwise why not
     */
    String awaitReady(Duration timeout, BooleanSupplier cancelled) {
        URI readiness = URI.create("http://localhost:" + service.port() + "/q/health/ready");
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
                last = "nothing listens on port " + service.port() + " yet";
            } catch (IOException e) {
                last = "GET " + readiness + " failed: " + e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted while waiting";
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted while waiting";
            }
        }
        return "not ready after " + timeout.toSeconds() + " s: " + last;
    }

    /** Asks the service to shut down (SIGTERM), and kills it if it has not stopped in 30 s. */
    void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                System.out.println("  " + service.name() + " did not stop within " + STOP_TIMEOUT.toSeconds() + " s; killing it");
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
