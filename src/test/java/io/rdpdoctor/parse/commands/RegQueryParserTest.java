package io.rdpdoctor.parse.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.RegistryKey;
import io.rdpdoctor.facts.RegistryType;
import io.rdpdoctor.facts.RegistryValue;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.ParseException;
import io.rdpdoctor.parse.Parsed;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the class javadoc promises beyond the sample pairs: a subkey listed after the values is not
 * a read key unless {@code /s} or values follow it; the not-found error is an absent key only with
 * the command (and no {@code /v}); the value types as the fact model holds them; the lines reg query
 * prints that are neither key nor value. The lines are the samples' (en-1 Terminal Server, en-3
 * RDP-Tcp, de-2 not found) and the messages reg prints.
 */
class RegQueryParserTest {

    private static final String TS = "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server";
    private static final String TS_KEY = "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server";
    private static final String NOT_FOUND = "ERROR: The system was unable to find the specified registry key or value.";

    private final RegQueryParser parser = new RegQueryParser();

    private static Capture capture(String command, String... lines) {
        return new Capture("reg.txt", command, List.of(lines), 1);
    }

    private static List<String> keyWithSubkeys() {
        return List.of("", TS,
                "    fDenyTSConnections    REG_DWORD    0x1",
                "",
                TS + "\\AddIns",
                TS + "\\ClusterSettings",
                "",
                TS + "\\WinStations",
                "    ColorDepth    REG_DWORD    0x4");
    }

    @Test
    void subkeysAfterTheValuesAreNotReadUnlessValuesFollowThem() throws ParseException {
        Capture c = new Capture("reg.txt", "reg query \"" + TS + "\"", keyWithSubkeys(), 1);
        assertThat(parser.recognises(c)).isTrue();
        Parsed p = parser.parse(c);
        assertThat(p.facts()).containsExactly(
                new RegistryKey(TS_KEY, true, c.source(1)),
                new RegistryValue(TS_KEY, "fDenyTSConnections", RegistryType.REG_DWORD, "1", c.source(2)),
                new RegistryKey(TS_KEY + "\\WinStations", true, c.source(7)),
                new RegistryValue(TS_KEY + "\\WinStations", "ColorDepth", RegistryType.REG_DWORD, "4", c.source(8)));
        assertThat(p.collected()).containsExactly(Area.REGISTRY);
    }

    @Test
    void withSlashSEverySubkeyIsRead() throws ParseException {
        Capture c = new Capture("reg.txt", "reg query '" + TS + "' /s", keyWithSubkeys(), 1);
        assertThat(parser.parse(c).facts()).filteredOn(RegistryKey.class::isInstance).containsExactly(
                new RegistryKey(TS_KEY, true, c.source(1)),
                new RegistryKey(TS_KEY + "\\AddIns", true, c.source(4)),
                new RegistryKey(TS_KEY + "\\ClusterSettings", true, c.source(5)),
                new RegistryKey(TS_KEY + "\\WinStations", true, c.source(7)));
    }

    @Test
    void notFoundIsAnAbsentKeyOnlyWhenTheCommandNamesItWithoutSlashV() throws ParseException {
        Capture c = capture("reg query \"HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services\"", NOT_FOUND);
        assertThat(parser.recognises(c)).isTrue();
        Parsed p = parser.parse(c);
        assertThat(p.facts()).containsExactly(new RegistryKey("HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services", false, c.source(0)));
        assertThat(p.collected()).containsExactly(Area.REGISTRY);
        assertThat(p.language()).isEqualTo(io.rdpdoctor.parse.Language.of("en"));

        Parsed v = parser.parse(capture("reg query \"" + TS + "\" /v fDenyTSConnections", "", NOT_FOUND));
        assertThat(v.facts()).isEmpty();
        assertThat(v.collected()).containsExactly(Area.REGISTRY);
        assertThat(parser.parse(capture("reg query \"" + TS + "\" /ve", NOT_FOUND)).facts()).isEmpty();

        Capture unnamed = capture(null, NOT_FOUND);
        assertThat(parser.recognises(unnamed)).isFalse();
        assertThatThrownBy(() -> parser.parse(unnamed)).isInstanceOf(ParseException.class)
                .hasMessage("reg.txt:1: the reg query command line, to know which key was not found");
    }

    @Test
    void anotherErrorIsNotRead() {
        Capture c = capture("reg query \\\\srv01\\HKLM\\SYSTEM", "ERROR: Access is denied.");
        assertThat(parser.recognises(c)).isFalse();
        assertThatThrownBy(() -> parser.parse(c)).isInstanceOf(ParseException.class)
                .hasMessage("reg.txt:1: a registry key path or the not-found error");
        assertThat(parser.recognises(capture("reg query HKLM\\SYSTEM", "Access is denied."))).isFalse();
        assertThat(parser.recognises(capture("dir", NOT_FOUND))).isFalse();
    }

