package com.fivearrows.network.keyperson.api;

import com.fivearrows.network.access.AccessGuard;
import com.fivearrows.network.access.Editor;
import com.fivearrows.network.access.NetworkAccess;
import com.fivearrows.network.app.RequestMetadata;
import com.fivearrows.network.keyperson.KeyPerson;
import com.fivearrows.network.keyperson.KeyPersonCommand;
import com.fivearrows.network.keyperson.KeyPersonCommand.AssessKeyPerson;
import com.fivearrows.network.keyperson.KeyPersonCommand.DeactivateKeyPerson;
import com.fivearrows.network.keyperson.KeyPersonCommand.RegisterKeyPerson;
import com.fivearrows.network.keyperson.KeyPersonCommand.UpdateKeyPerson;
import com.fivearrows.network.keyperson.KeyPersonEvent;
import com.fivearrows.network.keyperson.KeyPersonEvent.PriceStanceAssessed;
import com.fivearrows.network.keyperson.KeyPersonEvent.RelationshipLevelAssessed;
import com.fivearrows.network.keyperson.KeyPersonEvent.SolutionStanceAssessed;
import com.fivearrows.network.keyperson.KeyPersonProfile;
import com.fivearrows.network.keyperson.KeyPersonState;
import com.fivearrows.platform.domain.NotFound;
import com.fivearrows.platform.domain.RuleViolated;
import com.fivearrows.platform.domain.ValidationFailed;
import com.fivearrows.platform.eventsourcing.aggregate.Aggregate;
import com.fivearrows.platform.eventsourcing.aggregate.AggregateStore;
import com.fivearrows.platform.eventsourcing.aggregate.Decision;
import com.fivearrows.platform.eventsourcing.store.EventMetadata;
import com.fivearrows.platform.eventsourcing.store.EventStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.function.Function;

/**
 * The key person commands of the REST API: checks who may ({@link NetworkAccess}), then lets the
 * {@link KeyPerson} decider decide. The editor and the request's metadata are taken when a method is called,
 * while the request is dispatched.
 */
@ApplicationScoped
public class KeyPersonService {
    private final AggregateStore<KeyPersonCommand, KeyPersonState, KeyPersonEvent> keyPersons;
    private final AccessGuard access;
    private final RequestMetadata request;
    private final KeyPersonQueries queries;

    public KeyPersonService(AggregateStore<KeyPersonCommand, KeyPersonState, KeyPersonEvent> keyPersons,
                            AccessGuard access, RequestMetadata request, KeyPersonQueries queries) {
        this.keyPersons = keyPersons;
        this.access = access;
        this.request = request;
        this.queries = queries;
    }

    /** The person from its stream (fresh, unlike the read model); 404 when it was never registered. */
    public Uni<Aggregate<KeyPersonState>> get(UUID keyPersonId) {
        return keyPersons.load(KeyPerson.streamId(keyPersonId)).map(person -> {
            if (!person.state().exists()) {
                throw new NotFound("key person", keyPersonId.toString());
            }
            return person;
        });
    }

    /** Registers a new person under a new id, registered by the caller. */
    public Uni<Aggregate<KeyPersonState>> register(String accountId, KeyPersonProfile profile) {
        NetworkAccess.requireMayRegister(access.editor());
        UUID keyPersonId = UUID.randomUUID();
        RegisterKeyPerson command = new RegisterKeyPerson(keyPersonId, accountId, profile, request.actor());
        EventMetadata metadata = request.metadata();
        return requireOwnIdentifiers(keyPersonId, profile)
                .flatMap(ignored -> keyPersons.handle(KeyPerson.streamId(keyPersonId), EventStore.NO_STREAM, command, metadata))
                .map(Decision::aggregate);
    }

    /**
     * Replaces the profile. {@code accountId} may be sent (the body is the registration's) but must be the
     * person's own: a key person never moves to another account (400).
     */
    public Uni<Aggregate<KeyPersonState>> update(UUID keyPersonId, long expectedVersion, String accountId,
                                                 KeyPersonProfile profile) {
        return changed(keyPersonId, expectedVersion, person -> {
            if (accountId != null && !accountId.equals(person.accountId())) {
                throw ValidationFailed.of("accountId", "cannot change: key person " + keyPersonId
                        + " belongs to account " + person.accountId());
            }
            return new UpdateKeyPerson(keyPersonId, profile);
        }, requireOwnIdentifiers(keyPersonId, profile)).map(Decision::aggregate);
    }

