package io.rdpdoctor.parse.windows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.UserRight;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.ParseException;
import io.rdpdoctor.parse.Parsed;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the class javadoc promises beyond the sample pairs: only [Privilege Rights] is read, names
 * of well-known principals turned into SIDs and others kept, comments and a byte-order mark
 * skipped, and the files that cannot be read. The lines are the javadoc's.
 */
class SeceditExportParserTest {

    private final SeceditExportParser parser = new SeceditExportParser();

    private static Capture capture(String... lines) {
        return new Capture("rights.inf", null, List.of(lines), 1);
    }

    @Test
    void onlyThePrivilegeRightsSection() throws ParseException {
        Capture c = capture("\uFEFF[Unicode]", "Unicode=yes", "[Privilege Rights]", "; a comment",
                "SeRemoteInteractiveLogonRight = *S-1-5-32-544,*S-1-5-32-555", "",
                "SeDenyRemoteInteractiveLogonRight = Jeder, CONTOSO\\svc-backup,", "[Version]", "signature=\"$CHICAGO$\"", "Revision=1");
        assertThat(parser.recognises(c)).isTrue();
        Parsed p = parser.parse(c);
        assertThat(p.facts()).containsExactly(
                new UserRight("SeRemoteInteractiveLogonRight", List.of("*S-1-5-32-544", "*S-1-5-32-555"), c.source(4)),
                new UserRight("SeDenyRemoteInteractiveLogonRight", List.of("*S-1-1-0", "CONTOSO\\svc-backup"), c.source(6)));
        assertThat(p.collected()).containsExactly(Area.USER_RIGHTS);
    }

    @Test
    void anEmptySectionIsNobodyHoldsARight() throws ParseException {
        Parsed p = parser.parse(capture("[privilege rights]", "[Version]"));
        assertThat(p.facts()).isEmpty();
        assertThat(p.collected()).containsExactly(Area.USER_RIGHTS);
    }

    @Test
    void theFilesThatCannotBeRead() {
        assertThatThrownBy(() -> parser.parse(capture("[Privilege Rights]", "SeNetworkLogonRight *S-1-1-0")))
                .isInstanceOf(ParseException.class).hasMessage("rights.inf:2: expected \"SeSomeRight = *S-1-...,*S-1-...\" in [Privilege Rights]");
        assertThatThrownBy(() -> parser.parse(capture("[Unicode]", "Unicode=yes")))
                .isInstanceOf(ParseException.class).hasMessageStartingWith("rights.inf:1: expected a [Privilege Rights] section");
        assertThat(parser.recognises(capture("[Unicode]", "Privilege Rights"))).isFalse();
    }

    @Test
    void recognisedInTheFirstHundredLines() {
        String[] lines = new String[101];
        java.util.Arrays.fill(lines, "x");
        lines[99] = "[Privilege Rights]";
        assertThat(parser.recognises(capture(lines))).isTrue();
        lines[99] = "x";
        lines[100] = "[Privilege Rights]";
        assertThat(parser.recognises(capture(lines))).isFalse();
    }
}
