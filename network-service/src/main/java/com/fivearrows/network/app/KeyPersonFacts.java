package com.fivearrows.network.app;

import com.fivearrows.network.keyperson.KeyPerson;
import com.fivearrows.network.keyperson.KeyPersonCommand;
import com.fivearrows.network.keyperson.KeyPersonEvent;
import com.fivearrows.network.keyperson.KeyPersonFact;
import com.fivearrows.network.keyperson.KeyPersonState;
import com.fivearrows.platform.domain.NotFound;
import com.fivearrows.platform.eventsourcing.aggregate.AggregateStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * What other commands need to know about key persons (account, kind, active), read from their streams rather than
 * from the read model, so a person registered a moment ago can be related, put in a chain or given an interaction
 * at once.
 */
@ApplicationScoped
public class KeyPersonFacts {
    private final AggregateStore<KeyPersonCommand, KeyPersonState, KeyPersonEvent> keyPersons;

    public KeyPersonFacts(AggregateStore<KeyPersonCommand, KeyPersonState, KeyPersonEvent> keyPersons) {
        this.keyPersons = keyPersons;
    }

    /** The fact about one person; fails with {@link NotFound} when there is no such person. */
    public Uni<KeyPersonFact> of(UUID keyPersonId) {
        return keyPersons.load(KeyPerson.streamId(keyPersonId)).map(person -> KeyPerson.factOf(keyPersonId, person.state()));
    }

    /** The facts about several persons in the order given, duplicates once; fails with {@link NotFound} for the first unknown. */
    public Uni<List<KeyPersonFact>> of(Collection<UUID> keyPersonIds) {
        List<UUID> distinct = new ArrayList<>(new LinkedHashSet<>(keyPersonIds));
        if (distinct.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<Uni<KeyPersonFact>> loads = distinct.stream().map(this::of).toList();
        return Uni.join().all(loads).andFailFast();
    }
}
