package io.rdpdoctor.knowledge;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills {name} placeholders of catalogue texts with a finding's values. */
public final class Templates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");

    private Templates() {
    }

    /** A placeholder with no value is shown as {@code <name>}, so the reader sees what to put there. */
    public static String fill(String text, Map<String, String> values) {
        if (text == null) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(v != null ? v : "<" + m.group(1) + ">"));
        }
        m.appendTail(out);
        return out.toString();
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