    @Test
    void theNotFoundErrorInOtherLanguages() {
        assertThat(RegQueryParser.isNotFound("ERREUR : Le système n'a pas trouvé la clé ou la valeur de Registre spécifiée.")).isTrue();
        assertThat(RegQueryParser.isNotFound("FOUT: Het systeem kan de opgegeven registersleutel of -waarde niet vinden.")).isTrue();
        assertThat(RegQueryParser.isNotFound("ERROR: El sistema no pudo encontrar la clave o el valor especificados.")).isTrue();
        assertThat(RegQueryParser.isNotFound("ERREUR : Accès refusé.")).isFalse();
    }

    @Test
    void aKeyRecognisedByTheLineAfterIt() {
        assertThat(parser.recognises(capture(null, "", TS))).isTrue();
        assertThat(parser.recognises(capture(null, TS, "", TS + "\\AddIns"))).isTrue();
        assertThat(parser.recognises(capture(null, TS, "Some other text"))).isFalse();
        assertThat(parser.recognises(capture(null, "", " "))).isFalse();
    }

    @Test
    void theValueTypesAsTheFactModelHoldsThem() throws ParseException {
        Capture c = capture(null, TS,
                "    (Default)    REG_SZ",
                "    (Standard)    REG_SZ    x",
                "    Big    REG_QWORD    0xffffffffffffffff",
                "    RCDependentServices    REG_MULTI_SZ    CertPropSvc\\0SessionEnv\\0\\0",
                "    Link    REG_LINK    \\Registry\\Machine\\System",
                "    End of search: 5 match(es) found.");
        assertThat(parser.parse(c).facts()).containsExactly(
                new RegistryKey(TS_KEY, true, c.source(0)),
                new RegistryValue(TS_KEY, "(Default)", RegistryType.REG_SZ, "", c.source(1)),
                new RegistryValue(TS_KEY, "(Default)", RegistryType.REG_SZ, "x", c.source(2)),
                new RegistryValue(TS_KEY, "Big", RegistryType.REG_QWORD, "18446744073709551615", c.source(3)),
                new RegistryValue(TS_KEY, "RCDependentServices", RegistryType.REG_MULTI_SZ, "CertPropSvc\nSessionEnv", c.source(4)));
    }

    @Test
    void aDwordWithoutHexFailsWithItsLine() {
        assertThatThrownBy(() -> parser.parse(capture(null, TS, "    fDenyTSConnections    REG_DWORD    one")))
                .isInstanceOf(ParseException.class).hasMessage("reg.txt:2: hex data (0x...) for REG_DWORD value fDenyTSConnections");
    }

    @Test
    void theLinesThatAreNeitherKeyNorValue() throws ParseException {
        // the search summary (English, German) is skipped; a last line cut short is dropped; anything else fails
        Capture c = capture(null, TS, "    fDenyTSConnections    REG_DWORD    0x1", "",
                "End of search: 1 match(es) found.", "Suche beendet: 1 Übereinstimmung(en) gefunden.", "    fSingleSess");
        assertThat(parser.parse(c).facts()).hasSize(2);
        assertThatThrownBy(() -> parser.parse(capture(null, TS, "not a value line", "    x    REG_SZ    y")))
                .isInstanceOf(ParseException.class)
                .hasMessage("reg.txt:2: a registry key path (HKEY_...) or a value line 'NAME    REG_TYPE    DATA'");
        assertThatThrownBy(() -> parser.parse(capture(null, "", ""))).isInstanceOf(ParseException.class)
                .hasMessageContaining("reg query output");
    }

    @Test
    void withSlashSAnErrorOrASummaryBetweenKeysIsSkippedAndReadingGoesOn() throws ParseException {
        Capture c = capture("reg query \"" + TS + "\" /s", TS, "    fDenyTSConnections    REG_DWORD    0x1", "",
                "ERROR: Access is denied.", "End of search: 1 match(es) found.", "",
                TS + "\\WinStations", "    Comment REG_SZ", "    ColorDepth    REG_DWORD    0x4");
        assertThat(parser.parse(c).facts()).containsExactly(
                new RegistryKey(TS_KEY, true, c.source(0)),
                new RegistryValue(TS_KEY, "fDenyTSConnections", RegistryType.REG_DWORD, "1", c.source(1)),
                new RegistryKey(TS_KEY + "\\WinStations", true, c.source(6)),
                new RegistryValue(TS_KEY + "\\WinStations", "Comment", RegistryType.REG_SZ, "", c.source(7)),
                new RegistryValue(TS_KEY + "\\WinStations", "ColorDepth", RegistryType.REG_DWORD, "4", c.source(8)));
    }
}
