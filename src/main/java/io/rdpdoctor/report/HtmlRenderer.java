package io.rdpdoctor.report;

import io.rdpdoctor.diagnosis.Report;
import java.io.PrintWriter;

/**
 * The report of one host as one self-contained HTML page (inline style, no script, no network):
 * {@code diagnose --format html}. Several files give several pages one after the other; give one
 * file per call to get a single valid page.
 */
public final class HtmlRenderer implements Renderer {

    @Override
    public void render(Report r, PrintWriter out) {
        StringBuilder b = new StringBuilder(16384);
        String host = r.host() == null ? "(host not named)" : r.host();
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
                .append("<meta name=\"generator\" content=\"rdp-doctor ").append(Html.esc(Report.SCHEMA)).append("\">")
                .append("<title>rdp-doctor: ").append(Html.esc(host)).append("</title><style>\n").append(Html.CSS)
                .append("\n</style></head><body>\n<header><h1>rdp-doctor: ").append(Html.esc(host)).append("</h1><p>")
                .append(Html.esc(r.input())).append("</p></header>\n<main>\n");
        if (!r.notUnderstood().isEmpty()) {
            b.append("<section id=\"not-understood\"><h2>Not understood</h2><ul>");
            r.notUnderstood().forEach(s -> b.append("<li><b>").append(Html.esc(s)).append("</b></li>"));
            b.append("</ul></section>\n");
        }
        if (!r.recognised().isEmpty()) {
            b.append("<section id=\"recognised\"><h2>Read from the input</h2><ul>");
            r.recognised().forEach(x -> b.append("<li>").append(Html.esc(x.parser())).append(" at <code>").append(Html.esc(x.source()))
                    .append("</code>").append(x.command() == null ? "" : " (<code>" + Html.esc(x.command()) + "</code>)")
                    .append(": ").append(Html.esc(x.reading())).append("</li>"));
            b.append("</ul></section>\n");
        }
        if (!r.skipped().isEmpty()) {
            b.append("<section id=\"skipped\"><h2>Skipped").append(r.recognised().isEmpty() ? "" : " (diagnosed without them)").append("</h2><ul>");
            r.skipped().forEach(s -> b.append("<li>").append(Html.esc(s)).append("</li>"));
            b.append("</ul></section>\n");
        }
        b.append("<section id=\"causes\"><h2>Diagnoses, most likely root cause first</h2>");
        if (r.causes().isEmpty()) {
            b.append(r.notUnderstood().isEmpty() ? "<p>No cause found in the collected facts.</p>" : "<p>No cause found in what was understood.</p>");
        }
        for (Report.Diagnosis d : r.causes()) {
            diagnosis(d, b, true);
        }
        b.append("</section>\n");
        if (!r.security().isEmpty()) {
            b.append("<section id=\"security\"><h2>Security findings (not causes of the failure)</h2>");
            for (Report.Diagnosis d : r.security()) diagnosis(d, b, true);
            b.append("</section>\n");
        }
        if (!r.nextSteps().isEmpty()) {
            b.append("<section id=\"next-steps\"><h2>Still unknown: run next</h2><ol>");
            for (Report.NextStep s : r.nextSteps()) {
                b.append("<li><p>").append(Html.esc(s.ask())).append(" <span class=\"muted\">(on the ").append(Html.esc(s.where()))
                        .append(")</span></p>");
                if (s.powershell() != null) b.append("<div class=\"cmd\"><span>PowerShell</span><code>").append(Html.esc(s.powershell())).append("</code></div>");
                if (s.cmd() != null) b.append("<div class=\"cmd\"><span>cmd</span><code>").append(Html.esc(s.cmd())).append("</code></div>");
                Html.withheld(b, s.withheld());
                if (!s.outcomes().isEmpty()) {
                    b.append("<ul>");
                    s.outcomes().forEach(o -> b.append("<li>").append(Html.esc(o.result())).append(" &rarr; ").append(Html.esc(o.means())).append("</li>"));
                    b.append("</ul>");
                }
                b.append("</li>");
            }
            b.append("</ol></section>\n");
        }
        if (!r.ruledOut().isEmpty()) {
            b.append("<section id=\"ruled-out\"><h2>Ruled out by the facts</h2><ul>");
            for (Report.Excluded x : r.ruledOut()) {
                b.append("<li><b>").append(Html.esc(x.id())).append("</b> ").append(Html.esc(x.title()));
                Html.evidence(x.evidence(), b);
                b.append("</li>");
            }
            b.append("</ul></section>\n");
        }
        if (!r.notCollected().isEmpty()) {
            b.append("<section id=\"not-collected\"><h2>Not collected</h2><p>").append(Html.esc(String.join(", ", r.notCollected())))
                    .append("</p></section>\n");
        }
        b.append("</main></body></html>");
        out.println(b);
        out.flush();
    }

    private static void diagnosis(Report.Diagnosis d, StringBuilder b, boolean full) {
        b.append("<div class=\"diagnosis\" id=\"d-").append(Html.esc(d.rank())).append("\"><h3>").append(Html.esc(d.rank())).append(". ")
                .append(Html.esc(d.title())).append(" <code>").append(Html.esc(d.id())).append("</code>")
                .append(Html.badge(d.kind().name().toLowerCase(java.util.Locale.ROOT), d.kind().name().toLowerCase(java.util.Locale.ROOT)))
                .append(Html.badge(d.certainty().word(), d.certainty().word())).append("</h3>");
        b.append("<p class=\"muted\">").append(Html.esc(d.why())).append("</p>");
        b.append("<b>Evidence</b>");
        Html.evidence(d.evidence(), b);
        b.append("<p>").append(Html.esc(d.explanation())).append("</p>");
        if (full) {
            b.append("<div class=\"fixbox\"><b>Fix</b>");
            Html.fix(d, b);
            b.append("</div>");
            if (!d.sources().isEmpty()) {
                b.append("<p class=\"src\">Sources: ").append(Html.esc(String.join("; ", d.sources()))).append("</p>");
            }
        }
        if (!d.explains().isEmpty()) {
            b.append("<div style=\"margin-left:24px\">");
            for (Report.Diagnosis c : d.explains()) diagnosis(c, b, false);
            b.append("</div>");
        }
        b.append("</div>");
    }
}
