package io.rdpdoctor.report;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import io.rdpdoctor.diagnosis.Report;
import io.rdpdoctor.knowledge.QuestionDef;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Makes control characters visible: the one place every output (text, Markdown, HTML, CSV, the
 * batch's report.html and summary.md, standard-error messages that quote input) passes host text
 * through, so that no value read from a host can drive the reader's terminal (ESC sequences, OSC 52
 * writes the clipboard), forge report lines (a line break inside a value) or reorder what is shown
 * (bidi overrides). JSON and JSON Lines keep the exact value: {@link #JSON_ESCAPES} has Jackson
 * write the same characters as {@code \}{@code uXXXX} escapes.
 *
 * <p>Escaped, as {@code \}{@code u001b}: C0 controls (U+0000–U+001F, line breaks included) except
 * the tab, DEL (U+007F), C1 controls (U+0080–U+009F), the bidi embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069) and marks (U+200E, U+200F, U+061C), and the Unicode line and
 * paragraph separators (U+2028, U+2029). A tab is kept: it moves the cursor and does nothing else.
 */
public final class Visible {

    private Visible() {
    }

    /** True for a character that {@link #text} escapes (the tab is not one). */
    public static boolean isControl(char c) {
        return (c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f)
                || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
                || c == 0x200e || c == 0x200f || c == 0x061c || c == 0x2028 || c == 0x2029;
    }

    /** The text with every control character written as {@code \}{@code uXXXX}; null stays null. */
    public static String text(String s) {
        if (s == null) return null;
        int i = 0;
        while (i < s.length() && !isControl(s.charAt(i))) i++;
        if (i == s.length()) return s;
        StringBuilder b = new StringBuilder(s.length() + 16).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isControl(c)) {
                b.append(escape(c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The text on one line with control characters visible, tabs included (a CSV cell, a table cell). */
    public static String oneLine(String s) {
        String t = text(s);
        return t == null ? null : t.replace("\t", escape('\t'));
    }

    static String escape(char c) {
        return String.format("\\u%04x", (int) c);
    }

    /**
     * A copy of the report with {@link #text} applied to every string in it: what the text,
     * Markdown and HTML renderers print from. (JSON renders the report itself, with
     * {@link #JSON_ESCAPES}.)
     */
    public static Report report(Report r) {
        UnaryOperator<String> t = Visible::text;
        return new Report(r.schema(), t.apply(r.input()), t.apply(r.host()), diagnoses(r.causes()), diagnoses(r.security()),
                r.nextSteps().stream().map(s -> new Report.NextStep(t.apply(s.id()), t.apply(s.ask()), t.apply(s.where()),
                        t.apply(s.powershell()), t.apply(s.cmd()),
                        s.outcomes().stream().map(o -> new QuestionDef.Outcome(t.apply(o.result()), t.apply(o.means()))).toList(),
                        withheld(s.withheld()))).toList(),
                r.ruledOut().stream().map(x -> new Report.Excluded(t.apply(x.id()), t.apply(x.title()), evidence(x.evidence()))).toList(),
                strings(r.notCollected()), strings(r.skipped()),
                r.recognised().stream().map(x -> new Report.Recognised(t.apply(x.source()), t.apply(x.command()), t.apply(x.parser()), t.apply(x.how()), x.facts(),
                        t.apply(x.encoding()), t.apply(x.language()), t.apply(x.languageName()))).toList(),
                strings(r.notUnderstood()));
    }

    private static List<Report.Diagnosis> diagnoses(List<Report.Diagnosis> ds) {
        return ds.stream().map(d -> new Report.Diagnosis(text(d.rank()), text(d.id()), text(d.title()), d.kind(), d.certainty(),
                text(d.severity()), text(d.layer()), text(d.why()), evidence(d.evidence()), text(d.explanation()),
                d.fix().stream().map(s -> new Report.Step(text(s.step()), text(s.powershell()), text(s.cmd()), text(s.command()),
                        text(s.warning()), text(s.backup()), text(s.undo()), withheld(s.withheld()))).toList(),
                d.verify() == null ? null : new Report.Check(text(d.verify().powershell()), text(d.verify().cmd()),
                        text(d.verify().command()), text(d.verify().expect()), withheld(d.verify().withheld())),
                strings(d.sources()), diagnoses(d.explains()), d.score(), text(d.settleWith()), d.priorOnly())).toList();
    }

    private static List<Report.Evidence> evidence(List<Report.Evidence> items) {
        return items.stream().map(e -> new Report.Evidence(text(e.fact()), text(e.source()), evidence(e.grounds()))).toList();
    }

    private static List<Report.Withheld> withheld(List<Report.Withheld> items) {
        return items.stream().map(w -> new Report.Withheld(text(w.field()), text(w.command()),
                w.values().stream().map(v -> new Report.HostValue(text(v.name()), oneLine(v.value()), text(v.problem()))).toList()))
                .toList();
    }

    private static List<String> strings(List<String> items) {
        return items.stream().map(Visible::text).toList();
    }

    /**
     * Jackson's escapes plus the characters {@link #text} escapes beyond ASCII (DEL, C1, bidi,
     * line separators): written as {@code \}{@code uXXXX}, so a JSON reader gets the value back
     * exactly and a terminal showing the JSON is not driven by it.
     */
    public static final CharacterEscapes JSON_ESCAPES = new CharacterEscapes() {
        private final int[] ascii;

        {
            ascii = standardAsciiEscapesForJSON();
            ascii[0x7f] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch < 0x10000 && isControl((char) ch) ? new SerializedString(String.format("\\u%04X", ch)) : null;
        }
    };
}
