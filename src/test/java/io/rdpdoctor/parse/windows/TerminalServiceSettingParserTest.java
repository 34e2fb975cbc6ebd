package io.rdpdoctor.parse.windows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.Licensing;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.ParseException;
import io.rdpdoctor.parse.Parsed;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the class javadoc promises beyond the sample pairs: each LicensingType's mode, the method
 * results (DaysLeft; SpecifiedLSList, whose absence leaves the servers unknown), and the output that
 * cannot be read. The lines are the javadoc's.
 */
class TerminalServiceSettingParserTest {

    private final TerminalServiceSettingParser parser = new TerminalServiceSettingParser();

    private static List<String> setting(String type, String... more) {
        List<String> l = new ArrayList<>(List.of("AllowTSConnections                     : 1",
                "LicensingName                          : Per User", "LicensingType                          : " + type));
        l.addAll(List.of(more));
        return l;
    }

    private Licensing licensing(List<String> lines) throws ParseException {
        Parsed p = parser.parse(new Capture("ts.txt", null, lines, 1));
        assertThat(p.collected()).containsExactly(Area.LICENSING);
        return (Licensing) p.facts().get(0);
    }

    @Test
    void theModeOfEachLicensingType() throws ParseException {
        assertThat(licensing(setting("2")).mode()).isEqualTo("PerDevice");
        assertThat(licensing(setting("4")).mode()).isEqualTo("PerUser");
        assertThat(licensing(setting("5")).mode()).isEqualTo("NotConfigured");
        assertThat(licensing(setting("0")).mode()).isNull();
        assertThat(licensing(setting("1")).mode()).isNull();
        assertThatThrownBy(() -> licensing(setting("3"))).isInstanceOf(ParseException.class)
                .hasMessage("ts.txt:3: expected LicensingType 0, 1, 2, 4 or 5; read '3'");
        assertThatThrownBy(() -> licensing(setting(""))).isInstanceOf(ParseException.class)
                .hasMessage("ts.txt:3: expected LicensingType 0, 1, 2, 4 or 5; read 'null'");
    }

    @Test
    void theMethodResults() throws ParseException {
        List<String> lines = setting("4", "", "DaysLeft       : 87", "ReturnValue    : 0", "", "SpecifiedLSList : {lic01.contoso.local, lic02}",
                "ReturnValue    : 0");
        Capture c = new Capture("ts.txt", null, lines, 1);
        assertThat(parser.recognises(c)).isTrue();
        Licensing l = licensing(lines);
        assertThat(l.gracePeriodDays()).isEqualTo(87);
        assertThat(l.licenseServers()).containsExactly("lic01.contoso.local", "lic02");
        assertThat(l.source()).isEqualTo(c.source(2));
        assertThat(licensing(setting("4", "", "SpecifiedLSList : {}")).licenseServers()).isEmpty();
        assertThat(licensing(setting("4")).licenseServers()).isNull();
        assertThat(licensing(setting("4")).gracePeriodDays()).isNull();
    }

    @Test
    void theOutputThatCannotBeRead() {
        assertThatThrownBy(() -> licensing(setting("4", "", "DaysLeft : many"))).isInstanceOf(ParseException.class)
                .hasMessage("ts.txt:5: expected DaysLeft as a whole number; read 'many'");
        assertThatThrownBy(() -> licensing(setting("4", "", "Other : 1"))).isInstanceOf(ParseException.class)
                .hasMessageStartingWith("ts.txt:5: expected Win32_TerminalServiceSetting properties");
        List<String> two = setting("4", "");
        two.addAll(setting("2"));
        assertThatThrownBy(() -> licensing(two)).isInstanceOf(ParseException.class)
                .hasMessage("ts.txt:5: expected one Win32_TerminalServiceSetting instance; a second one starts here");
        assertThatThrownBy(() -> licensing(List.of("DaysLeft : 87"))).isInstanceOf(ParseException.class)
                .hasMessage("ts.txt:1: expected Win32_TerminalServiceSetting's list view with LicensingType");
        assertThatThrownBy(() -> licensing(setting("4", "", "---- ----"))).isInstanceOf(ParseException.class)
                .hasMessageStartingWith("ts.txt:5: expected Win32_TerminalServiceSetting's list view (");
        assertThat(parser.recognises(new Capture("ts.txt", null, List.of("DaysLeft : 87"), 1))).isFalse();
        assertThat(parser.recognises(new Capture("ts.txt", null, List.of("", ""), 1))).isFalse();
    }
}
