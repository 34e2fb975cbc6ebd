package io.rdpdoctor.parse.windows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.ParseException;
import io.rdpdoctor.parse.Parsed;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the class javadoc promises: a gpresult /r summary is recognised by its banner (in the
 * languages) or an underlined section title in its first 30 lines, and gives no fact and claims no
 * area. The banner and titles are those gpresult /r prints (the en and fr samples).
 */
class GpresultRParserTest {

    private final GpresultRParser parser = new GpresultRParser();

    private static Capture capture(List<String> lines) {
        return new Capture("gpr.txt", null, lines, 1);
    }

    @Test
    void theBannerInTheLanguagesGivesNoFact() throws ParseException {
        assertThat(parser.givesFacts()).isFalse();
        for (String banner : List.of("RSOP data for CONTOSO\\user1 on WS01 : Logging Mode", "Données RSOP pour CONTOSO\\user1 sur WS01 : mode de journalisation",
                "RSOP-Daten für CONTOSO\\user1 auf WS01 : Protokollierungsmodus", "Datos de RSoP para CONTOSO\\user1 en WS01 : modo de registro",
                "RSOP-gegevens voor CONTOSO\\user1 op WS01 : Logboekregistratiemodus")) {
            Capture c = capture(List.of("", banner, "---------------------------------------------------"));
            assertThat(parser.recognises(c)).as(banner).isTrue();
            Parsed p = parser.parse(c);
            assertThat(p.facts()).isEmpty();
            assertThat(p.collected()).isEmpty();
        }
        assertThat(parser.parse(capture(List.of("RSOP data for CONTOSO\\user1 on WS01 : Logging Mode"))).language())
                .isEqualTo(io.rdpdoctor.parse.Language.of("en"));
    }

    @Test
    void anUnderlinedSectionTitleIsAFragment() throws ParseException {
        assertThat(parser.recognises(capture(List.of("COMPUTER SETTINGS", "------------------", "    Applied Group Policy Objects")))).isTrue();
        assertThat(parser.recognises(capture(List.of("PARAMÈTRES UTILISATEURS", "-----------------------")))).isTrue();
        assertThat(parser.recognises(capture(List.of("COMPUTER SETTINGS", "    Applied Group Policy Objects")))).isFalse();
        assertThat(parser.recognises(capture(List.of("COMPUTER SETTINGS", "----")))).isFalse();
        assertThat(parser.recognises(capture(List.of("COMPUTER SETTINGS", "---x-")))).isFalse();
        assertThat(parser.recognises(capture(List.of("OTHER SETTINGS", "------------------")))).isFalse();
        assertThat(parser.recognises(capture(List.of("The rsop snap-in", "is not gpresult")))).isFalse();
    }

    @Test
    void onlyInTheFirstThirtyLines() throws ParseException {
        List<String> lines = new ArrayList<>(Collections.nCopies(29, "x"));
        lines.add("RSOP data for CONTOSO\\user1 on WS01 : Logging Mode");
        assertThat(parser.recognises(capture(lines))).isTrue();
        assertThat(parser.parse(capture(lines)).facts()).isEmpty();
        lines.add(0, "x");
        assertThat(parser.recognises(capture(lines))).isFalse();
        assertThatThrownBy(() -> parser.parse(capture(lines))).isInstanceOf(ParseException.class)
                .hasMessageStartingWith("gpr.txt:1: expected gpresult /r output");
    }
}
