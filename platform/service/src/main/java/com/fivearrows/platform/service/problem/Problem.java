package com.fivearrows.platform.service.problem;

import java.util.List;

import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fivearrows.platform.domain.FieldError;

/**
 * An RFC 9457 problem: the body of every error answer, sent as {@code application/problem+json}.
 * Extension members are present only where they apply: {@code errors} on a validation failure,
 * {@code unmetRules} on a rule violation and {@code errorId} on an unexpected failure.
 *
 * <pre>
 * return Problem.of(ProblemType.RULE_VIOLATED, 422, "Cannot advance to Bid", "/opportunities/42/stage")
 *         .withUnmetRules(List.of("decision chain composite below 40"))
 *         .toResponse();
 * </pre>
 *
 * @param type       a URI naming the kind of problem, {@code about:blank} where the status says it all
 * @param title      a short summary of the kind of problem, the same for every occurrence
 * @param status     the HTTP status code
 * @param detail     what went wrong in this occurrence
 * @param instance   the request path
 * @param errors     the offending fields of a validation failure
 * @param unmetRules the rules a refused command did not meet
 * @param errorId    the id under which an unexpected failure was logged with its stack trace
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
        List<FieldError> errors, List<String> unmetRules, String errorId) {

    /** The media type of every problem body. */
    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        errors = errors == null ? null : List.copyOf(errors);
        unmetRules = unmetRules == null ? null : List.copyOf(unmetRules);
    }

    /** A problem without extension members. */
    public static Problem of(ProblemType type, int status, String detail, String instance) {
        return new Problem(type.uri(), type.title(), status, detail, instance, null, null, null);
    }

    /** A problem whose kind is told by its status alone ({@code about:blank}, titled by the reason phrase). */
    public static Problem ofStatus(int status, String detail, String instance) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
        return new Problem("about:blank", title, status, detail, instance, null, null, null);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, fieldErrors, unmetRules, errorId);
    }

    public Problem withUnmetRules(List<String> rules) {
        return new Problem(type, title, status, detail, instance, errors, rules, errorId);
    }

    public Problem withErrorId(String id) {
        return new Problem(type, title, status, detail, instance, errors, unmetRules, id);
    }

    /** This problem as a response with its status and {@code application/problem+json}. */
    public Response toResponse() {
        return toResponseBuilder().build();
    }

    /** Like {@link #toResponse()}, for adding headers first. */
    public Response.ResponseBuilder toResponseBuilder() {
        return Response.status(status).type(MEDIA_TYPE).entity(this);
    }
}
