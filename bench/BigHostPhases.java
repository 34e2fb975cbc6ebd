import io.rdpdoctor.diagnosis.Conclusions;
import io.rdpdoctor.diagnosis.Ranker;
import io.rdpdoctor.engine.RuleBase;
import io.rdpdoctor.engine.RuleBudget;
import io.rdpdoctor.facts.AsOf;
import io.rdpdoctor.facts.FactSet;
import io.rdpdoctor.parse.InputReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The two phases of one diagnosis, timed apart in one warm JVM (bench/big-host.sh):
 *   java -cp target/rdp-doctor.jar bench/BigHostPhases.java RULES_DIR FILE...
 * For each file: the rules (RuleBase.infer: insert, fire, collect) and the ranking (Ranker.rank), the
 * median of 5 runs after 2 warm-up runs, in ms, and the number of findings.
 */
public class BigHostPhases {
    public static void main(String[] args) throws Exception {
        RuleBase rules = RuleBase.load(List.of(Path.of(args[0])));
        Ranker ranker = new Ranker(rules.catalogue());
        AsOf day = new AsOf(LocalDate.of(2026, 12, 1), AsOf.Basis.OPTION, null);
        System.out.printf(Locale.ROOT, "%-16s %10s %10s %9s%n", "host", "rules ms", "rank ms", "findings");
        java.util.Map<String, double[]> last = new java.util.LinkedHashMap<>();
        List<String> ratios = new java.util.ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            FactSet facts = new InputReader().read(Path.of(args[i])).facts();
            long[] infer = new long[7];
            long[] rank = new long[7];
            int findings = 0;
            for (int r = 0; r < 7; r++) {
                long t0 = System.nanoTime();
                Conclusions c = rules.infer(facts, day, RuleBudget.DEFAULT, Conclusions::of);
                long t1 = System.nanoTime();
                ranker.rank(facts, c);
                long t2 = System.nanoTime();
                infer[r] = t1 - t0;
                rank[r] = t2 - t1;
                findings = c.findings().size();
            }
            String name = Path.of(args[i]).getFileName().toString().replace(".json", "");
            double rulesMs = median(infer) / 1e6;
            double rankMs = median(rank) / 1e6;
            System.out.printf(Locale.ROOT, "%-16s %10.0f %10.0f %9d%n", name, rulesMs, rankMs, findings);
            // name = KIND-N: compare with the previous size of the same kind
            int dash = name.lastIndexOf('-');
            String kind = name.substring(0, dash);
            double n = Double.parseDouble(name.substring(dash + 1));
            double[] prev = last.put(kind, new double[] {n, rulesMs, rankMs});
            if (prev != null) {
                ratios.add(String.format(Locale.ROOT, "%-9s %6.0f -> %6.0f: size x%.0f, rules x%.1f, ranking x%.1f",
                        kind, prev[0], n, n / prev[0], rulesMs / prev[1], rankMs / Math.max(prev[2], 0.5)));
            }
        }
        System.out.println();
        ratios.forEach(System.out::println);
    }

    private static double median(long[] all) {
        long[] warm = java.util.Arrays.copyOfRange(all, 2, all.length);
        java.util.Arrays.sort(warm);
        return warm[warm.length / 2];
    }
}
