package io.rdpdoctor.batch;

import io.rdpdoctor.diagnosis.Report;
import io.rdpdoctor.knowledge.Catalogue;
import io.rdpdoctor.knowledge.Templates;
import io.rdpdoctor.report.Html;
import io.rdpdoctor.report.MarkdownRenderer;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fleet report of {@code batch --out}: {@code report.html} and {@code summary.md}, grouped by
 * cause. Memory stays flat: what each host contributes to a group (its row, with evidence) is
 * rendered at once and appended to that group's spill file in the work folder; only counts, the
 * first host names of each group and the group's fix (as the first host's report gave it) stay in
 * memory. {@link #writeHtml} streams the spill files into the page. Thread-safe.
 */
public final class FleetReport {

    /** How many host names per cause, and errors (and inputs read in part), summary.md lists. */
    static final int SUMMARY_EXAMPLES = 10;
    static final int SUMMARY_ERRORS = 50;

    private final Path work;
    private final ConcurrentHashMap<String, Group> groups = new ConcurrentHashMap<>();
    private final AtomicInteger groupFiles = new AtomicInteger();
    private final Spill healthy;
    private final Spill errors;
    private final Spill partial;
    /** The inputs that could not be read, the first by name: "input: error". */
    private final Smallest<String> firstErrors = new Smallest<>(SUMMARY_ERRORS);
    /** The inputs read in part, the first by name: "input (host)", then its skipped parts. */
    private final Smallest<List<String>> firstPartial = new Smallest<>(SUMMARY_ERRORS);
    private int ok;
    private int healthyCount;
    private int errorCount;
    private int partialCount;

    private final Catalogue catalogue;

    /** @param catalogue gives each group its title with the placeholders unfilled (null: the first host's title) */
    public FleetReport(Path work, Catalogue catalogue) throws IOException {
        this.work = work;
        this.catalogue = catalogue;
        this.healthy = new Spill(work.resolve("healthy.html-rows"));
        this.errors = new Spill(work.resolve("errors.html-rows"));
        this.partial = new Spill(work.resolve("partial.html-rows"));
    }

    /** One line of a spill file: HTML rows, one per line. */
    private static final class Spill {
        final Path file;
        final Writer out;

        Spill(Path file) throws IOException {
            this.file = file;
            this.out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
        }

        synchronized void add(String line) {
            try {
                out.write(line);
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        synchronized void close() throws IOException {
            out.close();
        }
    }

    /**
     * The n entries with the smallest keys seen so far: summary.md's examples and first errors are
     * the first by name, whatever order the batch's threads finished in, so a report is the same on
     * every run. Not thread-safe: callers hold the lock they already hold for the counts.
     */
    static final class Smallest<V> {
        private final int n;
        private final java.util.TreeMap<String, V> kept = new java.util.TreeMap<>();

        Smallest(int n) {
            this.n = n;
        }

        void add(String key, V value) {
            if (kept.size() == n && key.compareTo(kept.lastKey()) >= 0) return;
            kept.put(key, value);
            if (kept.size() > n) kept.pollLastEntry();
        }

        java.util.Collection<V> values() {
            return kept.values();
        }

        int size() {
            return kept.size();
        }
    }

    /** The hosts of one diagnosis id at the top of their reports. */
    private static final class Group {
        final String id;
        final String title;
        final String kind;
        final String severity;
        final String explanation;
        final String fixHtml;
        final Spill spill;
        final Smallest<String> examples = new Smallest<>(SUMMARY_EXAMPLES);
        int hosts;

        Group(Report.Diagnosis d, String title, Spill spill) {
            this.id = d.id();
            this.title = title;
            this.kind = d.kind().name().toLowerCase(Locale.ROOT);
            this.severity = d.severity();
            this.explanation = d.explanation();
            StringBuilder b = new StringBuilder();
            Html.fix(d, b);
            this.fixHtml = b.toString();
            this.spill = spill;
        }
    }

    /** Adds one host (report null for an error). */
    public void accept(HostResult r, Report report) {
        String name = r.host() == null ? "(host not named)" : r.host();
        String key = Html.esc((name + " " + r.input()).toLowerCase(Locale.ROOT));
        if (r.status() == HostResult.Status.ERROR) {
            errors.add("<tr data-k=\"" + key + "\"><td>" + Html.esc(r.input()) + "</td><td>" + Html.esc(r.error()) + "</td></tr>");
            synchronized (this) {
                errorCount++;
                firstErrors.add(r.input(), r.input() + ": " + r.error());
            }
            return;
        }
        if (!r.skipped().isEmpty()) {
            // a result like any other (counted as ok or healthy below), and listed apart with what was skipped
            StringBuilder parts = new StringBuilder("<ul class=\"skipped\">");
            for (String s : r.skipped()) parts.append("<li>").append(Html.esc(s)).append("</li>");
            parts.append("</ul>");
            partial.add("<tr data-k=\"" + key + "\"><td>" + Html.esc(r.input()) + "</td><td>" + Html.esc(name) + "</td><td>" + parts + "</td></tr>");
            synchronized (this) {
                partialCount++;
                List<String> entry = new ArrayList<>();
                entry.add(r.input() + " (" + name + ")");
                entry.addAll(r.skipped());
                firstPartial.add(r.input(), entry);
            }
        }
        if (!report.hasDiagnoses()) {
            StringBuilder sec = new StringBuilder();
            for (Report.Diagnosis d : report.security()) sec.append(Html.badge("security", d.id()));
            healthy.add("<tr data-k=\"" + key + "\"><td>" + Html.esc(name) + "</td><td>" + Html.esc(r.input()) + "</td><td>" + sec + "</td></tr>");
            synchronized (this) {
                healthyCount++;
            }
        } else {
            synchronized (this) {
                ok++;
            }
        }
        List<Report.Diagnosis> tops = new ArrayList<>(report.causes());
        tops.addAll(report.security());
        for (Report.Diagnosis d : tops) {
            Group g = groups.computeIfAbsent(d.id(), id -> {
                try {
                    String title = catalogue == null ? d.title() : catalogue.diagnosis(id)
                            .map(def -> Templates.generic(def.title())).orElse(d.title());
                    return new Group(d, title, new Spill(work.resolve("group-" + groupFiles.incrementAndGet() + ".html-rows")));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            g.spill.add(row(g, d, name, r.input(), key));
            synchronized (g) {
                g.hosts++;
                g.examples.add(name + "\u0000" + r.input(), name);
            }
        }
    }

    private static String row(Group g, Report.Diagnosis d, String host, String input, String key) {
        StringBuilder b = new StringBuilder(1024);
        b.append("<tr data-k=\"").append(key).append("\"><td>").append(Html.esc(host)).append("</td><td>").append(Html.esc(input))
                .append("</td><td>").append(Html.esc(d.rank())).append(Html.badge(d.certainty().word(), d.certainty().word()))
                .append("</td><td>");
        if (!d.title().equals(g.title)) {
            b.append("<div class=\"ht\">").append(Html.esc(d.title())).append("</div>");
        }
        Html.evidence(d.evidence(), b);
        List<String> explained = new ArrayList<>();
        explained(d.explains(), explained);
        if (!explained.isEmpty()) {
            b.append("<div class=\"muted\">explains: ").append(Html.esc(String.join(", ", explained))).append("</div>");
        }
        StringBuilder fix = new StringBuilder();
        Html.fix(d, fix);
        if (!fix.toString().equals(g.fixHtml)) {
            b.append("<details class=\"hostfix\"><summary>this host's fix</summary>").append(fix).append("</details>");
        }
        b.append("</td></tr>");
        return b.toString();
    }

    private static void explained(List<Report.Diagnosis> ds, List<String> out) {
        for (Report.Diagnosis d : ds) {
            out.add(d.rank() + " " + d.id());
            explained(d.explains(), out);
        }
    }

    /** Closes the spill files; call once every host has been added. */
    public void close() throws IOException {
        healthy.close();
        errors.close();
        partial.close();
        for (Group g : groups.values()) g.spill.close();
    }

    private List<Group> sorted(boolean security) {
        return groups.values().stream().filter(g -> security == g.kind.equals("security"))
                .sorted(Comparator.comparingInt((Group g) -> -g.hosts).thenComparing(g -> g.id)).toList();
    }

    /** The figures of the run, for the headers. */
    public record Run(int found, String started, String finished, String roots, double seconds) {
    }

    // ---------------------------------------------------------------- report.html

    public void writeHtml(Path target, Run run) throws IOException {
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
            Page p = new Page(os);
            p.w("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                    + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
                    + "<meta name=\"rdp-doctor-report\" content=\"complete\">"
                    + "<title>rdp-doctor fleet report</title><style>\n" + Html.CSS + "\n" + CSS + "\n</style></head><body>\n");
            p.w("<header><h1>rdp-doctor fleet report</h1><p id=\"status\">Complete: " + fmt(run.found()) + " inputs from "
                    + Html.esc(run.roots()) + " &middot; finished " + Html.esc(when(run.finished())) + " &middot; "
                    + String.format(Locale.ROOT, "%.1f", run.seconds()) + " s</p></header>\n<main>\n");
            int results = ok + healthyCount;
            p.w("<div class=\"top\"><section id=\"totals\"><h2>Totals</h2><table class=\"totals\">"
                    + tr("inputs found", run.found(), "")
                    + tr("hosts with a diagnosis", ok, "cause")
                    + tr("healthy hosts", healthyCount, "healthy")
                    + tr("inputs that could not be read", errorCount, "error")
                    + tr("inputs read in part", partialCount, "partial")
                    + "</table><p class=\"muted\">" + fmt(results) + " results + " + fmt(errorCount) + " errors = " + fmt(results + errorCount)
                    + " of " + fmt(run.found()) + " inputs found" + (results + errorCount == run.found() ? "" : " (MISMATCH)") + ".</p>"
                    + (partialCount > 0 ? "<p class=\"muted\">" + fmt(partialCount) + " of the " + fmt(results)
                    + " results were diagnosed from an input read in part (counted among the results above).</p>" : "")
                    + "<p class=\"muted\">A host is counted under each root cause at the top of its report; what a cause explains is listed on its row.</p>"
                    + "</section>\n");
            p.w("<section id=\"chart\"><h2>Hosts per cause</h2>" + chart() + "</section></div>\n");
            p.w("<section id=\"hosts\"><h2>Hosts by cause</h2><p><input id=\"filter\" type=\"search\" placeholder=\"Filter by host name or input path\" autocomplete=\"off\">"
                    + " <button type=\"button\" id=\"expand\">Expand all</button> <button type=\"button\" id=\"collapse\">Collapse all</button>"
                    + " <span id=\"matches\" class=\"muted\"></span></p>\n");
            List<Group> causes = sorted(false);
            if (causes.isEmpty()) p.w("<p>No host has a diagnosis.</p>");
            for (Group g : causes) group(p, g);
            List<Group> security = sorted(true);
            if (!security.isEmpty()) {
                p.w("<h2 style=\"margin-top:14px\">Security findings (not causes of the failure)</h2>\n");
                for (Group g : security) group(p, g);
            }
            p.w("<h2 style=\"margin-top:14px\">Healthy hosts, unreadable inputs and inputs read in part</h2>\n");
            p.w("<details class=\"group\" id=\"healthy\"><summary><b>Healthy</b>: no cause or symptom found<span class=\"count\"><span class=\"m\"></span>"
                    + fmt(healthyCount) + " hosts</span></summary><table><thead><tr><th>host</th><th>input</th><th>security findings</th></tr></thead><tbody>\n");
            p.copy(healthy.file);
            p.w("</tbody></table></details>\n");
            p.w("<details class=\"group\" id=\"errors\"><summary><b>Inputs that could not be read</b>" + (errorCount > 0 ? Html.badge("error", "error") : "")
                    + "<span class=\"count\"><span class=\"m\"></span>" + fmt(errorCount) + " inputs</span></summary>"
                    + "<table><thead><tr><th>input</th><th>why</th></tr></thead><tbody>\n");
            p.copy(errors.file);
            p.w("</tbody></table></details>\n");
            p.w("<details class=\"group\" id=\"partial\"><summary><b>Inputs read in part</b>: diagnosed without the parts that could not be read"
                    + (partialCount > 0 ? Html.badge("partial", "read in part") : "")
                    + "<span class=\"count\"><span class=\"m\"></span>" + fmt(partialCount) + (partialCount == 1 ? " input" : " inputs") + "</span></summary>"
                    + "<table><thead><tr><th>input</th><th>host</th><th>skipped (file[:line] (command): why)</th></tr></thead><tbody>\n");
            p.copy(partial.file);
            p.w("</tbody></table></details>\n</section>\n</main>\n<script>\n" + JS + "\n</script>\n</body></html>\n");
        }
    }

    private static void group(Page p, Group g) throws IOException {
        p.w("<details class=\"group\" id=\"cause-" + Html.esc(g.id) + "\"><summary><code>" + Html.esc(g.id) + "</code> " + Html.esc(g.title)
                + Html.badge(g.kind, g.kind) + (g.severity == null ? "" : Html.badge("sev", g.severity))
                + "<span class=\"count\"><span class=\"m\"></span>" + fmt(g.hosts) + (g.hosts == 1 ? " host" : " hosts") + "</span></summary>\n");
        p.w("<div class=\"fixbox\"><p>" + Html.esc(g.explanation) + "</p><b>Fix</b> <span class=\"muted\">(as for the first host; a host whose values differ shows its own)</span>"
                + g.fixHtml + "</div>\n");
        p.w("<table><thead><tr><th>host</th><th>input</th><th>rank</th><th>evidence</th></tr></thead><tbody>\n");
        p.copy(g.spill.file);
        p.w("</tbody></table></details>\n");
    }

    private static String tr(String label, int n, String cls) {
        return "<tr><td class=\"n\">" + fmt(n) + "</td><td>" + (cls.isEmpty() ? label : "<span class=\"badge " + cls + "\">" + label + "</span>") + "</td></tr>";
    }

    /** A horizontal bar chart of hosts per cause as inline SVG. */
    private String chart() {
        List<Group> causes = sorted(false);
        List<String[]> bars = new ArrayList<>(); // label, title, count, colour, link
        for (Group g : causes) {
            bars.add(new String[]{g.id, g.title, String.valueOf(g.hosts), g.kind.equals("cause") ? "#c0392b" : "#d68910", "#cause-" + g.id});
        }
        bars.add(new String[]{"healthy", "no cause or symptom found", String.valueOf(healthyCount), "#27ae60", "#healthy"});
        bars.add(new String[]{"could not be read", "inputs that could not be read", String.valueOf(errorCount), "#7f8c8d", "#errors"});
        int max = 1;
        for (String[] b : bars) max = Math.max(max, Integer.parseInt(b[2]));
        int label = 250, width = 640, barMax = width - label - 70, h = 22;
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"Hosts per cause\" width=\"").append(width)
                .append("\" height=\"").append(bars.size() * h + 8).append("\" viewBox=\"0 0 ").append(width).append(' ').append(bars.size() * h + 8).append("\">");
        int y = 4;
        for (String[] b : bars) {
            int n = Integer.parseInt(b[2]);
            int len = n == 0 ? 0 : Math.max(2, (int) Math.round((double) n * barMax / max));
            s.append("<a href=\"").append(Html.esc(b[4])).append("\" class=\"bar\"><title>").append(Html.esc(b[0] + ": " + b[1] + " (" + n + ")")).append("</title>")
                    .append("<text x=\"").append(label - 8).append("\" y=\"").append(y + 15).append("\" text-anchor=\"end\" fill=\"#1d232b\">")
                    .append(Html.esc(b[0])).append("</text>")
                    .append("<rect x=\"").append(label).append("\" y=\"").append(y + 3).append("\" width=\"").append(len).append("\" height=\"").append(h - 7)
                    .append("\" rx=\"2\" fill=\"").append(b[3]).append("\"/>")
                    .append("<text x=\"").append(label + len + 6).append("\" y=\"").append(y + 15).append("\" fill=\"#34404d\">").append(fmt(n)).append("</text></a>");
            y += h;
        }
        return s.append("</svg>").toString();
    }

    /** Writes strings and spill files to one byte stream. */
    private static final class Page {
        final OutputStream os;

        Page(OutputStream os) {
            this.os = os;
        }

        void w(String s) throws IOException {
            os.write(s.getBytes(StandardCharsets.UTF_8));
        }

        void copy(Path file) throws IOException {
            Files.copy(file, os);
        }
    }

    /** 2026-01-02T03:04:05.123Z -> 2026-01-02 03:04:05 UTC */
    static String when(String instant) {
        return instant.length() >= 19 ? instant.substring(0, 10) + " " + instant.substring(11, 19) + " UTC" : instant;
    }

    static String fmt(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static final String CSS = String.join("\n",
            ".top{display:flex;gap:14px;flex-wrap:wrap}.top section{flex:1 1 380px}",
            "#chart svg{max-width:100%;height:auto}#chart a.bar:hover rect{opacity:.8}",
            "details.group>summary{padding:8px 4px}details.group[open]>summary{background:#f8fafb}",
            "details.group table{margin:0 0 10px}td:first-child{white-space:nowrap;font-weight:600}",
            "td:nth-child(2){color:#5a6572;font-size:12px;word-break:break-all;max-width:260px}",
            ".ht{font-weight:600;margin-bottom:2px}",
            ".partial{background:#fff0d6;color:#7a4b00}ul.skipped{margin:0;padding-left:18px}",
            ".m{color:#1f4f8a;margin-right:10px;font-weight:400}.sev{background:#eef1f4}",
            "button{padding:6px 10px;border:1px solid #c3ccd6;background:#fff;border-radius:4px;cursor:pointer}");

    /** The filter box and the expand/collapse buttons. No network, no library. */
    private static final String JS = String.join("\n",
            "(function(){",
            "var f=document.getElementById('filter'),groups=[].slice.call(document.querySelectorAll('details.group')),t=null;",
            "function apply(){var q=f.value.trim().toLowerCase(java.util.Locale.ROOT),total=0;",
            " groups.forEach(function(g){var rows=g.querySelectorAll('tbody tr'),n=0;",
            "  for(var i=0;i<rows.length;i++){var hit=!q||rows[i].getAttribute('data-k').indexOf(q)>=0;rows[i].classList.toggle('hidden',!hit);if(hit)n++;}",
            "  var m=g.querySelector('.m');if(m)m.textContent=q?n+' matching \\u00b7 ':'';",
            "  g.classList.toggle('hidden',!!q&&n===0);if(q)g.open=n>0;total+=n;});",
            " document.getElementById('matches').textContent=q?total+' matching rows':'';}",
            "f.addEventListener('input',function(){clearTimeout(t);t=setTimeout(apply,150);});",
            "document.getElementById('expand').onclick=function(){groups.forEach(function(g){if(!g.classList.contains('hidden'))g.open=true;});};",
            "document.getElementById('collapse').onclick=function(){groups.forEach(function(g){g.open=false;});};",
            "if(location.hash){var g=document.querySelector(location.hash);if(g&&g.tagName==='DETAILS')g.open=true;}",
            "document.querySelectorAll('a.bar').forEach(function(a){a.addEventListener('click',function(){var g=document.querySelector(a.getAttribute('href'));if(g)g.open=true;});});",
            "})();");

    // ---------------------------------------------------------------- summary.md

    public void writeMarkdown(Path target, Run run) throws IOException {
        StringBuilder b = new StringBuilder();
        int results = ok + healthyCount;
        b.append("# rdp-doctor fleet report\n\n");
        b.append("Status: **complete** — ").append(fmt(run.found())).append(" inputs from ").append(run.roots()).append(", finished ")
                .append(when(run.finished())).append(String.format(Locale.ROOT, " (%.1f s)", run.seconds())).append(".\n\n");
        b.append("| | count |\n|---|---:|\n");
        b.append("| inputs found | ").append(fmt(run.found())).append(" |\n");
        b.append("| hosts with a diagnosis | ").append(fmt(ok)).append(" |\n");
        b.append("| healthy hosts | ").append(fmt(healthyCount)).append(" |\n");
        b.append("| inputs that could not be read | ").append(fmt(errorCount)).append(" |\n");
        b.append("| inputs read in part | ").append(fmt(partialCount)).append(" |\n\n");
        b.append(fmt(results)).append(" results + ").append(fmt(errorCount)).append(" errors = ").append(fmt(results + errorCount))
                .append(" of ").append(fmt(run.found())).append(" inputs found");
        if (partialCount > 0) b.append(" (").append(fmt(partialCount)).append(" of the results from inputs read in part)");
        b.append(".\n\n");
        b.append("## Hosts per cause\n\nA host is counted under each root cause at the top of its report. Evidence and fixes: report.html.\n\n");
        List<Group> causes = sorted(false);
        if (causes.isEmpty()) {
            b.append("No host has a diagnosis.\n\n");
        } else {
            table(b, causes);
        }
        List<Group> security = sorted(true);
        if (!security.isEmpty()) {
            b.append("## Security findings\n\n");
            table(b, security);
        }
        if (errorCount > 0) {
            b.append("## Inputs that could not be read\n\n");
            for (String e : firstErrors.values()) b.append("- ").append(MarkdownRenderer.span(e)).append("\n");
            if (errorCount > firstErrors.size()) b.append("- ... and ").append(fmt(errorCount - firstErrors.size())).append(" more (report.html lists them all)\n");
            b.append('\n');
        }
        if (partialCount > 0) {
            b.append("## Inputs read in part\n\nDiagnosed from what could be read, without these parts:\n\n");
            for (List<String> p : firstPartial.values()) {
                b.append("- ").append(MarkdownRenderer.span(p.get(0))).append("\n");
                for (String s : p.subList(1, p.size())) b.append("  - ").append(MarkdownRenderer.span(s)).append("\n");
            }
            if (partialCount > firstPartial.size()) b.append("- ... and ").append(fmt(partialCount - firstPartial.size())).append(" more (report.html lists them all)\n");
            b.append('\n');
        }
        Files.writeString(target, b.toString(), StandardCharsets.UTF_8);
    }

    private static void table(StringBuilder b, List<Group> groups) {
        b.append("| hosts | id | title | kind | examples |\n|---:|---|---|---|---|\n");
        for (Group g : groups) {
            String ex = String.join(", ", g.examples.values()) + (g.hosts > g.examples.size() ? ", ..." : "");
            b.append("| ").append(fmt(g.hosts)).append(" | `").append(g.id).append("` | ").append(md(g.title)).append(" | ").append(g.kind)
                    .append(" | ").append(md(ex)).append(" |\n");
        }
        b.append('\n');
    }

    /** A table cell: one line, control characters visible, Markdown's active characters (| < [ ...) escaped. */
    private static String md(String s) {
        return MarkdownRenderer.inline(s);
    }

    // ---------------------------------------------------------------- placeholders

    static String incompleteHtml(String started, String what) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"rdp-doctor-report\" content=\"incomplete\">"
                + "<title>rdp-doctor fleet report (INCOMPLETE)</title><style>\n" + Html.CSS + "\n</style></head><body>"
                + "<header><h1>rdp-doctor fleet report: INCOMPLETE</h1><p id=\"status\">Incomplete: the batch started at " + Html.esc(when(started))
                + " has not finished (it is still running, or was interrupted).</p></header><main><section><p>This page is replaced by the report "
                + "when the batch over " + Html.esc(what) + " finishes. If it was interrupted, run it again; the results written so far, if any, are in "
                + ReportDirectory.PARTIAL_RESULTS + ".</p></section></main></body></html>\n";
    }

    static String incompleteMarkdown(String started, String what) {
        return "# rdp-doctor fleet report\n\nStatus: **INCOMPLETE** — the batch over " + what + " started at " + started
                + " has not finished (still running, or interrupted). This file is replaced when it finishes.\n";
    }
}
