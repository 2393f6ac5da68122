package org.fairshed.store.registry;

import java.text.Normalizer;

/**
 * Ukrainian Cyrillic to Latin by the national standard (Cabinet of Ministers resolution No. 55 of 27 January 2010,
 * "KMU 2010"): Х → kh, Щ → shch, Г → h, Ґ → g, И → y, І → i; Є, Ї, Й, Ю, Я as ye, yi, y, yu, ya at the start of a
 * word and ie, i, i, iu, ia elsewhere; зг → zgh; Ь and apostrophes dropped. Letters of Russian spelling that occur in
 * registries (Ё, Ы, Э, Ъ) are mapped alike (yo/io, y, e, dropped). Case follows the source: {@code Хрещатик} →
 * {@code Khreshchatyk}, {@code ЩОРСА} → {@code SHCHORSA}. Anything else passes unchanged.
 */
public final class Transliteration {

    private Transliteration() {
    }

    public static String kmu2010(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            char lower = Character.toLowerCase(ch);
            if (isApostrophe(ch) && i > 0 && Character.isLetter(s.charAt(i - 1))
                    && i + 1 < s.length() && Character.isLetter(s.charAt(i + 1))) {
                continue;
            }
            String latin = latin(lower, wordInitial(s, i), i > 0 ? Character.toLowerCase(s.charAt(i - 1)) : ' ');
            if (latin == null) {
                out.append(ch);
            } else if (ch == lower || latin.isEmpty()) {
                out.append(latin);
            } else if (latin.length() > 1 && allCaps(s, i)) {
                out.append(latin.toUpperCase(java.util.Locale.ROOT));
            } else {
                out.append(Character.toUpperCase(latin.charAt(0))).append(latin, 1, latin.length());
            }
        }
        return out.toString();
    }

    /** The Latin of a lower-case Cyrillic letter, null when {@code c} is not one. */
    static String latin(char c, boolean initial, char previous) {
        return switch (c) {
            case 'а' -> "a";
            case 'б' -> "b";
            case 'в' -> "v";
            case 'г' -> previous == 'з' ? "gh" : "h";
            case 'ґ' -> "g";
            case 'д' -> "d";
            case 'е' -> "e";
            case 'є' -> initial ? "ye" : "ie";
            case 'ж' -> "zh";
            case 'з' -> "z";
            case 'и' -> "y";
            case 'і' -> "i";
            case 'ї' -> initial ? "yi" : "i";
            case 'й' -> initial ? "y" : "i";
            case 'к' -> "k";
            case 'л' -> "l";
            case 'м' -> "m";
            case 'н' -> "n";
            case 'о' -> "o";
            case 'п' -> "p";
            case 'р' -> "r";
            case 'с' -> "s";
            case 'т' -> "t";
            case 'у' -> "u";
            case 'ф' -> "f";
            case 'х' -> "kh";
            case 'ц' -> "ts";
            case 'ч' -> "ch";
            case 'ш' -> "sh";
            case 'щ' -> "shch";
            case 'ь', 'ъ' -> "";
            case 'ю' -> initial ? "yu" : "iu";
            case 'я' -> initial ? "ya" : "ia";
            case 'ё' -> initial ? "yo" : "io";
            case 'ы' -> "y";
            case 'э' -> "e";
            default -> null;
        };
    }

    /** The apostrophes people type inside Ukrainian words: ' ’ ʼ ` ´ ʹ ‘. */
    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02bc' || c == '`' || c == '\u00b4' || c == '\u02b9' || c == '\u2018';
    }

    private static boolean wordInitial(String s, int i) {
        return i == 0 || !(Character.isLetter(s.charAt(i - 1)) || isApostrophe(s.charAt(i - 1)));
    }

    /** An upper-case letter in an upper-case word (its neighbour letters are upper-case too). */
    private static boolean allCaps(String s, int i) {
        boolean next = i + 1 < s.length() && Character.isLetter(s.charAt(i + 1));
        if (next) {
            return Character.isUpperCase(s.charAt(i + 1));
        }
        return i > 0 && Character.isLetter(s.charAt(i - 1)) && Character.isUpperCase(s.charAt(i - 1));
    }
}
