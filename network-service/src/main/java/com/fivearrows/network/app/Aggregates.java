package com.fivearrows.network.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fivearrows.network.chain.DecisionChain;
import com.fivearrows.network.chain.DecisionChainCommand;
import com.fivearrows.network.chain.DecisionChainEvent;
import com.fivearrows.network.chain.DecisionChainState;
import com.fivearrows.network.interaction.Interaction;
import com.fivearrows.network.interaction.InteractionEvent;
import com.fivearrows.network.interaction.InteractionState;
import com.fivearrows.network.interaction.RecordInteraction;
import com.fivearrows.network.keyperson.KeyPerson;
import com.fivearrows.network.keyperson.KeyPersonCommand;
import com.fivearrows.network.keyperson.KeyPersonEvent;
import com.fivearrows.network.keyperson.KeyPersonState;
import com.fivearrows.network.relation.AccountNetwork;
import com.fivearrows.network.relation.AccountNetworkCommand;
import com.fivearrows.network.relation.AccountNetworkEvent;
import com.fivearrows.network.relation.AccountNetworkState;
import com.fivearrows.platform.eventsourcing.aggregate.AggregateStore;
import com.fivearrows.platform.eventsourcing.aggregate.EventCodec;
import com.fivearrows.platform.eventsourcing.store.EventStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Wires the four aggregates of the relationship network to the event store. */
@ApplicationScoped
public class Aggregates {

    @Produces
    @ApplicationScoped
    AggregateStore<KeyPersonCommand, KeyPersonState, KeyPersonEvent> keyPersons(EventStore store, ObjectMapper mapper) {
        return new AggregateStore<>(store, "KeyPerson", new KeyPerson(), EventCodec.of(mapper, KeyPerson.eventTypes()));
    }

    @Produces
    @ApplicationScoped
    AggregateStore<AccountNetworkCommand, AccountNetworkState, AccountNetworkEvent> accountNetworks(EventStore store, ObjectMapper mapper) {
        return new AggregateStore<>(store, "AccountNetwork", new AccountNetwork(), EventCodec.of(mapper, AccountNetwork.eventTypes()));
    }

    @Produces
    @ApplicationScoped
    AggregateStore<DecisionChainCommand, DecisionChainState, DecisionChainEvent> decisionChains(EventStore store, ObjectMapper mapper) {
        return new AggregateStore<>(store, "DecisionChain", new DecisionChain(), EventCodec.of(mapper, DecisionChain.eventTypes()));
    }

    @Produces
    @ApplicationScoped
    AggregateStore<RecordInteraction, InteractionState, InteractionEvent> interactions(EventStore store, ObjectMapper mapper) {
        return new AggregateStore<>(store, "Interaction", new Interaction(), EventCodec.of(mapper, Interaction.eventTypes()));
    }
}
