package com.fivearrows.deploy.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What {@code deploy/local/services.properties} asks for: services in file order, each on its HTTP
 * port, and the topics to create.
 *
 * <pre>
 * network-service=8083
 * topics=five-arrows.network.events,five-arrows.network.events.dlq
 * </pre>
 */
record ServicesFile(List<Service> services, List<String> topics) {

    /** One service: its folder under the repository root and its HTTP port. */
    record Service(String name, int port) {

        /** The service's own database: {@code network-service} uses {@code network_service}. */
        String database() {
            return name.replace('-', '_');
        }
    }

    /** The five event topics and the inbound integration topic, each with its dead-letter twin. */
    static final List<String> DEFAULT_TOPICS = Stream.of(
                    "account.events", "opportunity.events", "network.events", "resource.events", "bid.events",
                    "integration.interactions")
            .map(name -> "five-arrows." + name)
            .flatMap(topic -> Stream.of(topic, topic + ".dlq"))
            .toList();

    private static final Pattern SERVICE_NAME = Pattern.compile("[a-z][a-z0-9-]*");
    private static final String TOPICS_KEY = "topics";

    static ServicesFile read(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    static ServicesFile parse(List<String> lines, String source) {
        List<Service> services = new ArrayList<>();
        List<String> topics = DEFAULT_TOPICS;
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = source + " line " + (i + 1) + ": ";
            int equals = line.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException(where + "expected <service>=<port> or topics=..., got '" + line + "'");
            }
            String key = line.substring(0, equals).strip();
            String value = line.substring(equals + 1).strip();
            if (key.equals(TOPICS_KEY)) {
                topics = Arrays.stream(value.split(",")).map(String::strip).filter(topic -> !topic.isEmpty()).distinct().toList();
                continue;
            }
            if (!SERVICE_NAME.matcher(key).matches()) {
                throw new IllegalArgumentException(where + "'" + key + "' is not a service folder name");
            }
            int port;
            try {
                port = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(where + "the port of " + key + " is not a number: '" + value + "'");
            }
            if (port < 1 || port > 65535 || !ports.add(port)) {
                throw new IllegalArgumentException(where + "port " + port + " of " + key + " is out of range or already taken");
            }
            services.add(new Service(key, port));
        }
        return new ServicesFile(List.copyOf(services), topics);
    }
}
