package org.fairshed.server.http;

/**
 * An RFC 9457 problem as a handler raises it: the status, a stable type, a title for people, the detail and the
 * request parameter it is about (null when none). The error mapper writes it as {@code application/problem+json}.
 */
public final class Problem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String type;
    private final String title;
    private final String field;
    private final transient java.util.Map<String, String> headers;

    public Problem(int status, String type, String title, String detail, String field,
                   java.util.Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.field = field;
        this.headers = java.util.Map.copyOf(headers);
    }

    /** 400: a parameter is malformed or out of range. */
    public static Problem badParameter(String field, String detail) {
        return new Problem(400, "bad-parameter", "A request parameter is not valid", detail, field, java.util.Map.of());
    }

    /** 404: the resource a parameter names does not exist. */
    public static Problem notFound(String field, String detail) {
        return new Problem(404, "not-found", "Not found", detail, field, java.util.Map.of());
    }

    public static Problem tooManyRequests(long retryAfterSeconds) {
        return new Problem(429, "rate-limited", "Too many requests", "this client searches faster than "
                + "the server allows; retry after " + retryAfterSeconds + " s", null,
                java.util.Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }

    public static Problem notReady() {
        return new Problem(503, "not-ready", "The server is starting", "the server is loading its data; retry shortly",
                null, java.util.Map.of("Retry-After", "5"));
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String field() {
        return field;
    }

    public java.util.Map<String, String> headers() {
        return headers;
    }
}
