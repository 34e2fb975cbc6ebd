package io.rdpdoctor.parse.windows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rdpdoctor.facts.AclEntry;
import io.rdpdoctor.facts.Area;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.ParseException;
import io.rdpdoctor.parse.Parsed;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the class javadoc promises beyond the sample pairs: where a path with spaces ends (the
 * continuation lines' indent, else the split that leaves a well-known or one-word principal), DENY,
 * the flags kept, cacls' letters, the summary of the languages skipped, and the lines that cannot be
 * read. The entries are the en-1 and de-1 samples'.
 */
class IcaclsParserTest {

    private static final String KEYS = "C:\\ProgramData\\Microsoft\\Crypto\\RSA\\MachineKeys";

    private final IcaclsParser parser = new IcaclsParser();

    private static Capture capture(String... lines) {
        return new Capture("acl.txt", null, List.of(lines), 1);
    }

    @Test
    void thePathEndsWhereTheContinuationLinesAreIndented() throws ParseException {
        Capture c = capture("C:\\Program Files\\Remote Desktop Everyone:(R,W)",
                "                                BUILTIN\\Users:(F)", "",
                "Successfully processed 1 files; Failed processing 0 files");
        assertThat(parser.recognises(c)).isTrue();
        Parsed p = parser.parse(c);
        assertThat(p.facts()).containsExactly(
                new AclEntry("C:\\Program Files\\Remote Desktop", "Everyone", "S-1-1-0", "(R,W)", false, c.source(0)),
                new AclEntry("C:\\Program Files\\Remote Desktop", "BUILTIN\\Users", "S-1-5-32-545", "(F)", false, c.source(1)));
        assertThat(p.collected()).containsExactly(Area.ACL);
    }

    @Test
    void aOneEntryLinePrefersAWellKnownPrincipalThenAOneWordOne() throws ParseException {
        Capture known = capture("C:\\Program Files NT AUTHORITY\\SYSTEM:(OI)(CI)(F)");
        assertThat(parser.parse(known).facts()).containsExactly(
                new AclEntry("C:\\Program Files", "NT AUTHORITY\\SYSTEM", "S-1-5-18", "(OI)(CI)(F)", false, known.source(0)));
        Capture oneWord = capture("C:\\Program Files CONTOSO\\rdp-users:(RX)");
        assertThat(parser.parse(oneWord).facts()).containsExactly(
                new AclEntry("C:\\Program Files", "CONTOSO\\rdp-users", null, "(RX)", false, oneWord.source(0)));
    }

    @Test
    void denyIsTakenOutOfTheRights() throws ParseException {
        Capture c = capture(KEYS + " Everyone:(DENY)(W)");
        assertThat(parser.parse(c).facts()).containsExactly(new AclEntry(KEYS, "Everyone", "S-1-1-0", "(W)", true, c.source(0)));
    }

    @Test
    void caclsLetters() throws ParseException {
        Capture c = capture(KEYS + " Iedereen:R", "                                                INGEBOUWD\\Administrators:F");
        assertThat(parser.parse(c).facts()).extracting(f -> ((AclEntry) f).rights()).containsExactly("R", "F");
    }

    @Test
    void theSummaryOfEachLanguageIsSkipped() throws ParseException {
        // by its two counts and its verb (the German, French and Dutch wordings are constructed around it)
        for (String summary : List.of("1 Dateien erfolgreich verarbeitet, bei 0 Dateien ist ein Fehler aufgetreten.",
                "1 fichiers correctement traités ; échec du traitement de 0 fichiers",
                "1 bestanden verwerkt; verwerking van 0 bestanden is mislukt")) {
            assertThat(parser.parse(capture(KEYS + " Everyone:(R)", "", summary)).facts()).as(summary).hasSize(1);
        }
    }

    @Test
    void theLinesThatCannotBeRead() {
        assertThatThrownBy(() -> parser.parse(capture(KEYS + " Everyone:(R)", "", "    BUILTIN\\Users:(F)")))
                .isInstanceOf(ParseException.class).hasMessage("acl.txt:3: expected a path line before the indented access-control entries");
        assertThatThrownBy(() -> parser.parse(capture(KEYS + " Everyone:(R", "")))
                .isInstanceOf(ParseException.class).hasMessageStartingWith("acl.txt:1: expected a path followed by an access-control entry");
        assertThatThrownBy(() -> parser.parse(capture("C:\\x Everyone:(R)", "     BUILTIN\\Users:(F")))
                .isInstanceOf(ParseException.class).hasMessageContaining("acl.txt:2").hasMessageContaining("read 'BUILTIN\\Users:(F'");
        assertThatThrownBy(() -> parser.parse(capture("", "Successfully processed 0 files; Failed processing 1 files")))
                .isInstanceOf(ParseException.class).hasMessageStartingWith("acl.txt:1: expected icacls output");
    }

    @Test
    void recognisedByAPathAndAnEntryOnTheFirstLine() {
        assertThat(parser.recognises(capture("", "\\\\srv01\\share Everyone:(F)"))).isTrue();
        assertThat(parser.recognises(capture("   BUILTIN\\Users:(F)"))).isFalse();
        assertThat(parser.recognises(capture(KEYS + " Everyone"))).isFalse();
        assertThat(parser.recognises(capture("", ""))).isFalse();
    }
}
