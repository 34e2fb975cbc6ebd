package io.rdpdoctor.diagnosis;

import io.rdpdoctor.facts.ConnectionAttempt;
import io.rdpdoctor.facts.FactSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Decides, in one place, what of an input rdp-doctor did not understand, so that a report never
 * looks healthy when nothing was looked at: raw output of which no command was recognised, raw
 * output whose recognised commands tell nothing about the host (a {@code gpresult /r}), a fact file
 * with nothing but a host name, a client message that matches no known message. Each is one
 * sentence saying what was not understood and what to collect instead; the renderers print them
 * first ({@link Report#notUnderstood()}) and {@code diagnose} exits 3.
 */
public final class Understanding {

    /** What to collect when nothing useful was given. */
    public static final String COLLECT = "collect with collect/Collect-RdpFacts.ps1 on the server (docs/collector.md), or paste the "
            + "output of commands rdp-doctor reads, such as qwinsta, netstat -ano, sc query TermService, "
            + "reg query \"HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\" /s and gpresult /scope computer /x gp.xml "
            + "(docs/parsers.md lists them all)";

    /** The question a rule asks when the client's message matches none of the catalogue (rules/client-errors). */
    static final String UNKNOWN_MESSAGE = "Q-UNKNOWN-MESSAGE";

    /** Commands that are recognised but give no fact, and what to collect in their place. */
    private static final Map<String, String> INSTEAD = Map.of(
            "gpresult-r", "gpresult /r lists which GPOs apply, not their settings: collect gpresult /scope computer /x gp.xml "
                    + "(or /h gp.html) and give rdp-doctor that file");

    private Understanding() {
    }

    /**
     * What was not understood, each as a sentence; empty when the input was understood.
     *
     * @param report      the diagnosis of the facts that were read
     * @param facts       those facts
     * @param rawOutput   the input was raw command output (a paste, a transcript, a capture folder)
     * @param nothingRead raw output of which no command output could be read at all
     * @param recognised  the command outputs of raw output that were read
     */
    public static List<String> notUnderstood(Report report, FactSet facts, boolean rawOutput, boolean nothingRead,
                                             List<Report.Recognised> recognised) {
        List<String> out = new ArrayList<>();
        if (nothingRead) {
            out.add("No command output in " + report.input() + " was recognised and read"
                    + (report.skipped().isEmpty() ? "" : " (each part skipped is listed with why)")
                    + ", so nothing could be checked: " + COLLECT + ".");
        } else if (facts.nothingCollected()) {
            if (rawOutput) {
                // the manifest gives the host's name only: it is not a command that could have told more
                List<String> read = recognised.stream().filter(r -> !r.parser().equals("manifest"))
                        .map(r -> r.parser() + " (" + r.source() + ")").toList();
                StringBuilder s = new StringBuilder("Nothing in " + report.input() + " tells rdp-doctor about the host");
                s.append(read.isEmpty() ? "" : ": " + String.join(", ", read) + (read.size() == 1 ? " was" : " were")
                        + " recognised but gave no fact it can check");
                s.append(". ");
                List<String> instead = recognised.stream().map(r -> INSTEAD.get(r.parser())).filter(x -> x != null).distinct().toList();
                instead.forEach(x -> s.append(x).append("; "));
                s.append(instead.isEmpty() ? COLLECT.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + COLLECT.substring(1) : "otherwise " + COLLECT);
                out.add(s.append('.').toString());
            } else {
                out.add("Nothing was collected about this host but its name, so no check could run (not healthy: unknown): " + COLLECT + ".");
            }
        }
        if (report.nextSteps().stream().anyMatch(q -> q.id().equals(UNKNOWN_MESSAGE))) {
            List<String> messages = facts.all(ConnectionAttempt.class).stream()
                    .filter(a -> !Boolean.TRUE.equals(a.succeeded()))
                    .map(a -> a.errorText() != null && !a.errorText().isBlank() ? a.errorText().strip() : a.errorCode())
                    .filter(m -> m != null && !m.isBlank()).distinct().toList();
            out.add("The client's message" + (messages.isEmpty() ? "" : " \"" + String.join("\", \"", messages) + "\"")
                    + " matches none rdp-doctor knows, so it says nothing about the cause: copy the message exactly as the client "
                    + "shows it (with its error code), and collect the client's event log (see the next steps).");
        }
        return List.copyOf(out);
    }
}
