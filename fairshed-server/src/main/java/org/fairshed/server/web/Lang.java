package org.fairshed.server.web;

import io.javalin.http.Context;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The page's language: {@code ?lang=uk|en} when given, else the first of Ukrainian or English the browser's
 * {@code Accept-Language} names, else Ukrainian (every region is Ukrainian). Every string comes from the bundle
 * {@code org/fairshed/server/web/messages_<lang>.properties}; times are written as the API gives them, in the
 * region's offset, in the language's own format.
 */
public enum Lang {
    UK("uk", Locale.forLanguageTag("uk-UA")),
    EN("en", Locale.forLanguageTag("en-GB"));

    private final String code;
    private final Locale locale;
    private final ResourceBundle bundle;
    private final DateTimeFormatter time;
    private final DateTimeFormatter date;
    private final DateTimeFormatter shortDate;

    Lang(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.fairshed.server.web.messages", Locale.forLanguageTag(code),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.time = DateTimeFormatter.ofPattern("HH:mm", locale);
        this.date = DateTimeFormatter.ofPattern("EEEE, d MMMM", locale);
        this.shortDate = DateTimeFormatter.ofPattern("d MMMM", locale);
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** The other language (the switch link). */
    public Lang other() {
        return this == UK ? EN : UK;
    }

    /** The language a request asks for: {@code ?lang}, then {@code Accept-Language}, then Ukrainian. */
    public static Lang of(Context ctx) {
        String asked = ctx.queryParam("lang");
        if (asked != null) {
            for (Lang l : values()) {
                if (l.code.equalsIgnoreCase(asked.trim())) {
                    return l;
                }
            }
        }
        return fromAcceptLanguage(ctx.header("Accept-Language"));
    }

    /** Whether the request names its language in the URL (the response then does not vary by Accept-Language). */
    public static boolean explicit(Context ctx) {
        String asked = ctx.queryParam("lang");
        return asked != null && (asked.equalsIgnoreCase("uk") || asked.equalsIgnoreCase("en"));
    }

    static Lang fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return UK;
        }
        try {
            for (Locale.LanguageRange r : Locale.LanguageRange.parse(header)) {
                String tag = r.getRange().toLowerCase(Locale.ROOT);
                if (r.getWeight() > 0 && (tag.equals("uk") || tag.startsWith("uk-"))) {
                    return UK;
                }
                if (r.getWeight() > 0 && (tag.equals("en") || tag.startsWith("en-"))) {
                    return EN;
                }
            }
        } catch (IllegalArgumentException e) {
            return UK; // a malformed header: the default
        }
        return UK;
    }

    /** The message {@code key} with {@code args} filled in ({@link MessageFormat}). */
    public String t(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** {@code 18:00} from an API time ({@code 2026-10-25T18:00:00+02:00}), in the offset it was written with. */
    public String time(String iso) {
        return time.format(OffsetDateTime.parse(iso));
    }

    /** {@code неділя, 25 жовтня} / {@code Sunday, 25 October}. */
    public String date(java.time.LocalDate day) {
        return date.format(day);
    }

    public String shortDate(java.time.LocalDate day) {
        return shortDate.format(day);
    }

    public String hours(double h) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(1);
        f.setMinimumFractionDigits(0);
        return f.format(h);
    }
}
