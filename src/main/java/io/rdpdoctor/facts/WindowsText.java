package io.rdpdoctor.facts;

import java.text.Normalizer;
import java.util.Locale;

/** How Windows' words are compared in any of the languages and code pages they reach us in: one folding for parsers and facts. */
public final class WindowsText {

    private WindowsText() {
    }

    /**
     * Lower-case ASCII form of a label or value for matching: accents removed, cp850-read-as-cp1252
     * mojibake mapped back (™ for Ö, „ for ä, ¢ for ó, ‚ for é, š for Ü, ” for ö, \u0081 for ü),
     * typographic apostrophes made plain, non-breaking spaces made spaces, runs of spaces made one.
     */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\u2122', '\u201D' -> b.append('o'); // ™ = cp850 Ö, ” = cp850 ö
                case '\u201E', '\u017D' -> b.append('a'); // „ = cp850 ä, Ž = cp850 Ä
                case '\u00A2' -> b.append('o');            // ¢ = cp850 ó
                case '\u201A', '\u0160' -> b.append('e');  // ‚ = cp850 é, Š = cp850 è
                case '\u0161', '\u0081' -> b.append('u');  // š = cp850 Ü, \u0081 = cp850 ü
                case '\u2019', '\u2018', '\u00B4', '`' -> b.append('\'');
                case '\u00A0', '\u202F', '\t' -> b.append(' ');
                case '\u00DF' -> b.append("ss");
                default -> b.append(c);
            }
        }
        String n = Normalizer.normalize(b, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return n.toLowerCase(Locale.ROOT).replaceAll(" {2,}", " ").trim();
    }
}
