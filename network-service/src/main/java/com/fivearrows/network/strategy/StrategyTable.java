package com.fivearrows.network.strategy;

import com.fivearrows.network.keyperson.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The strategy for each of the five kinds of key persons in each band of C (SPEC §3.5): 15 rules, every cell
 * filled. {@link #defaults()} is the built-in table; configuration replaces single cells
 * ({@link #overriddenBy(Map)}), keyed {@code KIND.BAND} with the value {@code ACTION_CODE: description}:
 *
 * <pre>
 * network.strategy.rules."EVALUATOR.MID"=PILOT_PROJECT: Propose a paid pilot on one site instead of a free proof of concept.
 * </pre>
 */
public final class StrategyTable {
    private static final Pattern ACTION = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    private static final int MAX_DESCRIPTION = 1000;

    private final Map<Kind, Map<StrategyBand, StrategyRule>> rules;

    private StrategyTable(Map<Kind, Map<StrategyBand, StrategyRule>> rules) {
        this.rules = rules;
    }

    /** The built-in rules, from the specification's examples and common key-account practice. */
    public static StrategyTable defaults() {
        Builder table = new Builder();
        table.put(Kind.DECISION_MAKER, StrategyBand.LOW, "EXECUTIVE_ALIGNMENT_MEETING",
                "Arrange an executive alignment meeting between our executive and the decision maker to agree on the"
                        + " business problem and the outcome that matters to them.");
        table.put(Kind.DECISION_MAKER, StrategyBand.MID, "BUSINESS_CASE_REVIEW",
                "Review the business case with the decision maker and tie our solution to their strategic goals.");
        table.put(Kind.DECISION_MAKER, StrategyBand.HIGH, "SECURE_COMMITMENT",
                "Ask the decision maker to commit to the decision and its timeline, and keep them briefed.");
        table.put(Kind.APPROVER, StrategyBand.LOW, "BUDGET_DISCOVERY",
                "Discover the budget, the approval process and the financial criteria with the approver.");
        table.put(Kind.APPROVER, StrategyBand.MID, "ROI_JUSTIFICATION",
                "Give the approver a return-on-investment and total-cost case that answers their financial concerns.");
        table.put(Kind.APPROVER, StrategyBand.HIGH, "CONFIRM_APPROVAL_PATH",
                "Confirm the approval steps, paperwork and dates with the approver so nothing stalls at signature.");
        table.put(Kind.EVALUATOR, StrategyBand.LOW, "TECHNICAL_DISCOVERY",
                "Hold a technical discovery workshop to learn the evaluator's requirements and evaluation criteria.");
        table.put(Kind.EVALUATOR, StrategyBand.MID, "PROOF_OF_CONCEPT",
                "Offer a proof of concept that shows our solution meeting the evaluator's criteria.");
        table.put(Kind.EVALUATOR, StrategyBand.HIGH, "SHAPE_EVALUATION_CRITERIA",
                "Help the evaluator write evaluation criteria that reward our strengths, and give them references.");
        table.put(Kind.USER, StrategyBand.LOW, "USER_NEEDS_INTERVIEW",
                "Interview the users about their daily work and pain points.");
        table.put(Kind.USER, StrategyBand.MID, "HANDS_ON_DEMO",
                "Give the users a hands-on demo or trial with their own scenarios.");
        table.put(Kind.USER, StrategyBand.HIGH, "USER_ADVOCACY",
                "Ask the users to tell the evaluators and the decision maker what our solution does for them.");
        table.put(Kind.COACH, StrategyBand.LOW, "DEVELOP_COACH",
                "Develop a coach: find someone inside who wants us to win, and invest in that relationship.");
        table.put(Kind.COACH, StrategyBand.MID, "VALIDATE_WITH_COACH",
                "Meet the coach regularly to check the decision chain, the criteria and the competition.");
        table.put(Kind.COACH, StrategyBand.HIGH, "COACH_INTRODUCTIONS",
                "Ask the coach to introduce us to the decision maker and the key persons we do not reach yet.");
        return table.build();
    }

    /** The rule for a kind of key person whose C is in a band. */
    public StrategyRule rule(Kind kind, StrategyBand band) {
        return rules.get(kind).get(band);
    }

    /** All 15 rules, by kind then band. */
    public List<StrategyRule> rules() {
        return rules.values().stream().flatMap(byBand -> byBand.values().stream()).toList();
    }

    /**
     * What is wrong with configured rules, each naming its key, e.g. {@code "DECISION_MAKER.LOWEST" is not KIND.BAND};
     * empty when they can all be used. Keys ignore case and take {@code -} for {@code _}.
     */
    public static List<String> problems(Map<String, String> configured) {
        List<String> problems = new ArrayList<>();
        parse(configured, problems, rule -> { });
        return List.copyOf(problems);
    }

    /**
     * This table with the configured cells replaced.
     *
     * @throws IllegalArgumentException listing every {@link #problems(Map)} when there are any
     */
    public StrategyTable overriddenBy(Map<String, String> configured) {
        List<String> problems = new ArrayList<>();
        Builder table = new Builder();
        rules().forEach(rule -> table.put(rule.kind(), rule.band(), rule.action(), rule.description()));
        parse(configured, problems, rule -> table.put(rule.kind(), rule.band(), rule.action(), rule.description()));
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return table.build();
    }

    private static void parse(Map<String, String> configured, List<String> problems,
                              Consumer<StrategyRule> accept) {
        configured.forEach((key, value) -> {
            String[] cell = key.trim().toUpperCase(Locale.ROOT).replace('-', '_').split("\\.", -1);
            Kind kind = cell.length == 2 ? constant(Kind.class, cell[0]) : null;
            StrategyBand band = cell.length == 2 ? constant(StrategyBand.class, cell[1]) : null;
            if (kind == null || band == null) {
                problems.add('"' + key + "\" is not KIND.BAND, with KIND one of " + names(Kind.class)
                        + " and BAND one of " + names(StrategyBand.class));
                return;
            }
            int colon = value == null ? -1 : value.indexOf(':');
            String action = colon < 0 ? "" : value.substring(0, colon).trim();
            String description = colon < 0 ? "" : value.substring(colon + 1).trim();
            if (!ACTION.matcher(action).matches() || description.isEmpty() || description.length() > MAX_DESCRIPTION) {
                problems.add('"' + key + "\" must be \"ACTION_CODE: description\" (a code of capital letters, digits"
                        + " and _, up to 64 characters, and a description of 1 to " + MAX_DESCRIPTION
                        + " characters), was \"" + value + '"');
                return;
            }
            accept.accept(new StrategyRule(kind, band, action, description));
        });
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(name))
                .findFirst().orElse(null);
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /** Collects the rules cell by cell; {@link #defaults()} fills all 15, and overriding only replaces. */
    private static final class Builder {
        private final Map<Kind, Map<StrategyBand, StrategyRule>> rules = new EnumMap<>(Kind.class);

        void put(Kind kind, StrategyBand band, String action, String description) {
            rules.computeIfAbsent(kind, k -> new EnumMap<>(StrategyBand.class))
                    .put(band, new StrategyRule(kind, band, action, description));
        }

        StrategyTable build() {
            Map<Kind, Map<StrategyBand, StrategyRule>> copy = new EnumMap<>(Kind.class);
            rules.forEach((kind, byBand) -> copy.put(kind, Collections.unmodifiableMap(new EnumMap<>(byBand))));
            return new StrategyTable(Collections.unmodifiableMap(copy));
        }
    }
}
