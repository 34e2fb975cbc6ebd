package io.rdpdoctor.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A batch killed halfway, with SIGTERM and with SIGKILL, in a child JVM: the --out directory holds
 * no report, or one that says it is incomplete, never one that looks whole.
 */
class BatchInterruptedTest {

    @TempDir
    static Path tmp;
    static Path fleet;

    @BeforeAll
    static void fleet() throws Exception {
        fleet = tmp.resolve("fleet");
        new FleetGenerator(Path.of("facts-samples")).generate(fleet, 2500, false, 11, 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SIGTERM", "SIGKILL"})
    void killedHalfwayLeavesNoReportOrAnIncompleteOne(String signal) throws Exception {
        Path out = tmp.resolve("out-" + signal);
        // An earlier, complete report in the same place must not survive as if it were this run's.
        Files.createDirectories(out);
        Files.writeString(out.resolve(ReportDirectory.REPORT), "<html><head><meta name=\"rdp-doctor-report\" content=\"complete\"></head></html>");
        Files.writeString(out.resolve(ReportDirectory.SUMMARY), "# rdp-doctor fleet report\n\nStatus: **complete**\n");

        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Drdpdoctor.rules=" + Path.of("rules").toAbsolutePath(),
                // the second child reads the rules the first one compiled
                "-Drdpdoctor.cache=" + tmp.resolve("rule-cache"),
                BatchCommand.class.getName(), fleet.toString(), "--out", out.toString(), "--quiet", "--threads", "1"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("child-" + signal + ".log").toFile()).start();
        Path partial = out.resolve(ReportDirectory.WORK).resolve(ReportDirectory.RESULTS);
        // generous: under a slowed clock (libfaketime, the 2027 check) the child needs minutes to start
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(400);
        // halfway: once results are being written (the first 64 KiB block reached the disk)
        while (!(Files.exists(partial) && Files.size(partial) > 0)) {
            assertThat(p.isAlive()).as("the batch ended before it could be interrupted; see child log").isTrue();
            assertThat(System.nanoTime()).as("results never appeared").isLessThan(deadline);
            Thread.sleep(20);
        }
        if (signal.equals("SIGTERM")) p.destroy();
        else p.destroyForcibly();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isNotIn(0, 3, 4); // it did not finish

        Path html = out.resolve(ReportDirectory.REPORT);
        if (Files.exists(html)) {
            Document doc = Jsoup.parse(html.toFile(), "UTF-8");
            assertThat(doc.selectFirst("meta[name=rdp-doctor-report]").attr("content")).isEqualTo("incomplete");
            assertThat(doc.selectFirst("h1").text()).contains("INCOMPLETE");
        }
        Path md = out.resolve(ReportDirectory.SUMMARY);
        if (Files.exists(md)) {
            assertThat(Files.readString(md)).contains("**INCOMPLETE**").doesNotContain("**complete**");
        }
        assertThat(out.resolve(ReportDirectory.MARKER)).exists();
        assertThat(out.resolve(ReportDirectory.RESULTS)).doesNotExist();
        if (signal.equals("SIGTERM")) {
            // the shutdown hook kept what was done and cleaned the work folder
            assertThat(out.resolve(ReportDirectory.PARTIAL_RESULTS)).exists();
            assertThat(out.resolve(ReportDirectory.WORK)).doesNotExist();
        }
        for (File f : out.toFile().listFiles()) {
            assertThat(f.getName()).doesNotEndWith(".tmp");
        }
    }
}