    /**
     * Refuses (422) an e-mail or external id another active key person holds: integration data is matched by them,
     * and one held twice would make every report for it ambiguous. Checked on the read model, so two registrations
     * racing within milliseconds can still both pass; matching then reports the ambiguity instead of guessing.
     */
    private Uni<Void> requireOwnIdentifiers(UUID keyPersonId, KeyPersonProfile profile) {
        if (profile == null || (profile.email() == null && profile.externalIds().isEmpty())) {
            return Uni.createFrom().voidItem();
        }
        return queries.identifiersHeldByOthers(keyPersonId, profile.email(), profile.externalIds()).invoke(held -> {
            if (!held.isEmpty()) {
                throw new RuleViolated("the key person's identifiers must be its own", held);
            }
        }).replaceWithVoid();
    }

    public Uni<Aggregate<KeyPersonState>> deactivate(UUID keyPersonId, long expectedVersion, String reason) {
        return changed(keyPersonId, expectedVersion, person -> new DeactivateKeyPerson(keyPersonId, reason))
                .map(Decision::aggregate);
    }

    /** Records one event per assessed dimension and answers what was recorded. */
    public Uni<AssessmentsRecorded> assess(UUID keyPersonId, long expectedVersion, AssessmentBody body) {
        AssessKeyPerson command = new AssessKeyPerson(keyPersonId, body.level(), body.solutionStance(),
                body.priceStance(), body.assessedAt(), body.note(), request.actor(), request.now());
        return changed(keyPersonId, expectedVersion, person -> command)
                .map(decision -> new AssessmentsRecorded(keyPersonId,
                        decision.events().stream().map(KeyPersonService::recordOf).toList(),
                        decision.aggregate().version()));
    }

    /**
     * Loads the person (404), checks the caller may change it (403), then decides at the expected version (409).
     * The check reads the person as loaded a moment before the decision; what it depends on (registrant, account)
     * never changes, and a team change racing the command is as if it came just after.
     */
    private Uni<Decision<KeyPersonState, KeyPersonEvent>> changed(UUID keyPersonId, long expectedVersion,
                                                                  Function<KeyPersonState, KeyPersonCommand> command) {
        return changed(keyPersonId, expectedVersion, command, Uni.createFrom().voidItem());
    }

    /** Loads the person (404), checks the editor may change it (403), then {@code precondition}, then decides. */
    private Uni<Decision<KeyPersonState, KeyPersonEvent>> changed(UUID keyPersonId, long expectedVersion,
                                                                  Function<KeyPersonState, KeyPersonCommand> command,
                                                                  Uni<Void> precondition) {
        Editor editor = access.editor();
        NetworkAccess.requireMayWrite(editor);
        EventMetadata metadata = request.metadata();
        return get(keyPersonId)
                .flatMap(person -> access.checkChangePerson(editor, person.state()).replaceWith(person))
                .flatMap(person -> precondition.replaceWith(person))
                .flatMap(person -> keyPersons.handle(person.id(), expectedVersion, command.apply(person.state()), metadata));
    }

    private static AssessmentRecord recordOf(KeyPersonEvent event) {
        if (event instanceof RelationshipLevelAssessed level) {
            return new AssessmentRecord(Dimension.LEVEL, level.level().name(), level.assessedAt(), level.assessedBy(),
                    level.note());
        }
        if (event instanceof SolutionStanceAssessed stance) {
            return new AssessmentRecord(Dimension.SOLUTION, stance.stance().name(), stance.assessedAt(),
                    stance.assessedBy(), stance.note());
        }
        PriceStanceAssessed stance = (PriceStanceAssessed) event;
        return new AssessmentRecord(Dimension.PRICE, stance.stance().name(), stance.assessedAt(), stance.assessedBy(),
                stance.note());
    }
}
