package com.fivearrows.platform.eventsourcing.sample;

import com.fivearrows.platform.eventsourcing.envelope.CloudEvent;
import com.fivearrows.platform.eventsourcing.envelope.CloudEventCodec;
import com.fivearrows.platform.eventsourcing.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** The sample inbound consumer: checks each CloudEvent against its contract, records its note once, dead-letters the rest. */
@ApplicationScoped
public class NoteConsumer {
    private final Inbox inbox;

    public NoteConsumer(Inbox inbox) {
        this.inbox = inbox;
    }

    @Incoming("sample-inbound")
    public Uni<Void> consume(ConsumerRecord<String, byte[]> record) {
        CloudEvent event = CloudEventCodec.parseConforming(record.value());
        String note = event.data().getString("note");
        UUID eventId = CloudEventCodec.eventId(event);
        return inbox.once("sample-notes", eventId, tx -> tx
                        .preparedQuery("INSERT INTO sample_notes (event_id, subject, note) VALUES ($1, $2, $3)")
                        .execute(Tuple.of(eventId, String.valueOf(event.subject()), note)))
                .replaceWithVoid();
    }
}
