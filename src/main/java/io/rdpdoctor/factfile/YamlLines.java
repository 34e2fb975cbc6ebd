package io.rdpdoctor.factfile;

import java.util.regex.Pattern;

/**
 * Jackson's YAML parser reports an unknown key at the position after the key's value (often the
 * next line); errors should point at the key itself.
 */
public final class YamlLines {

    private YamlLines() {
    }

    /** The last line (1-based) at or before {@code from} where {@code key} stands as a mapping key; 0 if none. */
    public static int lineOfKey(String text, String key, int from) {
        String[] lines = text.split("\\r?\\n", -1);
        String k = "\"?" + Pattern.quote(key) + "\"?\\s*:";
        Pattern p = Pattern.compile("^[\\s\\-]*" + k + "|[{,]\\s*" + k);
        for (int i = Math.min(from, lines.length) - 1; i >= 0; i--) {
            if (p.matcher(lines[i]).find()) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The line of an unknown key, else the reported line. */
    public static int lineOf(com.fasterxml.jackson.core.JsonProcessingException e, String text) {
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException u && line > 0) {
            int keyLine = lineOfKey(text, u.getPropertyName(), line);
            return keyLine > 0 ? keyLine : line;
        }
        return line;
    }
}
