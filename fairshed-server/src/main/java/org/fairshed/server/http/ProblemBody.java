package org.fairshed.server.http;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The JSON of an RFC 9457 problem: {@code type} is {@value #TYPE_PREFIX} + a stable name, {@code instance} the request's
 * path, {@code field} the parameter at fault (absent when none), {@code requestId} the id the server logged it under.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemBody(String type, String title, int status, String detail, String instance, String field,
                          String requestId) {

    public static final String TYPE_PREFIX = "urn:fairshed:problem:";
    public static final String MEDIA_TYPE = "application/problem+json";
}
