package io.rdpdoctor.parse;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Helpers every parser needs: label matching that survives accents, mojibake and dropped letters
 * ({@link #skeleton}), safe numbers, whitespace splitting, and well-known principals to SIDs.
 */
public final class ParseSupport {

    private ParseSupport() {
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /**
     * A label reduced to its ASCII letters and digits in lower case: "Nom de l’hôte", "Nom de lhte"
     * (letters dropped in transit) and "NOM DE L'HÔTE" all give "nomdelhte" (but "Nom de l'hote",
     * accent already lost, gives "nomdelhote"); so do "ABHÖREN" and "ABH™REN" ("abhren"). Compare
     * labels by their skeletons.
     */
    public static String skeleton(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') b.append((char) (c + 32));
            else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) b.append(c);
        }
        return b.toString();
    }

    /** Lower case without accents ("État" → "etat"), for values where accents may be kept or lost. */
    public static String fold(String s) {
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** Whether the skeleton of {@code label} is one of {@code skeletons}. */
    public static boolean isLabel(String label, String... skeletons) {
        String k = skeleton(label);
        for (String s : skeletons) {
            if (k.equals(skeleton(s))) return true;
        }
        return false;
    }

    /** The decimal (or 0x hex) integer, or null; never throws. */
    public static Integer integer(String s) {
        Long l = number(s);
        return l == null || l > Integer.MAX_VALUE || l < Integer.MIN_VALUE ? null : l.intValue();
    }

    public static Long number(String s) {
        if (s == null) return null;
        String t = s.strip();
        try {
            if (t.startsWith("0x") || t.startsWith("0X")) {
                return t.length() > 2 && t.length() <= 18 ? Long.parseUnsignedLong(t.substring(2), 16) : null;
            }
            return t.matches("-?\\d{1,18}") ? Long.parseLong(t) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Splits on runs of whitespace (including NBSP), no empty tokens. */
    public static List<String> tokens(String line) {
        List<String> out = new ArrayList<>();
        for (String t : line.strip().split("[\\s\\u00A0]+")) {
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }

    /** Strips, and turns NBSP into spaces. */
    public static String clean(String s) {
        return s == null ? null : s.replace('\u00A0', ' ').strip();
    }

    /** A Windows host runs a hundred services or more: a listing this long, its command unknown, lists them all. */
    static final int FULL_SERVICE_LIST = 20;

    /**
     * The services area of a services listing: collected (the absence of a service then says it is
     * not installed) only when the listing is of every service - its command names none ("sc queryex
     * type= service state= all", "Get-Service"), or, the command not known, it lists
     * {@value #FULL_SERVICE_LIST} or more. A named query ("sc query TermService", "Get-Service
     * UmRdpService") says nothing of the services it does not name: what it lists is read, the area is partial.
     */
    public static java.util.Set<io.rdpdoctor.facts.Area> servicesListed(Capture c, long services,
                                                                       java.util.function.Predicate<String> namesAService) {
        boolean all = c.command() != null ? !namesAService.test(c.command()) && services > 0 : services >= FULL_SERVICE_LIST;
        return all ? java.util.Set.of(io.rdpdoctor.facts.Area.SERVICES) : java.util.Set.of();
    }

    public static ParseException fail(Capture c, int index, String expected) {
        return new ParseException(c.file(), c.lineNumber(Math.max(0, Math.min(index, Math.max(0, c.lines().size() - 1)))), expected);
    }

    /** The index of the first non-blank line at or after {@code from}, or -1. */
    public static int nextNonBlank(List<String> lines, int from) {
        for (int i = Math.max(0, from); i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) return i;
        }
        return -1;
    }
}
