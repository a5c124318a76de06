package com.fivearrows.network.relation;

import com.fivearrows.platform.domain.FieldError;
import com.fivearrows.platform.domain.RuleViolated;
import com.fivearrows.platform.domain.ValidationFailed;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The relations among a set of key persons — an account's enterprise relations or a decision chain's — and the
 * rules a new one must meet, the same for both:
 * <ul>
 *   <li>400: a type and both ends are given, no self edge ({@code toKeyPersonId}), {@code strength} 1..5 for
 *       {@code INFLUENCES} and empty for {@code REPORTS_TO};</li>
 *   <li>422: the relation id is new, a person reports to one manager only, reporting lines never form a cycle (the
 *       cycle is named, in order), and one {@code INFLUENCES} per ordered pair (change its strength instead).</li>
 * </ul>
 * Immutable: every change returns a new graph; relations keep the order they were added in.
 */
public final class RelationGraph {
    public static final RelationGraph EMPTY = new RelationGraph(Map.of());

    private final Map<UUID, Relation> byId;

    private RelationGraph(Map<UUID, Relation> byId) {
        this.byId = byId;
    }

    /** Every relation, in the order added. */
    public List<Relation> relations() {
        return List.copyOf(byId.values());
    }

    public Optional<Relation> find(UUID relationId) {
        return Optional.ofNullable(byId.get(relationId));
    }

    /** Whom the person reports to, if anyone. */
    public Optional<UUID> managerOf(UUID keyPersonId) {
        return byId.values().stream()
                .filter(r -> r.type() == RelationType.REPORTS_TO && r.from().equals(keyPersonId))
                .map(Relation::to)
                .findFirst();
    }

    /** The relations that start or end at the person, in the order added: what goes when the person leaves. */
    public List<Relation> relationsOf(UUID keyPersonId) {
        return byId.values().stream()
                .filter(r -> r.from().equals(keyPersonId) || r.to().equals(keyPersonId))
                .toList();
    }

    /** The graph with the relation added (or replaced, by id); no rules, for {@code evolve}. */
    public RelationGraph with(Relation relation) {
        Map<UUID, Relation> next = new LinkedHashMap<>(byId);
        next.put(relation.relationId(), relation);
        return new RelationGraph(Collections.unmodifiableMap(next));
    }

    /** The graph without the relation; no rules, for {@code evolve}. */
    public RelationGraph without(UUID relationId) {
        Map<UUID, Relation> next = new LinkedHashMap<>(byId);
        next.remove(relationId);
        return new RelationGraph(Collections.unmodifiableMap(next));
    }

    /** Checks the relation on its own (400), before anything about the graph or its members. */
    public static void validate(Relation relation) {
        List<FieldError> errors = new ArrayList<>();
        if (relation.relationId() == null) {
            errors.add(new FieldError("relationId", "is required"));
        }
        if (relation.from() == null) {
            errors.add(new FieldError("fromKeyPersonId", "is required"));
        }
        if (relation.to() == null) {
            errors.add(new FieldError("toKeyPersonId", "is required"));
        } else if (relation.to().equals(relation.from())) {
            errors.add(new FieldError("toKeyPersonId", "must differ from fromKeyPersonId: no one relates to themself"));
        }
        if (relation.type() == null) {
            errors.add(new FieldError("type", "is required"));
        } else if (relation.type() == RelationType.INFLUENCES) {
            checkStrength(errors, relation.strength());
        } else if (relation.strength() != null) {
            errors.add(new FieldError("strength", "must be empty for REPORTS_TO"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
    }

    /** Refuses (400) an {@code INFLUENCES} strength outside 1..5. */
    public static void validateStrength(Integer strength) {
        List<FieldError> errors = new ArrayList<>();
        checkStrength(errors, strength);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
    }

    private static void checkStrength(List<FieldError> errors, Integer strength) {
        if (strength == null || strength < 1 || strength > 5) {
            errors.add(new FieldError("strength", "must be 1..5 for INFLUENCES"));
        }
    }

    /** Checks that the relation may be added: {@link #validate} (400), then the rules over the graph (422). */
    public void checkCanAdd(Relation relation) {
        validate(relation);
        if (byId.containsKey(relation.relationId())) {
            throw RuleViolated.of("relation " + relation.relationId() + " already exists");
        }
        if (relation.type() == RelationType.REPORTS_TO) {
            checkReportingLine(relation.from(), relation.to());
        } else {
            checkNoSecondInfluence(relation.from(), relation.to());
        }
    }

    private void checkReportingLine(UUID from, UUID to) {
        Optional<UUID> manager = managerOf(from);
        if (manager.isPresent()) {
            throw RuleViolated.of("key person " + from + " already reports to " + manager.get());
        }
        List<UUID> line = new ArrayList<>(List.of(from, to));
        Set<UUID> seen = new HashSet<>(line);
        Optional<UUID> next = managerOf(to);
        while (next.isPresent() && seen.add(next.get())) {
            line.add(next.get());
            next = managerOf(next.get());
        }
        if (next.isPresent() && next.get().equals(from)) {
            line.add(from);
            String cycle = line.stream().map(UUID::toString).collect(Collectors.joining(" → "));
            throw RuleViolated.of("reporting lines may not form a cycle: " + cycle);
        }
    }

    private void checkNoSecondInfluence(UUID from, UUID to) {
        byId.values().stream()
                .filter(r -> r.type() == RelationType.INFLUENCES && r.from().equals(from) && r.to().equals(to))
                .findFirst()
                .ifPresent(existing -> {
                    throw RuleViolated.of("key person " + from + " already influences " + to + " (relation "
                            + existing.relationId() + "); change its strength instead");
                });
    }
}
