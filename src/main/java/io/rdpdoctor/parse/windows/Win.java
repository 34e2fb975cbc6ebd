package io.rdpdoctor.parse.windows;

import io.rdpdoctor.facts.Direction;
import io.rdpdoctor.facts.PolicyState;
import io.rdpdoctor.facts.RuleAction;
import io.rdpdoctor.facts.WellKnownPrincipals;
import io.rdpdoctor.facts.WindowsText;
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
     * Lower-case ASCII form of a label or value for matching ({@link WindowsText#fold}), the line cut
     * to {@link #MAX_LINE} first.
     */
    static String fold(String s) {
        if (s == null) {
            return "";
        }
        return WindowsText.fold(s.length() > MAX_LINE ? s.substring(0, MAX_LINE) : s);
    }

    /** Cuts a line to {@link #MAX_LINE} characters. */
    static String cut(String line) {
        return line == null ? "" : line.length() > MAX_LINE ? line.substring(0, MAX_LINE) : line;
    }

    static ParseException fail(Capture c, int index, String expected) {
        return new ParseException(c.file(), index < 0 ? 0 : c.lineNumber(index), expected);
    }

    // ---- well-known principals -------------------------------------------------------------

    /** The SID of a well-known principal in any language known here, else null ({@link WellKnownPrincipals#sid}). */
    static String sidOf(String principal) {
        return WellKnownPrincipals.sid(principal);
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
