package org.fairshed.server.web.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.fairshed.server.web.Lang;
import org.fairshed.store.model.DayStatusKind;
import org.fairshed.store.revision.MinuteState;
import org.junit.jupiter.api.Test;

/** The dashboard's words for every state the flow and the store can answer, in both languages, from one key set. */
class DashTextTest {

    @Test
    void everyMinuteStateOfTheDiffHasWordsInBothLanguages() {
        for (Lang lang : Lang.values()) {
            DashText t = new DashText(lang);
            for (MinuteState s : MinuteState.values()) {
                assertThat(t.minuteState(s.name())).as(lang + " " + s).isNotBlank().isNotEqualTo(s.name());
            }
            assertThat(t.minuteState("LATER_STATE")).isEqualTo("LATER_STATE");
        }
        assertThat(new DashText(Lang.EN).minuteState("POSSIBLY_OFF")).isEqualTo("possible outage");
    }

    @Test
    void everyDayStatusHasWordsInBothLanguages() {
        for (Lang lang : Lang.values()) {
            DashText t = new DashText(lang);
            for (DayStatusKind k : DayStatusKind.values()) {
                assertThat(t.t("status." + k.name().toLowerCase(Locale.ROOT))).as(lang + " " + k).isNotBlank();
            }
        }
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        assertThat(keys("uk")).isEqualTo(keys("en"));
    }

    /**
     * A pattern with arguments goes through MessageFormat, where a plain apostrophe starts a quote and swallows the
     * placeholders after it ("The draft's ... {0}" came out with the brace text): every formatted pattern keeps its
     * apostrophes and leaves no placeholder unfilled.
     */
    @Test
    void everyPatternWithArgumentsFormatsWithoutLosingTextToQuotes() throws IOException {
        for (String lang : List.of("uk", "en")) {
            Properties p = properties(lang);
            DashText t = new DashText(Lang.valueOf(lang.toUpperCase(Locale.ROOT)));
            for (String key : p.stringPropertyNames()) {
                String pattern = p.getProperty(key);
                if (!pattern.contains("{")) {
                    continue;
                }
                Object[] args = new Object[10];
                java.util.Arrays.fill(args, 2);   // a number: choice formats need one, text placeholders take it too
                String out = t.t(key, args);
                assertThat(out).as(lang + " " + key).doesNotContain("{").doesNotContain("}");
                assertThat(out.chars().filter(c -> c == '\'').count()).as(lang + " " + key + ": " + out)
                        .isEqualTo(pattern.replace("''", "'").chars().filter(c -> c == '\'').count());
            }
        }
    }

    private static Properties properties(String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = DashText.class.getResourceAsStream("dash_" + lang + ".properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    private static java.util.Set<Object> keys(String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = DashText.class.getResourceAsStream("dash_" + lang + ".properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return new java.util.TreeSet<>(p.keySet());
    }
}
