package io.rdpdoctor.parse.windows;

import io.rdpdoctor.facts.Direction;
import io.rdpdoctor.facts.PolicyState;
import io.rdpdoctor.facts.RuleAction;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.ParseException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Shared helpers of the Windows parsers: folding localized labels (accents, OEM-code-page
 * mojibake, typographic apostrophes) to plain lower-case ASCII, mapping well-known principals to
 * their SIDs, and localized yes/no, direction, action and policy-state words to the canonical enums.
 */
final class Win {

    private Win() {
    }

    /** Longest line a parser looks at; longer lines are cut (no huge regex work on garbage). */
    static final int MAX_LINE = 8192;

    /**
     * Lower-case ASCII form of a label or value for matching: accents removed, cp850-read-as-cp1252
     * mojibake mapped back (™ for Ö, „ for ä, ¢ for ó, ‚ for é, š for Ü, ” for ö, \u0081 for ü),
     * typographic apostrophes made plain, non-breaking spaces made spaces, runs of spaces made one.
     */
    static String fold(String s) {
        if (s == null) {
            return "";
        }
        if (s.length() > MAX_LINE) {
            s = s.substring(0, MAX_LINE);
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

    /** Cuts a line to {@link #MAX_LINE} characters. */
    static String cut(String line) {
        return line == null ? "" : line.length() > MAX_LINE ? line.substring(0, MAX_LINE) : line;
    }

    static ParseException fail(Capture c, int index, String expected) {
        return new ParseException(c.file(), index < 0 ? 0 : c.lineNumber(index), expected);
    }

    // ---- well-known principals -------------------------------------------------------------

    private static final Map<String, String> WELL_KNOWN = Map.ofEntries(
            // Administrators
            Map.entry("administrators", "S-1-5-32-544"), Map.entry("administratoren", "S-1-5-32-544"),
            Map.entry("administradores", "S-1-5-32-544"), Map.entry("administrateurs", "S-1-5-32-544"),
            Map.entry("beheerders", "S-1-5-32-544"),
            // Users
            Map.entry("users", "S-1-5-32-545"), Map.entry("benutzer", "S-1-5-32-545"),
            Map.entry("gebruikers", "S-1-5-32-545"), Map.entry("usuarios", "S-1-5-32-545"),
            Map.entry("utilisateurs", "S-1-5-32-545"),
            // Remote Desktop Users
            Map.entry("remote desktop users", "S-1-5-32-555"), Map.entry("remotedesktopbenutzer", "S-1-5-32-555"),
            Map.entry("gebruikers van extern bureaublad", "S-1-5-32-555"),
            Map.entry("extern bureaublad-gebruikers", "S-1-5-32-555"),
            Map.entry("usuarios de escritorio remoto", "S-1-5-32-555"),
            Map.entry("utilisateurs du bureau a distance", "S-1-5-32-555"),
            // Everyone
            Map.entry("everyone", "S-1-1-0"), Map.entry("jeder", "S-1-1-0"), Map.entry("iedereen", "S-1-1-0"),
            Map.entry("todos", "S-1-1-0"), Map.entry("tout le monde", "S-1-1-0"),
            // SYSTEM, LOCAL SERVICE, NETWORK SERVICE
            Map.entry("system", "S-1-5-18"), Map.entry("local system", "S-1-5-18"),
            Map.entry("local service", "S-1-5-19"), Map.entry("lokaler dienst", "S-1-5-19"),
            Map.entry("network service", "S-1-5-20"), Map.entry("netzwerkdienst", "S-1-5-20"),
            Map.entry("networkservice", "S-1-5-20"),
            // Authenticated Users
            Map.entry("authenticated users", "S-1-5-11"), Map.entry("authentifizierte benutzer", "S-1-5-11"),
            Map.entry("geverifieerde gebruikers", "S-1-5-11"), Map.entry("usuarios autentificados", "S-1-5-11"),
            Map.entry("utilisateurs authentifies", "S-1-5-11"),
            // CREATOR OWNER
            Map.entry("creator owner", "S-1-3-0"), Map.entry("ersteller-besitzer", "S-1-3-0"),
            Map.entry("maker eigenaar", "S-1-3-0"), Map.entry("creador propietario", "S-1-3-0"),
            Map.entry("createur proprietaire", "S-1-3-0"),
            // Guests, Backup Operators
            Map.entry("guests", "S-1-5-32-546"), Map.entry("gaste", "S-1-5-32-546"), Map.entry("gasten", "S-1-5-32-546"),
            Map.entry("invitados", "S-1-5-32-546"), Map.entry("invites", "S-1-5-32-546"),
            Map.entry("backup operators", "S-1-5-32-551"), Map.entry("sicherungs-operatoren", "S-1-5-32-551"),
            Map.entry("all application packages", "S-1-15-2-1"), Map.entry("alle anwendungspakete", "S-1-15-2-1"),
            Map.entry("trustedinstaller", "S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464"));

    /** The domains that prefix a well-known name: BUILTIN, NT AUTHORITY and their translations. */
    private static final Pattern WELL_KNOWN_DOMAIN = Pattern.compile(
            "(builtin|vordefiniert|ingebouwd|integrado|nt authority|nt-autoritat|nt-instantie|autorite nt|nt service"
                    + "|application package authority|zertifizierungsstelle fur anwendungspakete)");

    /**
     * The SID of a well-known principal written in any of the languages known here
     * ("VORDEFINIERT\Administratoren", "Jeder", "NT-AUTORITÄT\SYSTEM", "*S-1-5-32-555"), else null.
     * A name with a domain that is not a built-in one (CONTOSO\Administrators) is not mapped.
     */
    static String sidOf(String principal) {
        if (principal == null) {
            return null;
        }
        String p = principal.trim();
        if (p.startsWith("*")) {
            p = p.substring(1);
        }
        if (p.toUpperCase(Locale.ROOT).matches("S-1-[0-9-]+")) {
            return p.toUpperCase(Locale.ROOT);
        }
        String f = fold(p);
        int slash = f.lastIndexOf('\\');
        if (slash >= 0) {
            String domain = f.substring(0, slash);
            if (!WELL_KNOWN_DOMAIN.matcher(domain).matches()) {
                return null;
            }
            f = f.substring(slash + 1);
        }
        return WELL_KNOWN.get(f);
    }

    // ---- localized words -------------------------------------------------------------------

    /** Yes/No in en, de, fr, es, nl (and True/False, On/Off): null when neither. */
    static Boolean yesNo(String value) {
        return switch (fold(value)) {
            case "yes", "ja", "oui", "si", "true", "on", "ein", "actif", "enabled", "aktiviert", "activo", "active",
                 "ingeschakeld", "aan", "activado", "activer", "1" -> Boolean.TRUE;
            case "no", "nein", "non", "nee", "false", "off", "aus", "inactif", "disabled", "deaktiviert", "inactivo",
                 "uitgeschakeld", "uit", "desactivado", "desactiver", "0" -> Boolean.FALSE;
            default -> null;
        };
    }

    static Direction direction(String value) {
        return switch (fold(value)) {
            case "in", "inbound", "eingehend", "entrant", "entrada", "binnenkomend", "inkomend" -> Direction.INBOUND;
            case "out", "outbound", "aus", "ausgehend", "sortant", "salida", "uitgaand" -> Direction.OUTBOUND;
            default -> null;
        };
    }

    static RuleAction action(String value) {
        String f = fold(value);
        return switch (f) {
            case "allow", "zulassen", "autoriser", "permitir", "toestaan" -> RuleAction.ALLOW;
            case "block", "blockieren", "bloquer", "bloquear", "blokkeren", "deny" -> RuleAction.BLOCK;
            case "bypass", "umgehen", "contourner", "omitir", "overslaan" -> RuleAction.BYPASS;
            default -> null;
        };
    }

    /** Enabled/Disabled/Not configured in en, de, nl, es, fr (gpresult). */
    static PolicyState policyState(String value) {
        String f = fold(value);
        return switch (f) {
            case "enabled", "aktiviert", "ingeschakeld", "habilitada", "habilitado", "active", "activee",
                 "activada", "activado" -> PolicyState.ENABLED;
            case "disabled", "deaktiviert", "uitgeschakeld", "deshabilitada", "deshabilitado", "desactive",
                 "desactivee", "desactivada", "desactivado" -> PolicyState.DISABLED;
            case "not configured", "notconfigured", "nicht konfiguriert", "niet geconfigureerd", "no configurada",
                 "no configurado", "non configure", "non configuree" -> PolicyState.NOT_CONFIGURED;
            default -> null;
        };
    }

    /** A firewall profile name in en, de, fr, es, nl mapped to Domain/Private/Public/Any, else null. */
    static String profile(String value) {
        String f = fold(value);
        return switch (f) {
            case "domain", "domane", "domaine", "dominio", "domein" -> "Domain";
            case "private", "privat", "prive", "privado", "particulier", "prive netwerk" -> "Private";
            case "public", "offentlich", "publico", "openbaar" -> "Public";
            case "any", "all", "beliebig", "tout", "tous", "cualquiera", "alle", "willekeurig" -> "Any";
            default -> null;
        };
    }

    /** "Any" in the languages netsh translates it to: Beliebig, Tout, Cualquiera, Willekeurig. */
    static boolean isAny(String value) {
        return "Any".equals(profile(value)) || fold(value).equals("*");
    }

    private static final Pattern DATE_TIME = Pattern.compile(
            "^(\\d{1,4})[./-](\\d{1,2})[./-](\\d{1,4})(?:[ T,]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:[.,]\\d+)?\\s*([AaPp]\\.?\\s?[Mm]\\.?)?)?.*$");

    /**
     * A date as Windows prints it in the user's locale, as ISO-8601 ("2025-09-01" or
     * "2025-09-01T10:00:00"): yyyy-MM-dd (ISO), d.M.yyyy (German, Dutch with '-': d-M-yyyy),
     * M/d/yyyy with AM/PM (US English) and d/M/yyyy without (French, Spanish, British). Null when
     * the text is not such a date, or is ambiguous beyond these conventions.
     */
    static String isoDate(String text) {
        if (text == null) {
            return null;
        }
        String t = cut(text).trim().replace('\u00A0', ' ').replace('\u202F', ' ');
        java.util.regex.Matcher m = DATE_TIME.matcher(t);
        if (!m.matches()) {
            return null;
        }
        try {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            int c = Integer.parseInt(m.group(3));
            String ampm = m.group(7);
            int y;
            int mo;
            int d;
            if (m.group(1).length() == 4) {
                y = a; mo = b; d = c;
            } else if (m.group(3).length() == 4) {
                y = c;
                if (t.charAt(m.end(1)) == '/' && ampm != null) {
                    mo = a; d = b;
                } else {
                    d = a; mo = b;
                }
            } else {
                return null;
            }
            java.time.LocalDate date = java.time.LocalDate.of(y, mo, d);
            if (m.group(4) == null) {
                return date.toString();
            }
            int h = Integer.parseInt(m.group(4));
            int min = Integer.parseInt(m.group(5));
            int sec = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
            if (ampm != null) {
                boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
                if (h < 1 || h > 12) {
                    return null;
                }
                h = h % 12 + (pm ? 12 : 0);
            }
            return java.time.LocalDateTime.of(date, java.time.LocalTime.of(h, min, sec)).toString().length() == 16
                    ? java.time.LocalDateTime.of(date, java.time.LocalTime.of(h, min, sec)) + ":00"
                    : java.time.LocalDateTime.of(date, java.time.LocalTime.of(h, min, sec)).toString();
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return null;
        }
    }
}
