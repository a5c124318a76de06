package com.fivearrows.opportunity.stage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The configurable stage list (SPEC §4, "stages configurable"): the ordered open stages with their win probabilities,
 * followed by the fixed closed stages {@code WON} 100 %, {@code LOST} 0 % and {@code ABANDONED} 0 %.
 *
 * <p>The gates and the grades are anchored on four open stages, which every plan must hold in this order:
 * {@code QUALIFY}, {@code SOLUTION}, {@code BID}, {@code NEGOTIATE}. Other stages may be added before, between or
 * after them; they have no gate. A plan is checked once, at start-up, with {@link #problems()}; the other methods
 * assume a plan without problems.
 *
 * <pre>{@code
 * StagePlan plan = StagePlan.of(List.of(new Stage("IDENTIFY", 10), new Stage("QUALIFY", 20),
 *         new Stage("SOLUTION", 40), new Stage("DEMO", 50), new Stage("BID", 60), new Stage("NEGOTIATE", 80)));
 * plan.problems();            // []
 * plan.next("SOLUTION");      // Optional[Stage[name=DEMO, probability=50.0]]
 * plan.atLeast("DEMO", "BID"); // false
 * }</pre>
 */
public final class StagePlan {
    public static final String QUALIFY = "QUALIFY";
    public static final String SOLUTION = "SOLUTION";
    public static final String BID = "BID";
    public static final String NEGOTIATE = "NEGOTIATE";
    public static final String WON = "WON";
    public static final String LOST = "LOST";
    public static final String ABANDONED = "ABANDONED";

    /** The open stages the gates and grades are anchored on, in their required order. */
    public static final List<String> ANCHORS = List.of(QUALIFY, SOLUTION, BID, NEGOTIATE);

    private static final List<Stage> CLOSED = List.of(new Stage(WON, 100), new Stage(LOST, 0), new Stage(ABANDONED, 0));
    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z_]{0,39}");

    private final List<Stage> open;

    private StagePlan(List<Stage> open) {
        this.open = List.copyOf(open);
    }

    /** IDENTIFY 10, QUALIFY 20, SOLUTION 40, BID 60, NEGOTIATE 80 (SPEC §4). */
    public static StagePlan defaults() {
        return new StagePlan(List.of(new Stage("IDENTIFY", 10), new Stage(QUALIFY, 20), new Stage(SOLUTION, 40),
                new Stage(BID, 60), new Stage(NEGOTIATE, 80)));
    }

    /** A plan of these open stages, in order; check it with {@link #problems()} before use. */
    public static StagePlan of(List<Stage> open) {
        return new StagePlan(open);
    }

    /**
     * What is wrong with the plan, one sentence per problem; empty when it can be used. A plan needs: names of 1 to
     * 40 capital letters or '_', starting with a letter, each once, none of them a closed stage; probabilities 0..100
     * that never decrease from one stage to the next; {@code QUALIFY}, {@code SOLUTION}, {@code BID} and
     * {@code NEGOTIATE} in that order; and a stage before {@code QUALIFY}, because an opportunity opens in the first
     * stage and must pass the gate to {@code QUALIFY} (amount, close date, known account) to get there.
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Stage previous = null;
        for (int i = 0; i < open.size(); i++) {
            Stage stage = open.get(i);
            String name = stage.name();
            if (name == null || !NAME.matcher(name).matches()) {
                problems.add("stage " + (i + 1) + ": the name \"" + name
                        + "\" must be 1 to 40 capital letters or '_', starting with a letter");
            } else if (isClosed(name)) {
                problems.add(name + " is a closed stage and cannot be an open one");
            } else if (!seen.add(name)) {
                problems.add("stage " + name + " appears twice");
            }
            if (!(stage.probability() >= 0 && stage.probability() <= 100)) {
                problems.add("stage " + name + ": the probability " + stage.probability() + " must be 0 to 100");
            } else if (previous != null && stage.probability() < previous.probability()) {
                problems.add("stage " + name + ": the probability " + stage.probability() + " is below the "
                        + previous.probability() + " of " + previous.name() + " before it; probabilities must not decrease");
            }
            previous = stage;
        }
        // Each anchor once (a repeated one is a problem of its own), so a missing anchor is not also called disorder.
        List<String> anchorsInPlan = new ArrayList<>();
        for (Stage stage : open) {
            if (stage.name() != null && ANCHORS.contains(stage.name()) && !anchorsInPlan.contains(stage.name())) {
                anchorsInPlan.add(stage.name());
            }
        }
        for (String anchor : ANCHORS) {
            if (!anchorsInPlan.contains(anchor)) {
                problems.add("the plan must contain " + anchor
                        + ": the gates and grades are anchored on QUALIFY, SOLUTION, BID and NEGOTIATE");
            }
        }
        if (anchorsInPlan.size() == ANCHORS.size() && !anchorsInPlan.equals(ANCHORS)) {
            problems.add("QUALIFY, SOLUTION, BID and NEGOTIATE must come in that order, not "
                    + String.join(", ", anchorsInPlan));
        }
        if (!open.isEmpty() && QUALIFY.equals(open.get(0).name())) {
            problems.add("QUALIFY must not be the first stage: an opportunity opens in the first stage and would "
                    + "skip the gate to QUALIFY");
        }
        return problems;
    }

    /** The open stages, in order. */
    public List<Stage> open() {
        return open;
    }

    /** The stage an opportunity opens in. */
    public Stage first() {
        return open.get(0);
    }

    /** The open or closed stage of this name; empty when there is none. */
    public Optional<Stage> stage(String name) {
        for (Stage stage : open) {
            if (Objects.equals(stage.name(), name)) {
                return Optional.of(stage);
            }
        }
        for (Stage stage : CLOSED) {
            if (stage.name().equals(name)) {
                return Optional.of(stage);
            }
        }
        return Optional.empty();
    }

    public boolean isOpen(String name) {
        return indexOf(name) >= 0;
    }

    /** Whether the name is {@code WON}, {@code LOST} or {@code ABANDONED}. */
    public boolean isClosed(String name) {
        return WON.equals(name) || LOST.equals(name) || ABANDONED.equals(name);
    }

    /** The open stage after this open stage; empty after the last open stage and for a name that is not open. */
    public Optional<Stage> next(String name) {
        int index = indexOf(name);
        if (index < 0 || index + 1 == open.size()) {
            return Optional.empty();
        }
        return Optional.of(open.get(index + 1));
    }

    /**
     * The position of a stage: its index among the open stages (0 for the first); {@code WON} comes after the last
     * open stage (the number of open stages); {@code LOST}, {@code ABANDONED} and a name not in the plan are -1.
     */
    public int order(String name) {
        if (WON.equals(name)) {
            return open.size();
        }
        return indexOf(name);
    }

    /**
     * Whether {@code stage} has reached the open stage {@code anchor}: {@code order(stage) >= order(anchor)}. So
     * {@code WON} has reached every open stage, and {@code LOST}, {@code ABANDONED} and unknown names none.
     *
     * @throws IllegalArgumentException when {@code anchor} is not an open stage of the plan
     */
    public boolean atLeast(String stage, String anchor) {
        int anchorOrder = indexOf(anchor);
        if (anchorOrder < 0) {
            throw new IllegalArgumentException(anchor + " is not an open stage of the plan");
        }
        return order(stage) >= anchorOrder;
    }

    /**
     * The win probability of an open or closed stage, in percent.
     *
     * @throws IllegalArgumentException when the plan has no such stage
     */
    public double probability(String name) {
        return stage(name).orElseThrow(() -> new IllegalArgumentException(name + " is not a stage of the plan"))
                .probability();
    }

    private int indexOf(String name) {
        for (int i = 0; i < open.size(); i++) {
            if (Objects.equals(open.get(i).name(), name)) {
                return i;
            }
        }
        return -1;
    }
}
