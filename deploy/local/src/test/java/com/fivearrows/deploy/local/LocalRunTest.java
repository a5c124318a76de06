package com.fivearrows.deploy.local;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fivearrows.platform.embedded.FreePorts;
import com.fivearrows.platform.embedded.LocalPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalRunTest {

    private static final List<Integer> PORTS = List.of(9092, 9093, 5433);

    @Test
    void ctrlCDuringStartUpLeavesNoServerRunning(@TempDir Path root) throws Exception {
        assumeTrue(PORTS.stream().allMatch(FreePorts::isFree), "another local run uses " + PORTS);
        Files.createDirectories(root.resolve("deploy/local"));
        Files.writeString(root.resolve("deploy/local/services.properties"), "# no services: Kafka and PostgreSQL only\n");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + LocalRun.ROOT_PROPERTY + "=" + root,
                "-cp", System.getProperty("java.class.path"), LocalRun.class.getName())
                .redirectErrorStream(true);
        List.of(LocalPostgres.ENV_HOST, LocalPostgres.ENV_PORT, LocalPostgres.ENV_USER, LocalPostgres.ENV_PASSWORD)
                .forEach(builder.environment()::remove);
        Process run = builder.start();

        StringBuilder output = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
                output.append(line).append('\n');
            } while (line != null && !line.startsWith("Starting Kafka"));
            // SIGTERM runs the same shutdown hook as Ctrl-C's SIGINT; both servers are still starting now.
            // Through the handle: Process.destroy() would also close the output we still read.
            run.toHandle().destroy();
            out.lines().forEach(rest -> output.append(rest).append('\n'));
        }

        assertTrue(run.waitFor(2, TimeUnit.MINUTES));
        assertTrue(output.indexOf("PostgreSQL stopped") >= 0, output::toString);
        assertFalse(output.indexOf("Exception") >= 0, output::toString);
        assertTrue(PORTS.stream().allMatch(FreePorts::isFree), output::toString);
        String data = root.resolve(".five-arrows").resolve("postgres").toString();
        assertTrue(ProcessHandle.allProcesses().noneMatch(process -> process.info().commandLine().orElse("").contains(data)),
                "a PostgreSQL still serves " + data);
    }
}
