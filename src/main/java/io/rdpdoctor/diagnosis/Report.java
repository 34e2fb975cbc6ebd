package io.rdpdoctor.diagnosis;

import io.rdpdoctor.knowledge.Kind;
import io.rdpdoctor.knowledge.QuestionDef;
import io.rdpdoctor.parse.CaptureLoader;
import java.util.List;

/**
 * The ranked diagnosis of one host: what every output format (text, JSON, and later markdown
 * and HTML) renders. Its JSON form is versioned by {@link #SCHEMA}; docs/report.schema.json.
 *
 * @param causes      causes and symptoms, best first, each with the diagnoses it explains nested
 * @param security    security findings, apart: never ranked above a cause
 * @param nextSteps   open questions, in troubleshooting order
 * @param ruledOut    causes the facts exclude, with the facts that exclude them
 * @param notCollected the fact-file sections that were not collected
 * @param skipped     raw outputs of the input that could not be read, each with where and why
 *                    (a capture folder or transcript is diagnosed from the rest)
 * @param recognised  for raw output (a paste, a transcript, a capture folder): each command output
 *                    that was recognised and read, in input order; empty for a fact file
 * @param notUnderstood what in the input was not understood and what to collect instead, each a
 *                    sentence ({@link Understanding}); empty when the input was understood. The
 *                    renderers print it first, and {@code diagnose} then exits 3
 */
public record Report(
        String schema,
        String input,
        String host,
        List<Diagnosis> causes,
        List<Diagnosis> security,
        List<NextStep> nextSteps,
        List<Excluded> ruledOut,
        List<String> notCollected,
        List<String> skipped,
        List<Recognised> recognised,
        List<String> notUnderstood) {

    public static final String SCHEMA = "rdp-doctor/report/v1";

    public Report {
        skipped = skipped == null ? List.of() : List.copyOf(skipped);
        recognised = recognised == null ? List.of() : List.copyOf(recognised);
        notUnderstood = notUnderstood == null ? List.of() : List.copyOf(notUnderstood);
    }

    /** A report of a fact file: nothing recognised from raw output, nothing said about understanding. */
    public Report(String schema, String input, String host, List<Diagnosis> causes, List<Diagnosis> security,
                  List<NextStep> nextSteps, List<Excluded> ruledOut, List<String> notCollected, List<String> skipped) {
        this(schema, input, host, causes, security, nextSteps, ruledOut, notCollected, skipped, List.of(), List.of());
    }

    /** This report, saying which parts of its input were skipped and why. */
    public Report withSkipped(List<String> why) {
        return new Report(schema, input, host, causes, security, nextSteps, ruledOut, notCollected, why, recognised, notUnderstood);
    }

    /** This report, saying which command outputs of its raw input were read and what was not understood. */
    public Report withReading(List<Recognised> read, List<String> notUnderstoodWhy) {
        return new Report(schema, input, host, causes, security, nextSteps, ruledOut, notCollected, skipped, read, notUnderstoodWhy);
    }

    /**
     * One command output of a paste, transcript or capture folder that was recognised and read.
     *
     * @param source       where: {@code file:first-last} (the lines of the output), or the file alone
     * @param command      the command as the prompt or the file name gave it; null when neither did
     * @param parser       the reader that recognised it (docs/parsers.md), e.g. {@code qwinsta}
     * @param how          how the reader was chosen (its content, its command line, its file name)
     * @param facts        how many facts it gave
     * @param encoding     how its bytes were decoded ({@code cp850 (OEM)}); null for a fact file or manifest
     * @param language     the language of the labels its reader matched: an ISO 639-1 code ({@code de}),
     *                     {@code neutral} (output without localized labels) or {@code unknown} (a reader
     *                     of localized output found no label that tells: a paste without its header)
     * @param languageName the language as shown to people: {@code German}, {@code language-neutral},
     *                     {@code language unknown}
     */
    public record Recognised(String source, String command, String parser, String how, int facts, String encoding,
                             String language, String languageName) {

        /** The one way a block read by {@link CaptureLoader} becomes a line of the report (CLI and serve alike). */
        public static Recognised of(CaptureLoader.Block b) {
            return new Recognised(b.where(), b.command(), b.parser(), b.how(), b.facts(), b.encoding(),
                    b.language().code(), b.language().displayName());
        }

        /**
         * What was read, as every renderer words it: "German, cp850 (OEM), 5 facts"; for a ticket's free
         * text also what its words were read as, which no command's name tells ("...: the complaint
         * black-screen; the client FreeRDP").
         */
        public String reading() {
            String read = languageName + (encoding == null ? "" : ", " + encoding) + ", " + facts + " fact" + (facts == 1 ? "" : "s");
            int at = how == null ? -1 : how.indexOf(CaptureLoader.FREE_TEXT_READ_AS);
            return at < 0 ? read : read + ": " + how.substring(at + CaptureLoader.FREE_TEXT_READ_AS.length());
        }
    }

    /** True when some cause or symptom was found (security findings alone do not count). */
    public boolean hasDiagnoses() {
        return !causes.isEmpty();
    }

    public record Diagnosis(
            String rank,
            String id,
            String title,
            Kind kind,
            Certainty certainty,
            String severity,
            String layer,
            String why,
            List<Evidence> evidence,
            String explanation,
            List<Step> fix,
            Check verify,
            List<String> sources,
            List<Diagnosis> explains,
            Double score,
            String settleWith,
            boolean priorOnly) {
    }

    /** One piece of evidence: a fact with its source, or a derived fact with the facts under it. */
    public record Evidence(String fact, String source, List<Evidence> grounds) {
    }

    /** A cause the facts rule out. */
    public record Excluded(String id, String title, List<Evidence> evidence) {
    }

    /**
     * One fix step. A command field is null when the catalogue has no such command, or when a value
     * from the host cannot be put into it safely: then {@code withheld} says which and why.
     */
    public record Step(String step, String powershell, String cmd, String command, String warning, String backup, String undo,
                       List<Withheld> withheld) {
        public Step {
            withheld = withheld == null ? List.of() : List.copyOf(withheld);
        }
    }

    public record Check(String powershell, String cmd, String command, String expect, List<Withheld> withheld) {
        public Check {
            withheld = withheld == null ? List.of() : List.copyOf(withheld);
        }
    }

    public record NextStep(String id, String ask, String where, String powershell, String cmd,
                           List<QuestionDef.Outcome> outcomes, List<Withheld> withheld) {
        public NextStep {
            withheld = withheld == null ? List.of() : List.copyOf(withheld);
        }
    }

    /**
     * A command that is not printed because a value from the host cannot be quoted safely for its
     * shell (knowledge.ShellQuoting).
     *
     * @param field   the field it replaces: powershell, cmd, command, backup or undo
     * @param command the command with {@code <name>} where each withheld value would go: to be
     *                typed by hand once the value is checked; never run as it stands
     * @param values  the values withheld, as read from the host
     */
    public record Withheld(String field, String command, List<HostValue> values) {
        public Withheld {
            values = List.copyOf(values);
        }
    }

    /** A value taken from the host: its placeholder name, the value exactly as read, and why it was not used. */
    public record HostValue(String name, String value, String problem) {
    }
}
