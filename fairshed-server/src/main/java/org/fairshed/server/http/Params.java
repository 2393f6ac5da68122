package org.fairshed.server.http;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Request parameters parsed or refused with a 400 problem that names the parameter, the value and what is expected. */
public final class Params {

    /** Longest value of any text parameter. */
    public static final int MAX_TEXT = 200;

    private Params() {
    }

    /** A query parameter's text, null when absent; too long or with control characters is a 400. */
    public static String text(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null) {
            return null;
        }
        if (v.length() > MAX_TEXT) {
            throw Problem.badParameter(name, "has " + v.length() + " characters; at most " + MAX_TEXT);
        }
        for (int i = 0; i < v.length(); i++) {
            if (Character.isISOControl(v.charAt(i))) {
                throw Problem.badParameter(name, "must not contain control characters");
            }
        }
        return v;
    }

    public static String requiredText(Context ctx, String name) {
        String v = text(ctx, name);
        if (v == null || v.isBlank()) {
            throw Problem.badParameter(name, "is required");
        }
        return v;
    }

    /** An integer query parameter in [min, max], {@code otherwise} when absent. */
    public static int integer(Context ctx, String name, int min, int max, int otherwise) {
        String v = ctx.queryParam(name);
        return v == null ? otherwise : integerValue(name, v, min, max);
    }

    public static int requiredInteger(Context ctx, String name, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            throw Problem.badParameter(name, "is required (an integer in [" + min + ", " + max + "])");
        }
        return integerValue(name, v, min, max);
    }

    public static int pathInteger(Context ctx, String name, int min, int max) {
        return integerValue(name, ctx.pathParam(name), min, max);
    }

    public static long pathLong(Context ctx, String name, long min, long max) {
        return longValue(name, ctx.pathParam(name), min, max);
    }

    public static long requiredLong(Context ctx, String name, long min, long max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            throw Problem.badParameter(name, "is required (an integer in [" + min + ", " + max + "])");
        }
        return longValue(name, v, min, max);
    }

    public static int integerValue(String name, String v, int min, int max) {
        return (int) longValue(name, v, min, max);
    }

    public static long longValue(String name, String v, long min, long max) {
        long n;
        try {
            n = Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw Problem.badParameter(name, "must be an integer in [" + min + ", " + max + "], got '" + clip(v) + "'");
        }
        if (n < min || n > max) {
            throw Problem.badParameter(name, "must be in [" + min + ", " + max + "], got " + n);
        }
        return n;
    }

    /** A date parameter {@code YYYY-MM-DD}, {@code otherwise} when absent. */
    public static LocalDate date(Context ctx, String name, LocalDate otherwise) {
        String v = ctx.queryParam(name);
        if (v == null) {
            return otherwise;
        }
        try {
            LocalDate d = LocalDate.parse(v.trim());
            if (d.getYear() < 2000 || d.getYear() > 2200) {
                throw Problem.badParameter(name, "must be a date between 2000 and 2200, got " + d);
            }
            return d;
        } catch (DateTimeParseException e) {
            throw Problem.badParameter(name, "must be a date YYYY-MM-DD, got '" + clip(v) + "'");
        }
    }

    /** A value for a message: at most 40 characters. */
    public static String clip(String v) {
        return v.length() <= 40 ? v : v.substring(0, 40) + "…";
    }
}
