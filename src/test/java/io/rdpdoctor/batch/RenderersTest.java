package io.rdpdoctor.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdpdoctor.TestRules;
import io.rdpdoctor.diagnosis.Diagnoser;
import io.rdpdoctor.diagnosis.Report;
import io.rdpdoctor.factfile.FactFileReader;
import io.rdpdoctor.report.Renderer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** diagnose --format markdown and --format html, from the same Report as text and JSON. */
class RenderersTest {

    static Report gpo() throws Exception {
        return new Diagnoser(TestRules.bundled(), TestRules.DAY).diagnose(new FactFileReader().read(Path.of("facts-samples/gpo-denies-rdp.yaml")));
    }

    static String render(String format, Report r) {
        StringWriter w = new StringWriter();
        Renderer.forFormat(format).render(r, new PrintWriter(w));
        return w.toString();
    }

    @Test
    void htmlIsOneSelfContainedPageWithEveryDiagnosisItsEvidenceAndFix() throws Exception {
        Report r = gpo();
        Document doc = Jsoup.parse(render("html", r));
        assertThat(doc.title()).isEqualTo("rdp-doctor: WEB-APP01");
        assertThat(doc.select("script[src], link[href], img[src]")).isEmpty();
        assertThat(doc.select("#causes .diagnosis h3 code").eachText()).contains("RDP-DISABLED-BY-GPO", "RDP-DISABLED");
        assertThat(doc.selectFirst("#d-1 h3").text()).startsWith("1. ").contains(r.causes().get(0).title());
        assertThat(doc.selectFirst("#d-1 ul.ev").text()).contains("denied by policy");
        assertThat(doc.select("#d-1 > .fixbox ol.fix > li")).hasSize(r.causes().get(0).fix().size());
        assertThat(doc.select("#d-1 .src").eachText()).anyMatch(s -> s.contains("gpo-denies-rdp.yaml:"));
    }

    @Test
    void markdownHasTheRankedDiagnosesEvidenceAndFixes() throws Exception {
        Report r = gpo();
        String md = render("markdown", r);
        assertThat(md).startsWith("## rdp-doctor: WEB-APP01");
        assertThat(md).contains("#### 1. ").contains("`RDP-DISABLED-BY-GPO`").contains("#### 1.1. ").contains("*Fix:*").contains("```");
        assertThat(md.indexOf("RDP-DISABLED-BY-GPO")).isLessThan(md.indexOf("#### 1.1."));
    }
}
