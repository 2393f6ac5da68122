package org.fairshed.rota.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.fairshed.common.InputException;
import org.fairshed.rota.groups.GroupConfig;
import org.fairshed.rota.groups.GroupSpec;
import org.fairshed.rota.groups.RegionGroups;
import org.junit.jupiter.api.Test;

/**
 * Seeded fuzz of the group file reader (issue 11 §5): 10,000 mutations of a valid group file, half structural
 * ({@link Mutations}: NaN, ±1e400, huge/negative/zero numbers, wrapping integers, wrong types, null, fields removed or
 * doubled, entries swapped, truncation) and half textual (characters flipped, inserted or deleted, unicode and NUL,
 * lines removed or repeated, duplicate group names and feeders, unknown region keys). Each is either accepted, and
 * then valid by the reader's own rules (shares in (0, 1] summing to 1, unique names, no feeder in two places), or an
 * {@link InputException} naming the file and a location (field path, or the line of a syntax error). Nothing else.
 * The group file has no HTTP upload route (only the CLI's {@code rota --groups}, which calls this reader and turns
 * an {@link InputException} into exit 2), so the reader is the whole attack surface.
 */
class GroupFileFuzzTest {

    private static final int MUTATIONS = 10_000;
    private static final long SEED = 20261202L;
    private static final String SOURCE = "groups.json";
    private static final String VALID = "{\n"
            + "  \"regions\": {\n"
            + "    \"5\": {\n"
            + "      \"groups\": [\n"
            + "        {\"name\": \"1.1\", \"share\": 0.25, \"feeders\": [\"F-101\", \"F-102\"]},\n"
            + "        {\"name\": \"1.2\", \"share\": 0.35},\n"
            + "        {\"name\": \"2.1\", \"share\": 0.4, \"feeders\": [\"F-201\"]}\n"
            + "      ],\n"
            + "      \"criticalFeeders\": [\"hospital-north\", \"water-3\"]\n"
            + "    },\n"
            + "    \"7\": {}\n"
            + "  },\n"
            + "  \"default\": {\"groups\": [{\"name\": \"x\", \"share\": 0.5}, {\"name\": \"y\", \"share\": 0.5}]}\n"
            + "}\n";
    private static final String CHARS = "{}[]\",:.-0123456789eE aé\u0000\u00ff\u0456\\\n";
    private static final String[] SNIPPETS = {"\"1.1\"", "\"F-101\"", "\"hospital-north\"", "\"kyiv\"", "\"\"",
        "NaN", "-0", "1e-320", "0.0000001", "\"0.5\"", "\"\u0000\"", "\"\uD83D\uDE00\"", "99999999999999999999"};

    @Test
    void theUnmutatedFileReads() {
        GroupConfig config = GroupConfigReader.parse(VALID, SOURCE);
        assertThat(config.regions()).containsOnlyKeys("5", "7");
        assertThat(config.groupsFor("5", SOURCE).size()).isEqualTo(3);
    }

    @Test
    void mutatedGroupFilesAreAcceptedValidOrRefusedWithALocation() throws Exception {
        Mutations structural = new Mutations(SEED);
        SplittableRandom random = new SplittableRandom(SEED);
        int refused = 0;
        int accepted = 0;
        for (int i = 0; i < MUTATIONS; i++) {
            String text = random.nextBoolean() ? structural.mutate(VALID) : textual(VALID, random);
            GroupConfig config;
            try {
                config = GroupConfigReader.parse(text, SOURCE);
            } catch (InputException e) {
                refused++;
                assertThat(e.source()).as("mutation %d: %s", i, e.getMessage()).isEqualTo(SOURCE);
                assertThat(e.getMessage()).as("mutation %d", i).startsWith(SOURCE);
                assertThat(!e.field().isEmpty() || e.line() > 0 || e.detail().startsWith("must be a JSON object"))
                        .as("mutation %d has a location: %s", i, e.getMessage()).isTrue();
                continue;
            } catch (RuntimeException e) {
                fail("mutation %d threw %s on %s", i, e, text, e);
                return;
            }
            accepted++;
            valid(config, "mutation " + i + ": " + text);
        }
        assertThat(refused).as("the mutations reach the error paths").isGreaterThan(MUTATIONS / 2);
        assertThat(accepted).as("some mutations stay valid").isPositive();
    }

    /** The reader's own rules, checked again on what it accepted. */
    private static void valid(GroupConfig config, String what) {
        List<RegionGroups> all = new ArrayList<>(config.regions().values());
        if (config.defaults() != null) {
            all.add(config.defaults());
        }
        assertThat(all).as(what).isNotEmpty();
        for (RegionGroups r : all) {
            double sum = 0;
            Set<String> names = new HashSet<>();
            Set<String> feeders = new HashSet<>(r.criticalFeeders());
            assertThat(feeders).as(what).hasSameSizeAs(new HashSet<>(r.criticalFeeders()));
            for (GroupSpec g : r.groups()) {
                assertThat(g.share()).as(what).isGreaterThan(0).isLessThanOrEqualTo(1);
                assertThat(g.name()).as(what).isNotEmpty();
                assertThat(names.add(g.name())).as("unique name %s in %s", g.name(), what).isTrue();
                for (String f : g.feeders()) {
                    assertThat(f).as(what).isNotEmpty();
                    assertThat(feeders.add(f)).as("feeder %s in one place only in %s", f, what).isTrue();
                }
                sum += g.share();
            }
            assertThat(Math.abs(sum - 1)).as(what).isLessThanOrEqualTo(RegionGroups.SHARE_SUM_TOLERANCE);
        }
    }

    /** One to four text edits: characters, lines, snippets. */
    private static String textual(String valid, SplittableRandom random) {
        StringBuilder s = new StringBuilder(valid);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && s.length() > 0; e++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(8)) {
                case 0 -> s.deleteCharAt(at);
                case 1 -> s.insert(at, CHARS.charAt(random.nextInt(CHARS.length())));
                case 2 -> s.setCharAt(at, CHARS.charAt(random.nextInt(CHARS.length())));
                case 3 -> s.setLength(at);
                case 4 -> lines(s, random, true);
                case 5 -> lines(s, random, false);
                case 6 -> s.insert(at, SNIPPETS[random.nextInt(SNIPPETS.length)]);
                default -> replaceString(s, random);
            }
        }
        return s.toString();
    }

    /** Repeats ({@code copy}) or removes one line. */
    private static void lines(StringBuilder s, SplittableRandom random, boolean copy) {
        List<String> lines = new ArrayList<>(List.of(s.toString().split("\n", -1)));
        int i = random.nextInt(lines.size());
        if (copy) {
            lines.add(i, lines.get(i));
        } else {
            lines.remove(i);
        }
        s.setLength(0);
        s.append(String.join("\n", lines));
    }

    /** Replaces one quoted string by a snippet: duplicate names and feeders, unknown regions, wrong types. */
    private static void replaceString(StringBuilder s, SplittableRandom random) {
        List<int[]> hits = new ArrayList<>();
        for (int i = s.indexOf("\""); i >= 0; ) {
            int end = s.indexOf("\"", i + 1);
            if (end < 0) {
                break;
            }
            hits.add(new int[] {i, end + 1});
            i = s.indexOf("\"", end + 1);
        }
        if (!hits.isEmpty()) {
            int[] h = hits.get(random.nextInt(hits.size()));
            s.replace(h[0], h[1], SNIPPETS[random.nextInt(SNIPPETS.length)]);
        }
    }
}
