package com.fivearrows.platform.service.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fivearrows.platform.domain.ConcurrencyConflict;
import com.fivearrows.platform.domain.DomainException;
import com.fivearrows.platform.domain.FieldError;
import com.fivearrows.platform.domain.Forbidden;
import com.fivearrows.platform.domain.NotFound;
import com.fivearrows.platform.domain.RuleViolated;
import com.fivearrows.platform.domain.ValidationFailed;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;

/**
 * Maps every exception that reaches Quarkus REST to a {@link Problem}, once for all services: domain errors to
 * 400/403/404/409/422, Bean Validation and unreadable bodies to 400 with the offending fields, HTTP and security
 * errors to their own status, and anything else to a 500 whose detail names only an error id (the stack trace goes
 * to the log under that id, never into the body).
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final Set<String> HEADERS_NOT_COPIED = Set.of(HttpHeaders.CONTENT_TYPE.toLowerCase(),
            HttpHeaders.CONTENT_LENGTH.toLowerCase());

    @ServerExceptionMapper
    public Response domain(DomainException e, UriInfo uri) {
        return forDomain(e, path(uri)).toResponse();
    }

    @ServerExceptionMapper
    public Response validation(ValidationException e, UriInfo uri) {
        if (e instanceof ConstraintViolationException cve && !cve.getConstraintViolations().isEmpty()
                && cve.getConstraintViolations().stream().noneMatch(ProblemMappers::isReturnValue)) {
            List<FieldError> errors = cve.getConstraintViolations().stream()
                    .map(v -> new FieldError(field(v), v.getMessage()))
                    .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                    .toList();
            return validationProblem(errors, path(uri)).toResponse();
        }
        // a broken constraint declaration or an invalid return value is our fault, not the caller's
        return unexpected(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadable(JacksonException e, UriInfo uri) {
        return malformed(e, path(uri)).toResponse();
    }

    // Quarkus registers its own mapper for exactly this type; ours must replace it.
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return malformed(e, path(uri)).toResponse();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        String instance = path(uri);
        DomainException domain = domainCause(e);
        if (domain != null) {
            return forDomain(domain, instance).toResponse();
        }
        if (e.getCause() instanceof JacksonException jackson) {
            return malformed(jackson, instance).toResponse();
        }
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            return failure(e, instance, status);
        }
        Problem problem = switch (status) {
            case 401 -> unauthenticatedProblem(instance);
            case 403 -> Problem.of(ProblemType.FORBIDDEN, 403, "You may not do this", instance);
            case 404 -> Problem.of(ProblemType.NOT_FOUND, 404, detailOf(e, status, "Nothing is found at " + instance),
                    instance);
            default -> Problem.ofStatus(status, detailOf(e, status, null), instance);
        };
        Response.ResponseBuilder builder = problem.toResponseBuilder();
        for (Map.Entry<String, List<Object>> header : original.getHeaders().entrySet()) {
            if (!HEADERS_NOT_COPIED.contains(header.getKey().toLowerCase())) {
                header.getValue().forEach(value -> builder.header(header.getKey(), value));
            }
        }
        if (status == 401 && original.getHeaderString(HttpHeaders.WWW_AUTHENTICATE) == null) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return builder.build();
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class })
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return unauthenticatedProblem(path(uri))
                .toResponseBuilder()
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e, UriInfo uri) {
        return Problem.of(ProblemType.FORBIDDEN, 403, "Your roles do not allow this", path(uri)).toResponse();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        return failure(e, path(uri), 500);
    }

    private static Response failure(Throwable e, String instance, int status) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure %s on %s", errorId, instance);
        return Problem.of(ProblemType.INTERNAL, status,
                "The service failed unexpectedly; quote error id " + errorId + " when reporting it", instance)
                .withErrorId(errorId)
                .toResponse();
    }

    /** The problem a domain exception stands for. */
    static Problem forDomain(DomainException e, String instance) {
        if (e instanceof ValidationFailed failed) {
            return validationProblem(failed.errors(), instance);
        } else if (e instanceof NotFound) {
            return Problem.of(ProblemType.NOT_FOUND, 404, e.getMessage(), instance);
        } else if (e instanceof Forbidden) {
            return Problem.of(ProblemType.FORBIDDEN, 403, e.getMessage(), instance);
        } else if (e instanceof ConcurrencyConflict) {
            return Problem.of(ProblemType.VERSION_CONFLICT, 409, e.getMessage(), instance);
        } else if (e instanceof RuleViolated violated) {
            return Problem.of(ProblemType.RULE_VIOLATED, 422, e.getMessage(), instance)
                    .withUnmetRules(violated.unmetRules());
        }
        throw new IllegalStateException("unmapped domain exception " + e.getClass().getName());
    }

    private static Problem unauthenticatedProblem(String instance) {
        return Problem.of(ProblemType.UNAUTHENTICATED, 401, "A valid bearer token is required", instance);
    }

    private static Problem validationProblem(List<FieldError> errors, String instance) {
        String fields = String.join(", ", errors.stream().map(FieldError::field).distinct().toList());
        return Problem.of(ProblemType.VALIDATION, 400, "Invalid field(s): " + fields, instance).withErrors(errors);
    }

    private static Problem malformed(JacksonException e, String instance) {
        DomainException domain = domainCause(e);
        if (domain != null) {
            return forDomain(domain, instance);
        }
        String field = e instanceof JsonMappingException mapping ? jsonPath(mapping.getPath()) : "";
        if (field.isEmpty()) {
            return Problem.of(ProblemType.MALFORMED_REQUEST, 400, "The request body is not valid JSON", instance);
        }
        return Problem.of(ProblemType.MALFORMED_REQUEST, 400, "Field " + field + " cannot be read", instance)
                .withErrors(List.of(new FieldError(field, "has a wrong type or format")));
    }

    private static DomainException domainCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DomainException domain) {
                return domain;
            }
        }
        return null;
    }

    /** The property path without the method and parameter nodes: {@code amount}, {@code lines[2].price}. */
    static String field(ConstraintViolation<?> violation) {
        List<String> parts = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.CROSS_PARAMETER
                    || kind == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.isInIterable() && !parts.isEmpty()) {
                Object at = node.getIndex() != null ? node.getIndex() : node.getKey();
                if (at != null) {
                    parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "[" + at + "]");
                }
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                parts.add(name);
            }
        }
        if (parts.isEmpty()) {
            return parameter != null ? parameter : "";
        }
        return String.join(".", parts);
    }

    private static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static boolean isReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    private static String detailOf(WebApplicationException e, int status, String fallback) {
        String message = e.getMessage();
        if (message == null || message.isBlank() || message.startsWith("HTTP " + status)) {
            if (fallback != null) {
                return fallback;
            }
            Response.Status known = Response.Status.fromStatusCode(status);
            return known != null ? known.getReasonPhrase() : "HTTP " + status;
        }
        return message;
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
