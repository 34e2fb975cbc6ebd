package io.rdpdoctor.report;

import io.rdpdoctor.diagnosis.Certainty;
import io.rdpdoctor.diagnosis.Report;
import java.io.PrintWriter;
import java.util.List;

/** The report as Markdown, for pasting into a ticket: {@code diagnose --format markdown}. */
public final class MarkdownRenderer implements Renderer {

    @Override
    public void render(Report report, PrintWriter out) {
        Report r = Visible.report(report);
        out.println("## rdp-doctor: " + (r.host() == null ? "(host not named)" : inline(r.host())));
        out.println();
        out.println("Input: " + span(r.input()));
        out.println();
        if (!r.notUnderstood().isEmpty()) {
            out.println("### Not understood");
            out.println();
            r.notUnderstood().forEach(s -> out.println("- **" + inline(s) + "**"));
            out.println();
        }
        if (!r.recognised().isEmpty()) {
            out.println("Read from the input:");
            out.println();
            r.recognised().forEach(x -> out.println("- " + inline(x.parser()) + " at " + span(x.source())
                    + (x.command() == null ? "" : " (" + span(x.command()) + ")") + ": " + inline(x.reading())));
            out.println();
        }
        if (!r.skipped().isEmpty()) {
            out.println("Skipped" + (r.recognised().isEmpty() ? ":" : " (diagnosed without them):"));
            out.println();
            r.skipped().forEach(s -> out.println("- " + inline(s)));
            out.println();
        }
        if (r.causes().isEmpty()) {
            out.println(r.notUnderstood().isEmpty() ? "No cause found in the collected facts." : "No cause found in what was understood.");
            out.println();
        } else {
            out.println("### Diagnoses, most likely root cause first");
            out.println();
            for (Report.Diagnosis d : r.causes()) diagnosis(d, out, true);
        }
        if (!r.security().isEmpty()) {
            out.println("### Security findings (not causes of the failure)");
            out.println();
            for (Report.Diagnosis d : r.security()) diagnosis(d, out, true);
        }
        if (!r.nextSteps().isEmpty()) {
            out.println("### Still unknown: run next");
            out.println();
            int i = 1;
            for (Report.NextStep s : r.nextSteps()) {
                out.println(i++ + ". " + inline(s.ask()) + " (on the " + inline(s.where()) + ")");
                if (s.powershell() != null) block(out, "   ", "powershell", s.powershell());
                if (s.cmd() != null) block(out, "   ", "bat", s.cmd());
                withheld(out, "   ", s.withheld());
                for (var o : s.outcomes()) out.println("   - " + inline(o.result()) + " → " + inline(o.means()));
            }
            out.println();
        }
        if (!r.ruledOut().isEmpty()) {
            out.println("### Ruled out by the facts");
            out.println();
            for (Report.Excluded x : r.ruledOut()) {
                out.println("- **" + x.id() + "**: " + String.join("; ", x.evidence().stream()
                        .map(e -> inline(e.fact()) + (e.source() == null ? "" : " (" + span(e.source()) + ")")).toList()));
            }
            out.println();
        }
        if (!r.notCollected().isEmpty()) {
            out.println("Not collected: " + String.join(", ", r.notCollected()));
            out.println();
        }
        out.flush();
    }

    private static void diagnosis(Report.Diagnosis d, PrintWriter out, boolean full) {
        out.println("#### " + d.rank() + ". " + inline(d.title()) + " (`" + d.id() + "`, " + d.kind().name().toLowerCase(java.util.Locale.ROOT) + ", "
                + d.certainty().word() + ")");
        out.println();
        out.println("*Why here:* " + inline(d.why()));
        out.println();
        out.println("*Evidence:*");
        out.println();
        evidence(d.evidence(), "", out);
        out.println();
        out.println(inline(d.explanation()));
        out.println();
        if (full && d.certainty() == Certainty.POSSIBLE) {
            out.println("*Fix, once confirmed:* `rdp-doctor rules show " + d.id() + "`");
            out.println();
        } else if (full) {
            if (!d.fix().isEmpty()) {
                out.println("*Fix:*");
                out.println();
                int n = 1;
                for (Report.Step s : d.fix()) {
                    out.println(n++ + ". " + inline(s.step()));
                    if (s.backup() != null) block(out, "   ", "powershell", "# backup first\n" + s.backup());
                    if (s.powershell() != null) block(out, "   ", "powershell", s.powershell());
                    if (s.cmd() != null) block(out, "   ", "bat", s.cmd());
                    if (s.command() != null) block(out, "   ", "sh", s.command());
                    if (s.warning() != null) out.println("   > **Warning:** " + inline(s.warning()));
                    if (s.undo() != null) out.println("   Undo: " + span(s.undo()));
                    withheld(out, "   ", s.withheld());
                }
                out.println();
            }
            if (d.verify() != null) {
                out.println("*Verify:*");
                if (d.verify().powershell() != null) block(out, "", "powershell", d.verify().powershell());
                if (d.verify().cmd() != null) block(out, "", "bat", d.verify().cmd());
                if (d.verify().command() != null) block(out, "", "sh", d.verify().command());
                withheld(out, "", d.verify().withheld());
                if (d.verify().expect() != null) out.println("Healthy: " + inline(d.verify().expect()));
                out.println();
            }
        }
        for (Report.Diagnosis c : d.explains()) diagnosis(c, out, false);
    }

    private static void evidence(List<Report.Evidence> items, String indent, PrintWriter out) {
        for (Report.Evidence e : items) {
            out.println(indent + "- " + inline(e.fact()) + (e.source() == null ? "" : " (" + span(e.source()) + ")"));
            evidence(e.grounds(), indent + "  ", out);
        }
    }

    /** A command withheld because a value from the host is not safe in it: the command with <name>, then the values apart. */
    private static void withheld(PrintWriter out, String indent, List<Report.Withheld> items) {
        for (Report.Withheld w : items) {
            out.println(indent + "**Not printed** (" + inline(w.field()) + "): a value from the host is not safe in this command; "
                    + "check it, then type it in: " + span(w.command()));
            for (Report.HostValue v : w.values()) {
                out.println(indent + "- `<" + inline(v.name()) + ">` from the host (" + inline(v.problem()) + "): " + span(v.value()));
            }
        }
    }

    private static void block(PrintWriter out, String indent, String lang, String text) {
        String fence = "`".repeat(Math.max(3, longestRun(text, '`') + 1));
        out.println(indent + fence + lang);
        for (String line : text.split("\n", -1)) out.println(indent + line);
        out.println(indent + fence);
    }

    /** Text on one line, control characters visible, with Markdown's active characters escaped. */
    public static String inline(String raw) {
        if (raw == null) return "";
        String s = Visible.oneLine(raw);
        return s.strip().replaceAll("\\s*\n\\s*", " ").replaceAll("([\\\\`*_\\[\\]<>|#])", "\\\\$1");
    }

    /**
     * An inline code span that shows the text exactly, backticks included: delimited by one more
     * backtick than the longest run inside, padded when the text starts or ends with one.
     */
    public static String span(String s) {
        String t = s == null ? "" : Visible.oneLine(s);
        String fence = "`".repeat(longestRun(t, '`') + 1);
        String pad = t.startsWith("`") || t.endsWith("`") || t.isEmpty() ? " " : "";
        return fence + pad + t + pad + fence;
    }

    private static int longestRun(String s, char c) {
        int best = 0;
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            run = s.charAt(i) == c ? run + 1 : 0;
            best = Math.max(best, run);
        }
        return best;
    }
}
