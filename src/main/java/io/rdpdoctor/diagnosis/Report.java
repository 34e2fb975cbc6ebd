package io.rdpdoctor.diagnosis;

import io.rdpdoctor.knowledge.Kind;
import io.rdpdoctor.knowledge.QuestionDef;
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
        List<String> skipped) {

    public static final String SCHEMA = "rdp-doctor/report/v1";

    public Report {
        skipped = skipped == null ? List.of() : List.copyOf(skipped);
    }

    /** This report, saying which parts of its input were skipped and why. */
    public Report withSkipped(List<String> why) {
        return new Report(schema, input, host, causes, security, nextSteps, ruledOut, notCollected, why);
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
