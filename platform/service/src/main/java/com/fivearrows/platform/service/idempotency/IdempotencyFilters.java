package com.fivearrows.platform.service.idempotency;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fivearrows.platform.domain.FieldError;
import com.fivearrows.platform.service.problem.Problem;
import com.fivearrows.platform.service.problem.ProblemType;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;

/**
 * Claims the {@code Idempotency-Key} of a write before it runs and stores its final answer after; see the
 * package documentation for the rules. Requests without the header pass untouched.
 */
public class IdempotencyFilters {

    /** The request header carrying the client's key. */
    public static final String KEY_HEADER = "Idempotency-Key";
    /** The response header marking a replayed answer. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    static final int MAX_KEY_LENGTH = 255;

    private static final Logger LOG = Logger.getLogger(IdempotencyFilters.class);
    private static final String CLAIM_PROPERTY = IdempotencyFilters.class.getName() + ".claim";
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final List<String> REPLAYED_HEADERS = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.LOCATION,
            HttpHeaders.ETAG, HttpHeaders.CONTENT_LOCATION);

    private final IdempotencyStore store;
    private final ObjectMapper json;

    IdempotencyFilters(IdempotencyStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    // readBody: the filter must see the body to tell a retry from a different request with the same key.
    @SuppressWarnings("deprecation")
    @ServerRequestFilter(readBody = true)
    public Uni<Response> claimKey(ContainerRequestContext request) {
        String key = request.getHeaderString(KEY_HEADER);
        if (key == null || !WRITES.contains(request.getMethod())) {
            return Uni.createFrom().nullItem();
        }
        String instance = request.getUriInfo().getRequestUri().getRawPath();
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            return Uni.createFrom().item(Problem.of(ProblemType.VALIDATION, 400,
                    "The Idempotency-Key header must have 1 to " + MAX_KEY_LENGTH + " characters", instance)
                    .withErrors(List.of(new FieldError(KEY_HEADER, "must have 1 to " + MAX_KEY_LENGTH + " characters")))
                    .toResponse());
        }
        Principal principal = request.getSecurityContext().getUserPrincipal();
        IdempotencyScope scope = new IdempotencyScope(principal == null ? "" : principal.getName(),
                request.getMethod(), instance, key);
        byte[] hash = hash(request.getUriInfo().getRequestUri().getRawQuery(),
                request.getHeaderString(HttpHeaders.IF_MATCH), body(request));
        return store.claim(scope, hash).map(claim -> {
            if (claim instanceof Claim.Acquired acquired) {
                request.setProperty(CLAIM_PROPERTY, acquired);
                return null;
            } else if (claim instanceof Claim.Answered answered) {
                return replay(answered.answer());
            } else if (claim instanceof Claim.Mismatch) {
                return Problem.of(ProblemType.IDEMPOTENCY_KEY_REUSED, 422,
                        "Idempotency-Key " + key + " was already used for another request (body, query or If-Match)",
                        instance)
                        .toResponse();
            }
            return Problem.of(ProblemType.IDEMPOTENCY_KEY_IN_FLIGHT, 409,
                    "A request with Idempotency-Key " + key + " is still being processed; retry later", instance)
                    .toResponseBuilder().header(HttpHeaders.RETRY_AFTER, "1").build();
        });
    }

    @ServerResponseFilter
    public Uni<Void> storeAnswer(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIM_PROPERTY) instanceof Claim.Acquired claim)) {
            return Uni.createFrom().voidItem();
        }
        request.removeProperty(CLAIM_PROPERTY);
        StoredAnswer answer = answerOf(response);
        Uni<Void> write = answer != null ? store.complete(claim, answer) : store.release(claim);
        return write.onFailure().recoverWithUni(failure -> {
            // the claim then lapses after the pending timeout; the answer itself still goes out
            LOG.warnf(failure, "Could not record the answer for Idempotency-Key %s", claim.scope().key());
            return Uni.createFrom().voidItem();
        });
    }

    /**
     * The answer to keep for replay, or {@code null} to give the key up so that a retry runs the request again:
     * a 5xx or a 409 version conflict, which a retry may well get past, or a refusal whose body cannot be kept.
     * A success is always kept: its effect has happened and must not happen twice. Where this filter cannot
     * reproduce what the body writer sends (an entity of another media type than JSON, or one Jackson cannot
     * write), the success is kept without its body.
     */
    private StoredAnswer answerOf(ContainerResponseContext response) {
        int status = response.getStatus();
        boolean success = status >= 200 && status < 300;
        boolean refusal = status >= 400 && status < 500 && status != 409;
        if (!success && !refusal) {
            return null;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : REPLAYED_HEADERS) {
            String value = response.getHeaderString(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        MediaType type = response.getMediaType();
        Object entity = response.getEntity();
        byte[] body;
        if (entity == null) {
            body = new byte[0];
        } else if (entity instanceof byte[] bytes) {
            body = bytes;
        } else if (entity instanceof String text) {
            body = text.getBytes(StandardCharsets.UTF_8);
        } else if (type == null || isJson(type)) {
            body = jsonOf(entity);
            type = type == null ? MediaType.APPLICATION_JSON_TYPE : type;
        } else {
            body = null;
        }
        if (body == null) {
            if (!success) {
                return null;
            }
            LOG.debugf("Keeping the %d answer for replay without its %s body", status, type);
            headers.remove(HttpHeaders.CONTENT_TYPE);
            body = new byte[0];
        } else if (body.length > 0 && type != null) {
            headers.putIfAbsent(HttpHeaders.CONTENT_TYPE, type.toString());
        }
        return new StoredAnswer(status, headers, body);
    }

    private byte[] jsonOf(Object entity) {
        try {
            return json.writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static Response replay(StoredAnswer answer) {
        Response.ResponseBuilder builder = Response.status(answer.status()).header(REPLAYED_HEADER, "true");
        answer.headers().forEach(builder::header);
        if (answer.body().length > 0) {
            builder.entity(answer.body());
        }
        return builder.build();
    }

    private static boolean isJson(MediaType type) {
        return "application".equals(type.getType())
                && ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"));
    }

    /**
     * The request body, left readable for the resource method; empty where the method reads no body. With
     * {@code readBody} a body the method reads is already buffered: in memory, or behind a stream on a worker
     * thread when it is larger than the input buffer. Anything else is not read here, so the event loop never blocks.
     */
    private static byte[] body(ContainerRequestContext request) {
        ResteasyReactiveRequestContext current = CurrentRequestManager.get();
        if (!request.hasEntity() || current == null || !current.hasInputStream()) {
            return new byte[0];
        }
        InputStream stream = request.getEntityStream();
        if (!(stream instanceof ByteArrayInputStream) && Context.isOnEventLoopThread()) {
            return new byte[0];
        }
        try {
            byte[] body = stream.readAllBytes();
            request.setEntityStream(new ByteArrayInputStream(body));
            return body;
        } catch (IOException e) {
            // a stream the method will not read either (it declares no body): the body cannot change the outcome
            LOG.debugf(e, "Request body of %s not readable for hashing", request.getUriInfo().getPath());
            return new byte[0];
        }
    }

    /** The request's fingerprint. Neither a raw query nor a header value holds a line break, so the parts never blur. */
    private static byte[] hash(String query, String ifMatch, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((query == null ? "" : query).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
            digest.update((ifMatch == null ? "" : ifMatch).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
            return digest.digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
