package com.fivearrows.opportunity.opportunity.api;

import com.fivearrows.opportunity.forecast.ForecastSettings;
import com.fivearrows.opportunity.opportunity.Money;
import com.fivearrows.platform.domain.FieldError;
import com.fivearrows.platform.domain.ValidationFailed;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The request bodies of the opportunity API, and the reading of their values that JSON leaves as text (amounts,
 * dates), collecting every bad one into one 400 that names each field. The decider checks the rest.
 */
final class Bodies {

    private Bodies() {
    }

    /** {@code {"value": "125000.00", "currency": "EUR"}}; the value may also be a JSON number. */
    record AmountBody(String value, String currency) {
    }

    record OpenBody(String accountId, String name, String owner, List<String> team, AmountBody amount,
                    String expectedCloseDate, String source) {
    }

    record DetailsBody(String name, String expectedCloseDate) {
    }

    record TeamBody(String owner, List<String> team) {
    }

    /** Advance ({@code toStage}), override a gate or regress ({@code toStage} and {@code reason}). */
    record StageBody(String toStage, String reason) {
    }

    /** {@code outcome} WON, LOST or ABANDONED. */
    record CloseBody(String outcome, String reason, String competitor) {
    }

    record ProposalBody(String kind, String reference) {
    }

    record EvidenceBody(String evidence) {
    }

    record ReasonBody(String reason) {
    }

    /** {@code category} null puts the derived category back. */
    record CategoryBody(String category, String reason) {
    }

    record TacticBody(UUID tacticId, Integer step) {
    }

    /** Collects the errors of one body's values; {@link #check()} throws them all at once. */
    static final class Reader {
        private final List<FieldError> errors = new ArrayList<>();

        /** The amount, null when absent (the decider says it is required); a bad value is an error. */
        Money money(String field, AmountBody body) {
            if (body == null) {
                return null;
            }
            BigDecimal value = null;
            if (body.value() == null) {
                errors.add(new FieldError(field + ".value", "is required"));
            } else {
                try {
                    value = new BigDecimal(body.value().trim());
                } catch (NumberFormatException e) {
                    errors.add(new FieldError(field + ".value", "must be a decimal number such as 125000.00, was \""
                            + body.value() + "\""));
                }
            }
            if (body.currency() == null) {
                errors.add(new FieldError(field + ".currency", "is required"));
            }
            return value == null || body.currency() == null ? null : new Money(value, body.currency());
        }

        /** A date {@code yyyy-mm-dd}, null when absent. */
        LocalDate date(String field, String value) {
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                errors.add(new FieldError(field, "must be a date yyyy-mm-dd, was \"" + value + "\""));
                return null;
            }
        }

        /** A name of {@code type}, null when absent; anything else is an error listing the names. */
        <E extends Enum<E>> E enumValue(String field, String value, Class<E> type) {
            if (value == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(field, "must be one of " + List.of(type.getEnumConstants()) + ", was \""
                        + value + "\""));
                return null;
            }
        }

        /**
         * An amount in a currency the forecast cannot convert would make every forecast it is in fail: refused, naming
         * the setting that would allow it. A currency that is not a code at all is left to the decider, which names it
         * with the body's other errors.
         */
        void requireRate(String field, Money amount, ForecastSettings forecast) {
            if (amount != null && amount.currencyWellFormed() && !amount.currency().equals(forecast.reportingCurrency())
                    && !forecast.ratesToReporting().containsKey(amount.currency())) {
                errors.add(new FieldError(field + ".currency", "has no rate to the reporting currency "
                        + forecast.reportingCurrency() + ": configure opportunity.forecast.rates." + amount.currency()));
            }
        }

        void require(String field, Object value) {
            if (value == null) {
                errors.add(new FieldError(field, "is required"));
            }
        }

        void check() {
            if (!errors.isEmpty()) {
                throw new ValidationFailed(errors);
            }
        }
    }
}
