package org.fairshed.store.registry;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The normalised forms of address text. Two of them, both ASCII and the same for Cyrillic and its Latin spellings:
 *
 * <ul>
 *   <li>{@link #search} (the search key): KMU 2010 transliteration, lower case, accents and apostrophes dropped, then
 *       folded so that the spellings people type meet: {@code h} after {@code s c z k} dropped (kh = k, shch = sc,
 *       zh = z), {@code g → h}, {@code x → ks}, {@code w → v}, {@code y j → i} with runs of {@code i} made one
 *       (Kyiv = Kiiv = Kyyiv = kiv); street and settlement kind words (вул., вулиця, просп., provulok, м., село ...)
 *       dropped; a house letter joined to its number ({@code 12 А} = {@code 12а}) and spaces around {@code /} dropped.
 *       Every rule looks only backwards, so the folded form of a prefix is a prefix of the folded form: a prefix
 *       query on the keys finds what a user is typing.</li>
 *   <li>{@link #identity} (the natural key's parts): the transliteration, lower case, apostrophes dropped,
 *       punctuation as spaces, kind words spelled one way and moved to the end ({@code вул. Шевченка} =
 *       {@code Шевченка вулиця}), no folding; so an address typed with a different abbreviation keeps its id, while
 *       {@code вулиця Шевченка} and {@code провулок Шевченка} stay two streets.</li>
 * </ul>
 * Both are part of the store's contract (stored keys are compared with new ones): a change needs a migration that
 * recomputes them.
 */
public final class SearchKeys {

    private static final Pattern SLASH = Pattern.compile(" *\\/ *");
    private static final Pattern SPACES = Pattern.compile(" +");
    /** Kind words, by their identity spelling → the one spelling they get. */
    private static final Map<String, String> KINDS = kinds();
    /** Kind words dropped from search keys, in folded spelling. */
    private static final Set<String> FOLDED_KINDS = foldedKinds();
    private static final int MAX_KEY = 240;

    private SearchKeys() {
    }

    /** The folded search form of {@code text} (a query or a field), kind words dropped unless they are all there is. */
    public static String search(String text) {
        List<String> tokens = tokens(fold(text));
        List<String> kept = new ArrayList<>(tokens.size());
        for (String t : tokens) {
            if (!FOLDED_KINDS.contains(t)) {
                kept.add(t);
            }
        }
        return limit(join(kept.isEmpty() ? tokens : kept));
    }

    /** The identity form of one field of the natural key. */
    public static String identity(String text) {
        String latin = basicLatin(text);
        List<String> words = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        for (String t : tokens(latin)) {
            String kind = KINDS.get(t);
            if (kind != null) {
                kinds.add(kind);
            } else {
                words.add(t);
            }
        }
        if (words.isEmpty()) {
            return join(kinds);
        }
        words.addAll(kinds);
        return join(words);
    }

    /** Transliterated, lower case, ASCII letters and digits, {@code /} kept, apostrophes dropped, the rest as spaces. */
    static String basicLatin(String text) {
        String latin = Transliteration.kmu2010(text).toLowerCase(Locale.ROOT);
        String plain = Normalizer.normalize(latin, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(plain.length());
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '/') {
                out.append(c);
            } else if (Transliteration.isApostrophe(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            } else if (c == 'ł') {
                out.append('l');
            } else if (c == 'ß') {
                out.append("ss");
            } else {
                out.append(' ');
            }
        }
        return out.toString();
    }

    /** {@link #basicLatin} with the spelling folds (see the class comment). */
    static String fold(String text) {
        String basic = basicLatin(text);
        StringBuilder out = new StringBuilder(basic.length());
        for (int i = 0; i < basic.length(); i++) {
            char c = basic.charAt(i);
            char previous = out.isEmpty() ? ' ' : out.charAt(out.length() - 1);
            switch (c) {
                case 'h' -> {
                    if (previous != 's' && previous != 'c' && previous != 'z' && previous != 'k') {
                        out.append('h');
                    }
                }
                case 'g' -> {
                    if (previous != 's' && previous != 'c' && previous != 'z' && previous != 'k') {
                        out.append('h');
                    }
                }
                case 'x' -> out.append("ks");
                case 'w' -> out.append('v');
                case 'y', 'j', 'i' -> {
                    if (previous != 'i') {
                        out.append('i');
                    }
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Space-separated tokens with a lone letter after a number joined to it ({@code 12 a} → {@code 12a}) and the
     * spaces around {@code /} dropped ({@code 7 / 2} → {@code 7/2}).
     */
    static List<String> tokens(String text) {
        String s = SLASH.matcher(text).replaceAll("/").trim();
        List<String> out = new ArrayList<>();
        if (s.isEmpty()) {
            return out;
        }
        for (String t : SPACES.split(s)) {
            int last = out.size() - 1;
            if (last >= 0 && t.length() == 1 && Character.isLetter(t.charAt(0))
                    && Character.isDigit(out.get(last).charAt(out.get(last).length() - 1))) {
                out.set(last, out.get(last) + t);
            } else {
                out.add(t);
            }
        }
        return out;
    }

    private static String join(List<String> tokens) {
        return String.join(" ", tokens);
    }

    private static String limit(String key) {
        return key.length() <= MAX_KEY ? key : key.substring(0, MAX_KEY);
    }

    private static Map<String, String> kinds() {
        String[][] spellings = {
            {"vulytsia", "вул", "вулиця", "ул", "улица", "vul", "vulytsia", "street", "st", "str"},
            {"prospekt", "просп", "проспект", "prosp", "prospekt", "avenue", "ave"},
            {"provulok", "пров", "провулок", "пер", "переулок", "prov", "provulok", "lane"},
            {"bulvar", "бульв", "бульвар", "бул", "bulv", "bulvar", "boulevard", "blvd"},
            {"ploshcha", "пл", "площа", "площадь", "ploshcha", "square", "sq"},
            {"shose", "шосе", "шоссе", "ш", "shose"},
            {"uzviz", "узвіз", "uzviz"},
            {"naberezhna", "наб", "набережна", "naberezhna"},
            {"proizd", "проїзд", "proizd"},
            {"tupyk", "тупик", "туп", "tupyk"},
            {"aleia", "алея", "aleia"},
            {"misto", "м", "місто", "город", "misto", "city"},
            {"smt", "смт", "селище", "смт.", "smt", "selyshche"},
            {"selo", "с", "село", "selo", "village"},
            {"budynok", "буд", "будинок", "дом", "bud", "budynok", "house"},
        };
        Map<String, String> map = new java.util.HashMap<>();
        for (String[] row : spellings) {
            for (int i = 1; i < row.length; i++) {
                for (String t : tokens(basicLatin(row[i]))) {
                    map.putIfAbsent(t, row[0]);
                }
            }
        }
        return Map.copyOf(map);
    }

    /**
     * Kind words dropped from search keys: all spellings except the full words that are also street names on their own
     * ({@code вул. Набережна}: the embankment street of a thousand villages); their abbreviations are dropped.
     */
    private static Set<String> foldedKinds() {
        Set<String> names = new java.util.HashSet<>();
        for (String name : List.of("набережна", "naberezhna")) {
            names.addAll(tokens(basicLatin(name)));
        }
        Set<String> set = new java.util.HashSet<>();
        for (Map.Entry<String, String> e : KINDS.entrySet()) {
            if (!names.contains(e.getKey())) {
                set.add(fold(e.getKey()));
            }
        }
        return Set.copyOf(set);
    }
}
