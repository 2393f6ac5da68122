package org.fairshed.cli;

import java.util.Locale;
import org.fairshed.common.InputException;

/**
 * The settings {@code serve} reads from its environment, checked before anything is opened: a value that is not what
 * the variable takes is an input error naming the variable and what it takes (exit 2), never a stack trace, and never
 * read as something else (Java's {@code Boolean.parseBoolean} reads "yes" and "1" as false, which for
 * {@code FAIRSHED_SECURE_COOKIES} would silently send the operator's session cookie without {@code Secure}).
 */
final class EnvSetting {

    private EnvSetting() {
    }

    /** An integer in [min, max]; {@code otherwise} when the variable is unset or blank. */
    static int integer(String name, String raw, int otherwise, int min, int max) {
        if (blank(raw)) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(raw.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw error(name, "an integer in [" + min + ", " + max + "]", raw);
    }

    /** A finite decimal number in [min, max]; {@code otherwise} when unset or blank. */
    static double decimal(String name, String raw, double otherwise, double min, double max) {
        if (blank(raw)) {
            return otherwise;
        }
        try {
            double x = Double.parseDouble(raw.strip());
            if (Double.isFinite(x) && x >= min && x <= max) {
                return x;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw error(name, String.format(Locale.ROOT, "a number in [%s, %s]", plain(min), plain(max)), raw);
    }

    /** {@code true} or {@code false} (any case); {@code otherwise} when unset or blank. */
    static boolean bool(String name, String raw, boolean otherwise) {
        if (blank(raw)) {
            return otherwise;
        }
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw error(name, "true or false", raw);
        };
    }

    /**
     * An address to listen on: an IPv4 address (four numbers up to 255), an IPv6 literal, or a host name of letters,
     * digits and hyphens between dots; {@code otherwise} when unset or blank. Whether the machine has it is the
     * server's to find when it binds.
     */
    static String host(String name, String raw, String otherwise) {
        if (blank(raw)) {
            return otherwise;
        }
        String h = raw.strip();
        if (isIpv4(h) || h.matches("[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*") && h.length() <= 45
                || !h.matches("[0-9.]+") && h.length() <= 253
                && h.matches("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*")) {
            return h;
        }
        throw error(name, "an IP address or host name to listen on (127.0.0.1 for this machine only, 0.0.0.0 for "
                + "every interface)", raw);
    }

    private static boolean isIpv4(String h) {
        String[] parts = h.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            if (!p.matches("\\d{1,3}") || Integer.parseInt(p) > 255) {
                return false;
            }
        }
        return true;
    }

    private static boolean blank(String raw) {
        return raw == null || raw.isBlank();
    }

    private static String plain(double x) {
        return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
    }

    private static InputException error(String name, String takes, String raw) {
        String shown = raw.length() > 40 ? raw.substring(0, 40) + "…" : raw;
        return InputException.atField("environment", name, "must be " + takes + ", got '" + shown + "'");
    }
}
