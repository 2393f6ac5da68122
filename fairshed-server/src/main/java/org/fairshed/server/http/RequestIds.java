package org.fairshed.server.http;

import io.javalin.http.Context;
import java.util.concurrent.ThreadLocalRandom;

/** A short random id per request, sent as {@code X-Request-Id}, logged with a failure and put into its problem. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final String ATTRIBUTE = "fairshed.requestId";

    private RequestIds() {
    }

    public static void assign(Context ctx) {
        String id = Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        ctx.attribute(ATTRIBUTE, id);
        ctx.header(HEADER, id);
    }

    public static String of(Context ctx) {
        String id = ctx.attribute(ATTRIBUTE);
        return id == null ? "-" : id;
    }
}
