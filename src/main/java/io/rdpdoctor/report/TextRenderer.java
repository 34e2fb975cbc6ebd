package io.rdpdoctor.report;

import io.rdpdoctor.diagnosis.Report;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** The report as a support engineer reads it in a terminal: root cause first, explained ones under it. */
public final class TextRenderer implements Renderer {

    private static final int WIDTH = 100;

    @Override
    public void render(Report report, PrintWriter out) {
        Report r = Visible.report(report);
        out.println("rdp-doctor: " + (r.host() == null ? "(host not named)" : r.host()) + "  [" + r.input() + "]");
        out.println();
        if (!r.notUnderstood().isEmpty()) {
            out.println("NOT UNDERSTOOD:");
            r.notUnderstood().forEach(s -> wrap(out, "  ! ", s));
            out.println();
        }
        if (!r.recognised().isEmpty()) {
            out.println("Read from the input:");
            r.recognised().forEach(x -> wrap(out, "  - ", x.parser() + " at " + x.source()
                    + (x.command() == null ? "" : " (" + x.command() + ")") + ": " + x.reading()));
        }
        if (!r.skipped().isEmpty()) {
            out.println("Skipped" + (r.recognised().isEmpty() ? ":" : " (diagnosed without them):"));
            r.skipped().forEach(s -> wrap(out, "  - ", s));
        }
        if (!r.recognised().isEmpty() || !r.skipped().isEmpty()) {
            out.println();
        }
        if (r.causes().isEmpty()) {
            out.println(r.notUnderstood().isEmpty() ? "No cause found in the collected facts." : "No cause found in what was understood.");
            out.println();
        } else {
            out.println("Diagnoses, most likely root cause first:");
            out.println();
            for (Report.Diagnosis d : r.causes()) {
                diagnosis(d, "", out, true);
            }
        }
        if (!r.security().isEmpty()) {
            out.println("Security findings (not causes of the failure):");
            out.println();
            for (Report.Diagnosis d : r.security()) {
                diagnosis(d, "", out, true);
            }
        }
        if (!r.nextSteps().isEmpty()) {
            out.println("Still unknown - run next:");
            int i = 1;
            for (Report.NextStep s : r.nextSteps()) {
                out.println();
                wrap(out, "  " + i++ + ". ", s.ask() + " (on the " + s.where() + ")");
                command(out, "       ", "PowerShell", s.powershell());
                command(out, "       ", "cmd", s.cmd());
                withheld(out, "       ", s.withheld());
                for (var o : s.outcomes()) {
                    wrap(out, "       - ", o.result() + " -> " + o.means());
                }
            }
            out.println();
        }
        if (!r.ruledOut().isEmpty()) {
            out.println("Ruled out by the facts:");
            for (Report.Excluded x : r.ruledOut()) {
                String because = String.join("; ", x.evidence().stream().map(e -> e.fact() + (e.source() == null ? "" : " [" + e.source() + "]")).toList());
                wrap(out, "  - ", x.id() + ": " + because);
            }
            out.println();
        }
        if (!r.notCollected().isEmpty()) {
            wrap(out, "Not collected: ", String.join(", ", r.notCollected()));
        }
        out.flush();
    }

    private void diagnosis(Report.Diagnosis d, String indent, PrintWriter out, boolean full) {
        out.println(indent + d.rank() + "  " + d.id() + "  [" + d.certainty().word() + "]  " + d.title());
        String in = indent + "   ";
        wrap(out, in + "why here: ", d.why());
        out.println(in + "evidence:");
        evidence(d.evidence(), in + "  - ", out);
        wrap(out, in + "what it means: ", d.explanation());
        if (full && d.certainty() == io.rdpdoctor.diagnosis.Certainty.POSSIBLE) {
            // A hypothesis: its fix is for once it is confirmed; the next steps decide.
            out.println(in + "fix, once confirmed: rdp-doctor rules show " + d.id());
        } else if (full) {
            if (!d.fix().isEmpty()) {
                out.println(in + "fix:");
                int n = 1;
                for (Report.Step s : d.fix()) {
                    wrap(out, in + "  " + n++ + ". ", s.step());
                    String c = in + "     ";
                    command(out, c, "backup first", s.backup());
                    command(out, c, "PowerShell", s.powershell());
                    command(out, c, "cmd", s.cmd());
                    command(out, c, "run", s.command());
                    if (s.warning() != null) wrap(out, c + "! warning: ", s.warning());
                    command(out, c, "undo", s.undo());
                    withheld(out, c, s.withheld());
                }
            }
            if (d.verify() != null) {
                out.println(in + "verify:");
                command(out, in + "  ", "PowerShell", d.verify().powershell());
                command(out, in + "  ", "cmd", d.verify().cmd());
                command(out, in + "  ", "run", d.verify().command());
                withheld(out, in + "  ", d.verify().withheld());
                wrap(out, in + "  healthy: ", d.verify().expect());
            }
            wrap(out, in + "sources: ", String.join("; ", d.sources()));
        }
        out.println();
        for (Report.Diagnosis child : d.explains()) {
            diagnosis(child, indent + "    ", out, false);
        }
    }

    private static void evidence(List<Report.Evidence> items, String prefix, PrintWriter out) {
        for (Report.Evidence e : items) {
            out.println(prefix + e.fact() + (e.source() == null ? "" : "   [" + e.source() + "]"));
            evidence(e.grounds(), "    " + prefix, out);
        }
    }

    private static void command(PrintWriter out, String indent, String label, String command) {
        if (command != null) {
            out.println(indent + label + ": " + command);
        }
    }

    /**
     * A command not printed because a value from the host cannot be put into it safely: the
     * command with {@code <name>} in its place, then each value apart, marked as from the host.
     */
    private static void withheld(PrintWriter out, String indent, List<Report.Withheld> items) {
        for (Report.Withheld w : items) {
            out.println(indent + label(w.field()) + ": NOT PRINTED: a value from the host is not safe in this command; check it, then type it in:");
            out.println(indent + "    " + w.command());
            for (Report.HostValue v : w.values()) {
                out.println(indent + "    <" + v.name() + "> from the host (" + v.problem() + "): \u00ab" + v.value() + "\u00bb");
            }
        }
    }

    private static String label(String field) {
        return switch (field) {
            case "powershell" -> "PowerShell";
            case "command" -> "run";
            case "backup" -> "backup first";
            default -> field;
        };
    }

    /** Word-wraps text after a first-line prefix, continuing under it. */
    static void wrap(PrintWriter out, String prefix, String text) {
        if (text == null) return;
        String pad = " ".repeat(prefix.length());
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(prefix);
        for (String word : text.strip().split("\\s+")) {
            if (line.length() + word.length() + 1 > WIDTH && line.length() > prefix.length()) {
                lines.add(line.toString());
                line = new StringBuilder(pad);
            }
            if (line.length() > pad.length() && !line.toString().endsWith(" ")) line.append(' ');
            line.append(word);
        }
        lines.add(line.toString());
        lines.forEach(out::println);
    }
}
