package io.rdpdoctor.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import io.rdpdoctor.report.Visible;
import java.util.Locale;

/**
 * How one {@link HostResult} is written as a line: JSON Lines or CSV (docs/batch.md has the
 * schema). Stateless and thread-safe.
 */
public enum ResultFormat {

    /** One JSON object per line: host, input, status, diagnoses [{rank, id, kind, certainty}], error, skipped. */
    JSONL {
        @Override
        public String header() {
            return null;
        }

        @Override
        public String line(HostResult r) {
            StringWriter w = new StringWriter(160 + 64 * r.diagnoses().size());
            try (JsonGenerator g = JSON.createGenerator(w)) {
                g.setCharacterEscapes(Visible.JSON_ESCAPES);
                g.writeStartObject();
                if (r.host() != null) g.writeStringField("host", r.host());
                g.writeStringField("input", r.input());
                g.writeStringField("status", r.status().word());
                g.writeArrayFieldStart("diagnoses");
                for (HostResult.Flat d : r.diagnoses()) {
                    g.writeStartObject();
                    g.writeStringField("rank", d.rank());
                    g.writeStringField("id", d.id());
                    g.writeStringField("kind", d.kind());
                    g.writeStringField("certainty", d.certainty());
                    g.writeEndObject();
                }
                g.writeEndArray();
                if (r.error() != null) g.writeStringField("error", r.error());
                if (!r.skipped().isEmpty()) {
                    g.writeArrayFieldStart("skipped");
                    for (String s : r.skipped()) g.writeString(s);
                    g.writeEndArray();
                }
                g.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return w.toString();
        }
    },

    /**
     * RFC 4180 CSV, one row per input: host,input,status,diagnoses,error; diagnoses is
     * {@code rank id certainty} items separated by "; " (e.g. {@code 1 RDP-DISABLED-BY-GPO confirmed; 1.1 RDP-DISABLED confirmed}).
     */
    CSV {
        @Override
        public String header() {
            return "host,input,status,diagnoses,error";
        }

        @Override
        public String line(HostResult r) {
            StringBuilder diag = new StringBuilder();
            for (HostResult.Flat d : r.diagnoses()) {
                if (diag.length() > 0) diag.append("; ");
                diag.append(d.rank()).append(' ').append(d.id()).append(' ').append(d.certainty());
            }
            return field(r.host()) + ',' + field(r.input()) + ',' + r.status().word() + ',' + field(diag.toString()) + ',' + field(r.error());
        }
    };

    private static final JsonFactory JSON = new JsonFactory();

    /** The first line of the output, or null. */
    public abstract String header();

    public abstract String line(HostResult r);

    public static ResultFormat of(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "jsonl", "json-lines", "ndjson" -> JSONL;
            case "csv" -> CSV;
            default -> throw new IllegalArgumentException("unknown batch format '" + name + "'; expected jsonl or csv");
        };
    }

    /**
     * A CSV field: control characters made visible ({@link Visible#oneLine}: no line break, tab or
     * ESC reaches the file); a leading {@code '} before a cell that a spreadsheet would read as a
     * formula (it starts with = + - @, their full-width forms, or a tab or carriage return before
     * escaping; OWASP, CSV injection); quoted when it holds a comma or quote; null is empty.
     */
    static String field(String raw) {
        if (raw == null || raw.isEmpty()) return "";
        String s = Visible.oneLine(raw);
        char first = raw.charAt(0);
        if ("=+-@\t\r\uff1d\uff0b\uff0d\uff20".indexOf(first) >= 0) {
            s = "'" + s;
        }
        boolean quote = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                quote = true;
                break;
            }
        }
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
