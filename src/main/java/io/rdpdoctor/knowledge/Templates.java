package io.rdpdoctor.knowledge;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {name} placeholders of catalogue prose (titles, explanations, steps, warnings, expected
 * output, questions and their outcomes) with a finding's values, as they are. A command is filled
 * by {@link CommandFiller}, which quotes each value for the command's shell.
 *
 * <p>A value may be unknown (a rule did not have it), and an unfilled placeholder never reaches a
 * report. So prose puts each placeholder in an <b>optional fragment</b>, decided here and nowhere
 * else (docs/writing-rules.md, "Placeholders in prose"):
 * <ul>
 *   <li>{@code [text with {name}]}: the text, filled, when every placeholder in it has a value;
 *       left out otherwise ({@code "did not start[ (start type {startType})]"});</li>
 *   <li>{@code [text with {name}|other text]}: the other text when a value is missing
 *       ({@code "blocks [TCP {port}|the RDP port]"});</li>
 *   <li>fragments nest ({@code "[PID {pid}[ ({owner})]|another process]"}); brackets without a
 *       placeholder inside are plain text.</li>
 * </ul>
 * A placeholder outside a fragment whose value is missing is written as {@link #UNKNOWN}; the
 * catalogue contract (CatalogueTexts) refuses such a text, so this is only a last resort.
 */
public final class Templates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");

    /** What a placeholder outside a fragment becomes when its value is missing. */
    public static final String UNKNOWN = "(not known)";

    private Templates() {
    }

    /**
     * The prose with its values filled and its optional fragments decided. Scans by hand (no
     * regex): every diagnosis of every host of a batch fills a dozen texts.
     */
    public static String fill(String text, Map<String, String> values) {
        if (text == null) {
            return null;
        }
        if (text.indexOf('{') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 32);
        render(text, 0, text.length(), values, out);
        return out.toString();
    }

    private static void render(String t, int from, int to, Map<String, String> values, StringBuilder out) {
        int i = from;
        while (i < to) {
            char c = t.charAt(i);
            if (c == '[') {
                int close = fragmentEnd(t, i, to);
                if (close >= 0 && holdsPlaceholder(t, i + 1, close)) {
                    int bar = alternative(t, i + 1, close);
                    int mainEnd = bar < 0 ? close : bar;
                    if (allKnown(t, i + 1, mainEnd, values)) {
                        render(t, i + 1, mainEnd, values, out);
                    } else if (bar >= 0) {
                        render(t, bar + 1, close, values, out);
                    }
                    i = close + 1;
                    continue;
                }
            } else if (c == '{') {
                int close = placeholderEnd(t, i);
                if (close >= 0 && close < to) {
                    String v = values.get(t.substring(i + 1, close));
                    out.append(v != null ? v : UNKNOWN);
                    i = close + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
    }

    /** The index of the ']' that closes the '[' at open (fragments nest), or -1. */
    private static int fragmentEnd(String t, int open, int to) {
        int depth = 0;
        for (int i = open; i < to; i++) {
            char c = t.charAt(i);
            if (c == '[') depth++;
            else if (c == ']' && --depth == 0) return i;
        }
        return -1;
    }

    /** The index of the '|' that starts a fragment's alternative (not one inside a nested fragment), or -1. */
    private static int alternative(String t, int from, int to) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c == '[') depth++;
            else if (c == ']') depth--;
            else if (c == '|' && depth == 0) return i;
        }
        return -1;
    }

    private static boolean holdsPlaceholder(String t, int from, int to) {
        for (int i = t.indexOf('{', from); i >= 0 && i < to; i = t.indexOf('{', i + 1)) {
            int close = placeholderEnd(t, i);
            if (close >= 0 && close < to) return true;
        }
        return false;
    }

    /** Whether every placeholder of the fragment's own text (not of fragments nested in it) has a value. */
    private static boolean allKnown(String t, int from, int to, Map<String, String> values) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c == '[') depth++;
            else if (c == ']') depth--;
            else if (c == '{' && depth == 0) {
                int close = placeholderEnd(t, i);
                if (close >= 0 && close < to && values.get(t.substring(i + 1, close)) == null) return false;
            }
        }
        return true;
    }

    /** The prose as it reads with no value known: what catalogue listings (rules show, docs/rules.md, fleet groups) print. */
    public static String generic(String text) {
        return fill(text, Map.of());
    }

    /**
     * The placeholders of a prose text that stand outside every optional fragment: with their value
     * missing the text cannot be phrased without them. The catalogue contract refuses them.
     */
    public static java.util.Set<String> unguarded(String text) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        if (text == null) return names;
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[' && fragmentEnd(text, i, text.length()) >= 0) {
                int close = fragmentEnd(text, i, text.length());
                if (holdsPlaceholder(text, i + 1, close)) {
                    i = close;
                    continue;
                }
            }
            if (c == '{') {
                int close = placeholderEnd(text, i);
                if (close >= 0) names.add(text.substring(i + 1, close));
            }
        }
        return names;
    }

    /**
     * How a rule's value is written into a text: a list or set as a list phrase ("a, b and c"),
     * anything else as its string; null for null. Finding.with and Question.with use it.
     */
    public static String valueText(Object value) {
        if (value == null) return null;
        if (value instanceof java.util.Collection<?> c) {
            List<String> items = c.stream().filter(java.util.Objects::nonNull).map(String::valueOf).toList();
            if (items.isEmpty()) return null;
            if (items.size() == 1) return items.get(0);
            return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
        }
        return String.valueOf(value);
    }

    /** The index of the '}' closing a {name} that starts at open (a letter, then letters, digits, _), or -1. */
    static int placeholderEnd(String text, int open) {
        int i = open + 1;
        if (i >= text.length() || !isAsciiLetter(text.charAt(i))) {
            return -1;
        }
        for (i++; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '}') {
                return i;
            }
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '_') {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    public static java.util.Set<String> placeholders(String text) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        if (text != null) {
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) names.add(m.group(1));
        }
        return names;
    }
}
