package io.rdpdoctor.knowledge;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {name} placeholders of catalogue texts with a finding's values, as they are: for prose
 * (titles, explanations, steps, warnings). A command is filled by {@link CommandFiller}, which
 * quotes each value for the command's shell.
 */
public final class Templates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");

    private Templates() {
    }

    /**
     * A placeholder with no value is shown as {@code <name>}, so the reader sees what to put there.
     * Scans by hand (no regex): every diagnosis of every host of a batch fills a dozen texts.
     */
    public static String fill(String text, Map<String, String> values) {
        if (text == null) {
            return null;
        }
        int open = text.indexOf('{');
        if (open < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 32);
        int done = 0;
        while (open >= 0) {
            int close = placeholderEnd(text, open);
            if (close < 0) {
                open = text.indexOf('{', open + 1);
                continue;
            }
            String name = text.substring(open + 1, close);
            String v = values.get(name);
            out.append(text, done, open).append(v != null ? v : "<" + name + ">");
            done = close + 1;
            open = text.indexOf('{', done);
        }
        return out.append(text, done, text.length()).toString();
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
