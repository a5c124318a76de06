package com.fivearrows.bench;

import com.fivearrows.platform.embedded.EmbeddedKafka;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The Kafka broker of a benchmark run, in a JVM of its own so that its start-up time and memory are its own, as a
 * broker's are in production. Prints {@value #READY} and the bootstrap address once it accepts clients and has the
 * topics; stops cleanly when its standard input closes (the harness ended) or on SIGTERM.
 *
 * <p>Arguments: the data directory's parent, then the topics to create.
 */
public final class BrokerMain {
    static final String READY = "broker-ready ";

    private BrokerMain() {
    }

    public static void main(String[] args) throws IOException {
        EmbeddedKafka kafka = EmbeddedKafka.createTemporary(Path.of(args[0]));
        Runtime.getRuntime().addShutdownHook(new Thread(kafka::close, "broker-stop"));
        kafka.start();
        String[] topics = new String[args.length - 1];
        System.arraycopy(args, 1, topics, 0, topics.length);
        kafka.createTopics(topics);
        System.out.println(READY + kafka.bootstrapServers());
        System.out.flush();
        while (System.in.read() >= 0) {
            // The harness never writes; end of input means it is gone.
        }
        System.exit(0);
    }
}
