package io.rdpdoctor.eval;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The corpus score as a text or Markdown table: the summary per split and family, then every case. */
public final class CorpusEvalReport {

    private CorpusEvalReport() {
    }

    public static void render(CorpusEval.Result r, boolean markdown, PrintWriter out) {
        List<String[]> summary = new ArrayList<>();
        summary.add(new String[] {"set", "cases", "top-1", "top-3", "empty", "wrong confirmed", "cause not in catalogue"});
        for (Map.Entry<String, CorpusEval.Score> e : r.bySplit().entrySet()) summary.add(row("split " + e.getKey(), e.getValue()));
        summary.add(row("all", r.all()));
        // the cases whose confirmed cause the catalogue has and whose evidence the format can state:
        // what the ranking itself can be held to
        for (String split : r.bySplit().keySet()) {
            summary.add(row("split " + split + ", cause in catalogue, evidence expressible", CorpusEval.Score.of(r.outcomes().stream()
                    .filter(o -> o.split().equals(split) && !o.c().expect().isEmpty() && o.c().expressibleEvidence()).toList())));
        }
        for (Map.Entry<String, CorpusEval.Score> e : r.byFamily().entrySet()) summary.add(row("family " + e.getKey(), e.getValue()));
        table(summary, markdown, out);
        out.println();
        List<String[]> cases = new ArrayList<>();
        cases.add(new String[] {"case", "split", "family", "expected", "first three found", "verdict"});
        for (CorpusEval.Outcome o : r.outcomes()) {
            List<String> got = new ArrayList<>();
            for (int i = 0; i < Math.min(3, o.ranked().size()); i++) {
                got.add(o.ranked().get(i) + " (" + o.certainties().get(i).word() + ")");
            }
            cases.add(new String[] {o.stem(), o.split(), o.c().family(),
                    o.c().expect().isEmpty() ? "(none: " + o.c().missing() + ")" : String.join(", ", o.c().expect()),
                    got.isEmpty() ? "(nothing)" : String.join(", ", got), o.verdict()});
        }
        table(cases, markdown, out);
    }

    private static String[] row(String name, CorpusEval.Score s) {
        return new String[] {name, String.valueOf(s.cases()), pct(s.top1(), s.cases()), pct(s.top3(), s.cases()),
                String.valueOf(s.empty()), String.valueOf(s.wrongConfirmed()), String.valueOf(s.noCauseInCatalogue())};
    }

    private static String pct(int n, int of) {
        return of == 0 ? "-" : String.format(Locale.ROOT, "%d (%.0f %%)", n, 100.0 * n / of);
    }

    /** The causes' shares of the cases: what a catalogue {@code prior} from practice is. */
    public static void renderPriors(CorpusEval.Priors p, boolean markdown, PrintWriter out) {
        List<String[]> rows = new java.util.ArrayList<>();
        rows.add(new String[] {"diagnosis", "cases", "of", "prior", "own-stack cases", "of", "priorOwnStack"});
        // the causes of the other clients' tickets first, then those seen only from clients of their own stack
        java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>(p.counts().keySet());
        ids.addAll(p.ownStackCounts().keySet());
        ids.forEach(id -> {
            double n = p.counts().getOrDefault(id, 0.0);
            Double own = p.ownStackCounts().get(id);
            rows.add(new String[] {id, fmt(n), String.valueOf(p.cases()), String.format(java.util.Locale.ROOT, "%.3f", p.prior(id)),
                    own == null ? "" : fmt(own), own == null ? "" : String.valueOf(p.ownStackCases()),
                    own == null ? "" : String.format(java.util.Locale.ROOT, "%.3f", p.priorOwnStack(id))});
        });
        table(rows, markdown, out);
    }

    /** 3 or 2.5: a count, shared by a case's expected ids. */
    private static String fmt(double n) {
        return n == Math.rint(n) ? String.valueOf((long) n) : String.format(java.util.Locale.ROOT, "%.1f", n);
    }

    private static void table(List<String[]> rows, boolean markdown, PrintWriter out) {
        if (markdown) {
            for (int i = 0; i < rows.size(); i++) {
                out.println("| " + String.join(" | ", escape(rows.get(i))) + " |");
                if (i == 0) out.println("|" + "---|".repeat(rows.get(0).length));
            }
            return;
        }
        int[] w = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) w[i] = Math.max(w[i], Math.min(row[i].length(), 60));
        }
        for (String[] row : rows) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                b.append(i == row.length - 1 ? row[i] : String.format(Locale.ROOT, "%-" + w[i] + "s  ", row[i]));
            }
            out.println(b.toString().stripTrailing());
        }
    }

    private static String[] escape(String[] row) {
        String[] out = new String[row.length];
        for (int i = 0; i < row.length; i++) out[i] = row[i].replace("|", "\\|").replace("\n", " ");
        return out;
    }

}
