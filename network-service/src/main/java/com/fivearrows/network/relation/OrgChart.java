package com.fivearrows.network.relation;

import com.fivearrows.network.keyperson.Kind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The org chart of a set of key persons, as the API returns it: the reporting lines as a forest (each root is a
 * person without a manager among them, everyone's reports below, siblings sorted by name) and the
 * {@code INFLUENCES} edges beside it, sorted by the names of their ends.
 *
 * <pre>{@code
 * OrgChart chart = OrgChart.of(persons, relations);   // relations of both types, e.g. an account network's
 * }</pre>
 */
public record OrgChart(List<Node> roots, List<Influence> influences) {

    /** A key person as the chart shows it. */
    public record Person(UUID keyPersonId, String name, String title, Kind kind, boolean active) {
    }

    /** A person and the people who report to them. */
    public record Node(UUID keyPersonId, String name, String title, Kind kind, boolean active, List<Node> reports) {
    }

    /** {@code from} influences {@code to} with strength 1..5. */
    public record Influence(UUID relationId, UUID fromKeyPersonId, UUID toKeyPersonId, int strength) {
    }

    private static final Comparator<Person> BY_NAME = Comparator
            .comparing(Person::name, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Person::keyPersonId);

    /**
     * Builds the chart. Relations with an end outside {@code persons} are left out, so a person whose manager is
     * not among them is a root. Should the relations hold a reporting cycle (the deciders never write one), the
     * first of its persons by name becomes a root, so no one goes missing.
     */
    public static OrgChart of(Collection<Person> persons, Collection<Relation> relations) {
        Map<UUID, Person> byId = new LinkedHashMap<>();
        persons.forEach(person -> byId.put(person.keyPersonId(), person));
        Map<UUID, List<Person>> reportsTo = new HashMap<>();
        Set<UUID> managed = new HashSet<>();
        List<Relation> influences = new ArrayList<>();
        for (Relation relation : relations) {
            if (!byId.containsKey(relation.from()) || !byId.containsKey(relation.to())) {
                continue;
            }
            if (relation.type() == RelationType.REPORTS_TO) {
                reportsTo.computeIfAbsent(relation.to(), manager -> new ArrayList<>()).add(byId.get(relation.from()));
                managed.add(relation.from());
            } else {
                influences.add(relation);
            }
        }

        List<Person> sorted = byId.values().stream().sorted(BY_NAME).toList();
        Set<UUID> placed = new HashSet<>();
        List<Node> roots = new ArrayList<>();
        for (Person person : sorted) {
            if (!managed.contains(person.keyPersonId())) {
                roots.add(node(person, reportsTo, placed));
            }
        }
        for (Person person : sorted) {
            if (!placed.contains(person.keyPersonId())) {
                roots.add(node(person, reportsTo, placed));
            }
        }

        Comparator<Relation> byEnds = Comparator
                .comparing((Relation r) -> byId.get(r.from()), BY_NAME)
                .thenComparing(r -> byId.get(r.to()), BY_NAME);
        List<Influence> influenceList = influences.stream()
                .sorted(byEnds)
                .map(r -> new Influence(r.relationId(), r.from(), r.to(), r.strength()))
                .toList();
        return new OrgChart(List.copyOf(roots), influenceList);
    }

    private static Node node(Person person, Map<UUID, List<Person>> reportsTo, Set<UUID> placed) {
        placed.add(person.keyPersonId());
        List<Node> reports = new ArrayList<>();
        for (Person report : reportsTo.getOrDefault(person.keyPersonId(), List.of()).stream().sorted(BY_NAME).toList()) {
            if (!placed.contains(report.keyPersonId())) {
                reports.add(node(report, reportsTo, placed));
            }
        }
        return new Node(person.keyPersonId(), person.name(), person.title(), person.kind(), person.active(),
                List.copyOf(reports));
    }
}
