package io.rdpdoctor.report;

import io.rdpdoctor.diagnosis.Certainty;
import io.rdpdoctor.diagnosis.Report;
import java.util.List;

/**
 * HTML pieces of the report model shared by {@link HtmlRenderer} (one host) and the batch's fleet
 * report: escaping, evidence trees, fix steps, the page style. Every fragment is on one line (line
 * breaks inside text are made visible as backslash-u escapes, see Visible), so that a fragment can be spilled as one line.
 */
public final class Html {

    private Html() {
    }

    /**
     * Escapes text for element content and double-quoted attributes, after making control
     * characters, line breaks included, visible ({@link Visible#text}).
     */
    public static String esc(String raw) {
        if (raw == null) return "";
        String s = Visible.text(raw);
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = switch (c) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '&' -> "&amp;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                case '\n' -> "&#10;";
                case '\r' -> "";
                case '\t' -> "&#9;";
                default -> null;
            };
            if (r != null && b == null) {
                b = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (b != null) {
                if (r != null) b.append(r);
                else b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    /** A nested list of evidence: each fact with its source, derived facts with their grounds. */
    public static void evidence(List<Report.Evidence> items, StringBuilder out) {
        if (items.isEmpty()) return;
        out.append("<ul class=\"ev\">");
        for (Report.Evidence e : items) {
            out.append("<li>").append(esc(e.fact()));
            if (e.source() != null) out.append(" <span class=\"src\">").append(esc(e.source())).append("</span>");
            evidence(e.grounds(), out);
            out.append("</li>");
        }
        out.append("</ul>");
    }

    /** The fix steps as an ordered list, then how to verify. */
    public static void fix(Report.Diagnosis d, StringBuilder out) {
        if (d.certainty() == Certainty.POSSIBLE) {
            out.append("<p class=\"note\">A hypothesis: confirm it first (see the next steps); its fix: <code>rdp-doctor rules show ")
                    .append(esc(d.id())).append("</code></p>");
            return;
        }
        if (!d.fix().isEmpty()) {
            out.append("<ol class=\"fix\">");
            for (Report.Step s : d.fix()) {
                out.append("<li><p>").append(esc(s.step())).append("</p>");
                cmd(out, "backup first", s.backup());
                cmd(out, "PowerShell", s.powershell());
                cmd(out, "cmd", s.cmd());
                cmd(out, "run", s.command());
                if (s.warning() != null) out.append("<p class=\"warn\">&#9888; ").append(esc(s.warning())).append("</p>");
                cmd(out, "undo", s.undo());
                withheld(out, s.withheld());
                out.append("</li>");
            }
            out.append("</ol>");
        }
        if (d.verify() != null) {
            out.append("<div class=\"verify\"><b>Verify</b>");
            cmd(out, "PowerShell", d.verify().powershell());
            cmd(out, "cmd", d.verify().cmd());
            cmd(out, "run", d.verify().command());
            withheld(out, d.verify().withheld());
            if (d.verify().expect() != null) out.append("<p>Healthy: ").append(esc(d.verify().expect())).append("</p>");
            out.append("</div>");
        }
    }

    private static void cmd(StringBuilder out, String label, String command) {
        if (command != null) {
            out.append("<div class=\"cmd\"><span>").append(esc(label)).append("</span><code>").append(esc(command)).append("</code></div>");
        }
    }

    /** Commands withheld because a value from the host is not safe in them: the command with <name>, the values apart. */
    public static void withheld(StringBuilder out, List<Report.Withheld> items) {
        for (Report.Withheld w : items) {
            out.append("<div class=\"withheld\"><p class=\"warn\">Not printed (").append(esc(w.field()))
                    .append("): a value from the host is not safe in this command; check it, then type it in:</p><code>")
                    .append(esc(w.command())).append("</code><ul>");
            for (Report.HostValue v : w.values()) {
                out.append("<li><code>&lt;").append(esc(v.name())).append("&gt;</code> from the host (").append(esc(v.problem()))
                        .append("): <code class=\"host-value\">").append(esc(Visible.oneLine(v.value()))).append("</code></li>");
            }
            out.append("</ul></div>");
        }
    }

    /** A small badge for a certainty or kind. */
    public static String badge(String cls, String text) {
        return "<span class=\"badge " + esc(cls) + "\">" + esc(text) + "</span>";
    }

    /** The style of every page: no external resources. */
    public static final String CSS = String.join("\n",
            "*{box-sizing:border-box}",
            "body{font:14px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;margin:0;color:#1d232b;background:#f4f6f8}",
            "header{background:#1f3a5f;color:#fff;padding:14px 24px}",
            "header h1{margin:0;font-size:20px}header p{margin:4px 0 0;opacity:.85}",
            "main{padding:16px 24px;max-width:1400px}",
            "section{background:#fff;border:1px solid #dde3ea;border-radius:6px;padding:12px 16px;margin:0 0 14px}",
            "h2{font-size:16px;margin:0 0 8px}",
            "table{border-collapse:collapse;width:100%}",
            "th,td{text-align:left;vertical-align:top;padding:5px 8px;border-bottom:1px solid #eef1f4}",
            "th{font-size:12px;color:#5a6572;text-transform:uppercase;letter-spacing:.03em}",
            "code{font:12px/1.4 ui-monospace,Consolas,'DejaVu Sans Mono',monospace;background:#f1f3f5;padding:1px 4px;border-radius:3px;white-space:pre-wrap;word-break:break-all}",
            ".cmd{margin:2px 0}.cmd span{display:inline-block;min-width:92px;color:#5a6572;font-size:12px}",
            ".src{color:#6b7785;font-size:12px}",
            "ul.ev{margin:2px 0;padding-left:18px}ul.ev ul.ev{padding-left:16px}",
            ".badge{display:inline-block;font-size:11px;padding:1px 6px;border-radius:9px;background:#e7ebf0;color:#34404d;margin-left:4px;vertical-align:1px}",
            ".confirmed{background:#fde2e1;color:#8a1c17}.likely{background:#fff0d6;color:#7a4b00}.possible{background:#e6eefb;color:#1f4f8a}",
            ".cause{background:#fde2e1;color:#8a1c17}.symptom{background:#fff0d6;color:#7a4b00}.security{background:#ece5fb;color:#4b2a8a}",
            ".healthy{background:#dff3e4;color:#17602d}.error{background:#fde2e1;color:#8a1c17}",
            ".warn{color:#8a1c17}.note{color:#5a6572}",
            "details{border-top:1px solid #eef1f4}details>summary{cursor:pointer;padding:7px 2px;list-style:none}",
            "details>summary::-webkit-details-marker{display:none}",
            "details>summary:before{content:'\\25B8';display:inline-block;width:16px;color:#5a6572}details[open]>summary:before{content:'\\25BE'}",
            ".count{font-weight:600;float:right;color:#34404d}",
            ".fixbox{background:#f8fafb;border:1px solid #eef1f4;border-radius:4px;padding:6px 12px;margin:4px 0 8px}",
            "ol.fix{margin:4px 0;padding-left:22px}ol.fix p{margin:4px 0 2px}",
            ".totals td{padding:3px 14px 3px 0;border:0}.totals td.n{text-align:right;font-weight:600}",
            "#filter{width:100%;max-width:520px;padding:7px 10px;font-size:14px;border:1px solid #c3ccd6;border-radius:4px}",
            ".muted{color:#6b7785}.hidden{display:none}",
            "svg text{font:12px system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif}");
}
