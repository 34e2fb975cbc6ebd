package io.rdpdoctor.parse.windows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rdpdoctor.facts.RegistryType;
import io.rdpdoctor.facts.RegistryValue;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.ParseException;
import io.rdpdoctor.parse.Parsed;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the class javadoc promises beyond the sample pairs: the three settings as REG_DWORD values of
 * the listener's WinStations key under the registry names, no claim of the registry area, a missing
 * or empty setting unknown, and the instances that cannot be read. The lines are the javadoc's.
 */
class TSGeneralSettingParserTest {

    private static final String KEY = "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp";

    private final TSGeneralSettingParser parser = new TSGeneralSettingParser();

    @Test
    void theSettingsAsRegistryValuesOfTheListener() throws ParseException {
        Capture c = new Capture("ts.txt", null, List.of("TerminalName                           : RDP-Tcp",
                "MinEncryptionLevel                     : 2", "SecurityLayer                          : 02",
                "UserAuthenticationRequired             : 1", "", "TerminalName                           : RDP-Tcp#2",
                "SecurityLayer                          : ", "Caption                                : x"), 1);
        assertThat(parser.recognises(c)).isTrue();
        Parsed p = parser.parse(c);
        assertThat(p.facts()).containsExactly(
                new RegistryValue(KEY, "UserAuthentication", RegistryType.REG_DWORD, "1", c.source(3)),
                new RegistryValue(KEY, "SecurityLayer", RegistryType.REG_DWORD, "2", c.source(2)),
                new RegistryValue(KEY, "MinEncryptionLevel", RegistryType.REG_DWORD, "2", c.source(1)));
        assertThat(p.collected()).isEmpty();
    }

    @Test
    void theInstancesThatCannotBeRead() {
        assertThatThrownBy(() -> parser.parse(new Capture("ts.txt", null, List.of("TerminalName : RDP/Tcp", "SecurityLayer : 2"), 1)))
                .isInstanceOf(ParseException.class).hasMessage("ts.txt:1: expected TerminalName (the listener, e.g. RDP-Tcp) in this instance");
        assertThatThrownBy(() -> parser.parse(new Capture("ts.txt", null, List.of("SecurityLayer : 2"), 1)))
                .isInstanceOf(ParseException.class).hasMessage("ts.txt:1: expected TerminalName (the listener, e.g. RDP-Tcp) in this instance");
        assertThatThrownBy(() -> parser.parse(new Capture("ts.txt", null, List.of("TerminalName : RDP-Tcp", "SecurityLayer : high"), 1)))
                .isInstanceOf(ParseException.class).hasMessage("ts.txt:2: expected SecurityLayer as a whole number; read 'high'");
        assertThat(parser.recognises(new Capture("ts.txt", null, List.of("TerminalName : RDP-Tcp", "MinEncryptionLevel : 2"), 1))).isFalse();
        assertThat(parser.recognises(new Capture("ts.txt", null, List.of("SecurityLayer : 2", "TerminalName : RDP-Tcp"), 1))).isTrue();
        assertThat(parser.recognises(new Capture("ts.txt", null, List.of("SecurityLayer : 2"), 1))).isFalse();
    }
}
