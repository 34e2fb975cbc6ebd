package io.rdpdoctor.parse;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
     * A label reduced to its ASCII letters and digits in lower case: "Nom de l’hôte", "Nom de l'hote",
     * "Nom de lhte" (letters dropped in transit) and "NOM DE L'HÔTE" all give "nomdelhte"; so do
     * "ABHÖREN" and "ABH™REN" ("abhren"). Compare labels by their skeletons.
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

    // ------------------------------------------------------------------ principals

    private static final Map<String, String> WELL_KNOWN = Map.ofEntries(
            Map.entry("builtinadministrators", "S-1-5-32-544"),
            Map.entry("vordefiniertadministratoren", "S-1-5-32-544"),
            Map.entry("ingebouwdadministrators", "S-1-5-32-544"),
            Map.entry("builtinadministradores", "S-1-5-32-544"),
            Map.entry("builtinadministrateurs", "S-1-5-32-544"),
            Map.entry("administrators", "S-1-5-32-544"),
            Map.entry("administratoren", "S-1-5-32-544"),
            Map.entry("administradores", "S-1-5-32-544"),
            Map.entry("administrateurs", "S-1-5-32-544"),
            Map.entry("everyone", "S-1-1-0"),
            Map.entry("jeder", "S-1-1-0"),
            Map.entry("iedereen", "S-1-1-0"),
            Map.entry("todos", "S-1-1-0"),
            Map.entry("toutlemonde", "S-1-1-0"),
            Map.entry("ntauthoritysystem", "S-1-5-18"),
            Map.entry("ntautoritsystem", "S-1-5-18"),
            Map.entry("autoritntsystem", "S-1-5-18"),
            Map.entry("ntautoridadsystem", "S-1-5-18"),
            Map.entry("system", "S-1-5-18"),
            Map.entry("ntauthoritynetworkservice", "S-1-5-20"),
            Map.entry("networkservice", "S-1-5-20"),
            Map.entry("ntautoritnetzwerkdienst", "S-1-5-20"),
            Map.entry("netzwerkdienst", "S-1-5-20"),
            Map.entry("ntauthoritylocalservice", "S-1-5-19"),
            Map.entry("localservice", "S-1-5-19"),
            Map.entry("ntautoritlokalerdienst", "S-1-5-19"),
            Map.entry("remotedesktopusers", "S-1-5-32-555"),
            Map.entry("builtinremotedesktopusers", "S-1-5-32-555"),
            Map.entry("remotedesktopbenutzer", "S-1-5-32-555"),
            Map.entry("vordefiniertremotedesktopbenutzer", "S-1-5-32-555"),
            Map.entry("gebruikersvanexternbureaublad", "S-1-5-32-555"),
            Map.entry("ingebouwdgebruikersvanexternbureaublad", "S-1-5-32-555"),
            Map.entry("usuariosdeescritorioremoto", "S-1-5-32-555"),
            Map.entry("builtinusuariosdeescritorioremoto", "S-1-5-32-555"),
            Map.entry("utilisateursdubureaudistance", "S-1-5-32-555"),
            Map.entry("builtinutilisateursdubureaudistance", "S-1-5-32-555"),
            Map.entry("builtinusers", "S-1-5-32-545"),
            Map.entry("vordefiniertbenutzer", "S-1-5-32-545"),
            Map.entry("ingebouwdgebruikers", "S-1-5-32-545"),
            Map.entry("builtinusuarios", "S-1-5-32-545"),
            Map.entry("builtinutilisateurs", "S-1-5-32-545"),
            Map.entry("ntauthorityauthenticatedusers", "S-1-5-11"),
            Map.entry("authenticatedusers", "S-1-5-11"),
            Map.entry("ntautoritauthentifiziertebenutzer", "S-1-5-11"),
            Map.entry("authentifiziertebenutzer", "S-1-5-11"),
            Map.entry("utilisateursauthentifis", "S-1-5-11"),
            Map.entry("usuariosautentificados", "S-1-5-11"),
            Map.entry("geverifieerdegebruikers", "S-1-5-11"),
            Map.entry("creatorowner", "S-1-3-0"),
            Map.entry("makereigenaar", "S-1-3-0"),
            Map.entry("erstellerbesitzer", "S-1-3-0"));

    /**
     * The SID of a well-known principal in English, German, Dutch, Spanish or French
     * (BUILTIN\Administrators, VORDEFINIERT\Administratoren, Jeder, NT-AUTORITÄT\SYSTEM,
     * Remotedesktopbenutzer, ...), a SID given as such ("*S-1-5-32-555"), or null.
     */
    public static String wellKnownSid(String principal) {
        if (principal == null) return null;
        String p = principal.strip();
        if (p.startsWith("*")) p = p.substring(1);
        if (p.matches("(?i)S-1-[0-9-]+")) return p.toUpperCase(Locale.ROOT);
        return WELL_KNOWN.get(skeleton(p));
    }
}
