package io.rdpdoctor.parse.windows;

import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PowerShell's Format-List view ({@code Name : value} per line, records apart by blank lines, long
 * values continued on lines indented under the value column) as records of labelled fields. The
 * property labels are the .NET property names: English in every Windows language. Tolerates pasted
 * damage: padding collapsed to one space and a blank line after every line (a label seen again
 * starts a new record, in merge mode), trailing spaces.
 */
final class ListForm {

    /** One value with the index (in the capture) of the line it starts on. */
    record Field(String value, int index) {
    }

    /** One object's properties, in order, by label (case-insensitive keys). */
    static final class Rec {
        final Map<String, Field> fields = new LinkedHashMap<>();
        int firstIndex = -1;

        Field field(String label) {
            return fields.get(label.toLowerCase(Locale.ROOT));
        }

        String get(String label) {
            Field f = field(label);
            if (f == null) {
                return null;
            }
            String v = f.value().trim();
            return v.isEmpty() ? null : v;
        }

        int index(String label) {
            Field f = field(label);
            return f == null ? firstIndex : f.index();
        }

        boolean has(String label) {
            return fields.containsKey(label.toLowerCase(Locale.ROOT));
        }
    }

    static final Pattern LABEL = Pattern.compile("^([A-Za-z][A-Za-z0-9_.()]*(?: [A-Za-z0-9_.()]+){0,3}?) *: ?(.*)$");

    private ListForm() {
    }

    /**
     * The whole capture as list-view records: anything after them, or no record at all, is a parse
     * error naming the command whose list view was expected (e.g. "Get-WinEvent's").
     */
    static List<Rec> readWhole(Capture c, String command, String firstLine) throws ParseException {
        int[] stop = new int[1];
        List<Rec> recs = read(c, skipBlank(c, 0), stop);
        int rest = skipBlank(c, stop[0]);
        if (rest < c.lines().size()) {
            throw Win.fail(c, rest, "expected " + command + " list view (\"Name : value\" lines)");
        }
        if (recs.isEmpty()) {
            throw Win.fail(c, 0, "expected " + command + " list view (\"" + firstLine + "\")");
        }
        return recs;
    }

    /**
     * The records of the capture, from line {@code from}. Lines that are neither a label, a
     * continuation nor blank end the parse: their index is returned through {@code stop[0]} (or
     * the line count when all were read).
     */
    static List<Rec> read(Capture c, int from, int[] stop) {
        return read(c, from, stop, false);
    }

    /**
     * As {@link #read(Capture, int, int[])}; with {@code merge}, a blank line does not end a record
     * (only a label seen again does): for a rule followed by its filter objects, and for pastes that
     * put a blank line after every line.
     */
    static List<Rec> read(Capture c, int from, int[] stop, boolean merge) {
        List<String> lines = c.lines();
        List<Rec> out = new ArrayList<>();
        Rec cur = null;
        String lastKey = null;
        int blanks = 0;
        int i = from;
        for (; i < lines.size(); i++) {
            String line = Win.cut(lines.get(i));
            if (line.isBlank()) {
                blanks++;
                continue;
            }
            Matcher m = line.startsWith(" ") ? null : LABEL.matcher(line);
            if (m != null && m.matches()) {
                String key = m.group(1).trim().toLowerCase(Locale.ROOT);
                if (cur == null || cur.fields.containsKey(key) || (!merge && blanks > 0)) {
                    cur = new Rec();
                    cur.firstIndex = i;
                    out.add(cur);
                }
                cur.fields.put(key, new Field(m.group(2).stripTrailing(), i));
                lastKey = key;
                blanks = 0;
            } else if (line.startsWith(" ") && cur != null && lastKey != null) {
                Field f = cur.fields.get(lastKey);
                String joined = f.value().isEmpty() ? line.strip()
                        : f.value() + "\n".repeat(Math.min(blanks, 2) + 1) + line.strip();
                blanks = 0;
                cur.fields.put(lastKey, new Field(joined, f.index()));
            } else {
                break;
            }
        }
        stop[0] = i;
        return out;
    }

    /** The index of the first non-blank line at or after {@code from}, or the line count. */
    static int skipBlank(Capture c, int from) {
        int i = from;
        while (i < c.lines().size() && c.lines().get(i).isBlank()) {
            i++;
        }
        return i;
    }

    /** A PowerShell list value "{a, b}" or "a, b" or "a" as items; "" and "{}" as none. */
    static List<String> items(String value) {
        if (value == null) {
            return List.of();
        }
        String v = value.trim();
        if (v.startsWith("{") && v.endsWith("}")) {
            v = v.substring(1, v.length() - 1);
        }
        List<String> out = new ArrayList<>();
        for (String part : v.split("[,\n]")) {
            String p = part.trim();
            if (!p.isEmpty() && !p.equals("...")) {
                out.add(p.endsWith("...") ? p.substring(0, p.length() - 3) : p);
            }
        }
        return out;
    }
}
