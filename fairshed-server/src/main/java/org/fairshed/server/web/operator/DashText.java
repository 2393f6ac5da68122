package org.fairshed.server.web.operator;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.fairshed.server.web.Lang;
import org.fairshed.store.revision.MinuteState;

/**
 * The dashboard's strings in one language ({@code dash_<lang>.properties} beside this class; the language is chosen
 * as for the public page: {@code ?lang}, then the browser, then Ukrainian), and its numbers and times.
 */
public final class DashText {

    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    private final Lang lang;
    private final ResourceBundle bundle;

    DashText(Lang lang) {
        this.lang = lang;
        this.bundle = ResourceBundle.getBundle("org.fairshed.server.web.operator.dash", Locale.forLanguageTag(lang.code()),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Lang lang() {
        return lang;
    }

    public String t(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, lang.locale()).format(args);
    }

    public String mw(double v) {
        NumberFormat f = NumberFormat.getNumberInstance(lang.locale());
        f.setMaximumFractionDigits(v >= 100 ? 0 : 1);
        return f.format(v);
    }

    public String percent(double share) {
        NumberFormat f = NumberFormat.getPercentInstance(lang.locale());
        f.setMaximumFractionDigits(1);
        return f.format(share);
    }

    public String state(int s) {
        return t(s == RegionDay.OFF ? "state.off" : s == RegionDay.MAYBE ? "state.may" : "state.on");
    }

    /**
     * A minute state of the flow's diff ({@link MinuteState}'s names, as the preview's {@code changes} carry them) in
     * words; a name this version does not know is shown as it is rather than failing the page.
     */
    public String minuteState(String name) {
        MinuteState s;
        try {
            s = MinuteState.valueOf(name);
        } catch (IllegalArgumentException e) {
            return name;
        }
        return t(switch (s) {
            case ON -> "kind.on";
            case OFF -> "kind.off";
            case POSSIBLY_OFF -> "kind.possible";
        });
    }

    /** An instant (ISO text or null) as local Kyiv time, {@code 02.12 14:05}. */
    public String at(String iso) {
        if (iso == null || iso.isBlank()) {
            return "—";
        }
        try {
            return DateTimeFormatter.ofPattern("dd.MM HH:mm", lang.locale()).format(Instant.parse(iso).atZone(KYIV));
        } catch (java.time.DateTimeException e) {
            return iso;
        }
    }

    /** A local date-time of the plan (ISO text, the regions' wall clock) as {@code 02.12 14:00}. */
    public String local(String iso) {
        try {
            return DateTimeFormatter.ofPattern("dd.MM HH:mm", lang.locale()).format(java.time.LocalDateTime.parse(iso));
        } catch (java.time.DateTimeException e) {
            return iso;
        }
    }

    public String at(Instant at) {
        return at == null ? "—" : at(at.toString());
    }

    public String date(java.time.LocalDate d) {
        return lang.date(d);
    }
}
