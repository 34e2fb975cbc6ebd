package io.rdpdoctor.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdpdoctor.TestRules;
import io.rdpdoctor.diagnosis.Diagnoser;
import io.rdpdoctor.diagnosis.Report;
import io.rdpdoctor.parse.InputReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** summary.md is the same whatever order the batch's threads finish in. */
class FleetReportTest {

    private record Host(HostResult result, Report report) {
    }

    private static List<Host> hosts(Path dir, int n) throws Exception {
        Diagnoser diagnoser = new Diagnoser(TestRules.bundled(), TestRules.DAY);
        InputReader reader = new InputReader();
        List<Host> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Path f = dir.resolve(String.format("h%02d.yaml", i));
            Files.writeString(f, "host: {name: SRV" + String.format("%02d", i) + "}\n"
                    + "registry:\n  'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server': {fDenyTSConnections: 1}\n");
            Report r = diagnoser.diagnose(reader.read(f).facts());
            out.add(new Host(HostResult.of(r), r));
        }
        for (int i = 0; i < n; i++) {
            out.add(new Host(HostResult.error(dir.resolve("bad" + String.format("%02d", i) + ".yaml").toString(), null, "line 1: expected a mapping"), null));
        }
        return out;
    }

    private static String summary(Path work, List<Host> order) throws Exception {
        Files.createDirectories(work);
        FleetReport fleet = new FleetReport(work, null);
        for (Host h : order) fleet.accept(h.result(), h.report());
        fleet.close();
        Path md = work.resolve("summary.md");
        fleet.writeMarkdown(md, new FleetReport.Run(order.size(), "s", "f", "r", 1.0));
        return Files.readString(md);
    }

    @Test
    void theExamplesAndTheFirstErrorsAreTheFirstByNameWhateverTheOrderHostsArrivedIn(@TempDir Path dir) throws Exception {
        List<Host> inOrder = hosts(dir, FleetReport.SUMMARY_EXAMPLES + 5);
        List<Host> reversed = new ArrayList<>(inOrder);
        Collections.reverse(reversed);
        List<Host> shuffled = new ArrayList<>(inOrder);
        Collections.shuffle(shuffled, new java.util.Random(7));
        String a = summary(dir.resolve("a"), inOrder);
        assertThat(summary(dir.resolve("b"), reversed)).isEqualTo(a);
        assertThat(summary(dir.resolve("c"), shuffled)).isEqualTo(a);
        assertThat(a).contains("SRV00, SRV01").contains("SRV09, ...").doesNotContain("SRV10").doesNotContain("SRV14");
        assertThat(a.indexOf("bad00.yaml")).isPositive().isLessThan(a.indexOf("bad01.yaml"));
        assertThat(a.indexOf("bad13.yaml")).isLessThan(a.indexOf("bad14.yaml"));
    }

    @Test
    void smallestKeepsTheNSmallestKeysInOrder() {
        FleetReport.Smallest<String> s = new FleetReport.Smallest<>(3);
        for (String k : List.of("e", "b", "d", "a", "f", "c")) s.add(k, k.toUpperCase(java.util.Locale.ROOT));
        assertThat(s.values()).containsExactly("A", "B", "C");
        assertThat(s.size()).isEqualTo(3);
    }
}
