package io.rdpdoctor.parse.commands;

import static io.rdpdoctor.parse.commands.GetItemPropertyParser.asksForEveryValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rdpdoctor.facts.RegistryKey;
import io.rdpdoctor.facts.RegistryType;
import io.rdpdoctor.facts.RegistryValue;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.ParseException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the class javadoc promises beyond the sample pairs: the types read from the printed data
 * (a negative DWORD as its unsigned value, QWORD above 32 bits, lists not read), the key claimed whole
 * only with a command asking for every value, each object with its own PSPath, and where a paste that
 * is not the list view stops. The PSPath lines are the en-2 sample's (RDP-Tcp, wrapped).
 */
class GetItemPropertyParserTest {

    private static final String KEY = "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp";
    private static final List<String> PSPATH = List.of(
            "PSPath                       : Microsoft.PowerShell.Core\\Registry::HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\",
            "                               Terminal Server\\WinStations\\RDP-Tcp",
            "PSChildName                  : RDP-Tcp",
            "PSProvider                   : Microsoft.PowerShell.Core\\Registry");

    private final GetItemPropertyParser parser = new GetItemPropertyParser();

    private static Capture object(String command, String... values) {
        List<String> lines = new ArrayList<>(List.of(values));
        lines.addAll(PSPATH);
        return new Capture("gp.txt", command, lines, 1);
    }

    private RegistryValue read(String data) throws ParseException {
        Capture c = object(null, "PortNumber                   : " + data);
        return (RegistryValue) parser.parse(c).facts().get(0);
    }

    @Test
    void theTypeComesFromThePrintedData() throws ParseException {
        assertThat(read("3389")).extracting(RegistryValue::type, RegistryValue::data).containsExactly(RegistryType.REG_DWORD, "3389");
        assertThat(read("0")).extracting(RegistryValue::type, RegistryValue::data).containsExactly(RegistryType.REG_DWORD, "0");
        assertThat(read("4294967295")).extracting(RegistryValue::type, RegistryValue::data).containsExactly(RegistryType.REG_DWORD, "4294967295");
        assertThat(read("4294967296")).extracting(RegistryValue::type, RegistryValue::data).containsExactly(RegistryType.REG_QWORD, "4294967296");
        // PowerShell prints a DWORD above 0x7FFFFFFF as a negative Int32
        assertThat(read("-1")).extracting(RegistryValue::type, RegistryValue::data).containsExactly(RegistryType.REG_DWORD, "4294967295");
        assertThat(read("-2147483648")).extracting(RegistryValue::type, RegistryValue::data).containsExactly(RegistryType.REG_DWORD, "2147483648");
        assertThat(read("-2147483649")).extracting(RegistryValue::type, RegistryValue::data).containsExactly(RegistryType.REG_SZ, "-2147483649");
        assertThat(read("99999999999999999999")).extracting(RegistryValue::type).isEqualTo(RegistryType.REG_SZ);
        assertThat(read("{x}")).extracting(RegistryValue::type, RegistryValue::data).containsExactly(RegistryType.REG_SZ, "{x}");
        assertThat(read("rdpendp.dll")).extracting(RegistryValue::type, RegistryValue::data).containsExactly(RegistryType.REG_SZ, "rdpendp.dll");
    }

    @Test
    void aListIsNotRead() throws ParseException {
        Capture c = object(null, "Certificate                  : {1, 0, 0, 0}", "PortNumber                   : 3389");
        assertThat(parser.parse(c).facts()).containsExactly(new RegistryValue(KEY, "PortNumber", RegistryType.REG_DWORD, "3389", c.source(1)));
    }

    @Test
    void theKeyIsClaimedWholeOnlyWhenTheCommandAsksForEveryValue() throws ParseException {
        Capture whole = object("Get-ItemProperty 'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp'",
                "PortNumber                   : 3389");
        assertThat(parser.parse(whole).facts()).containsExactly(
                new RegistryKey(KEY, true, whole.source(1)),
                new RegistryValue(KEY, "PortNumber", RegistryType.REG_DWORD, "3389", whole.source(0)));
        assertThat(parser.parse(object("Get-ItemProperty 'HKLM:\\...\\RDP-Tcp' -Name PortNumber", "PortNumber : 3389")).facts())
                .noneMatch(RegistryKey.class::isInstance);
        assertThat(parser.parse(object(null, "PortNumber : 3389")).facts()).noneMatch(RegistryKey.class::isInstance);
    }

    @Test
    void eachObjectWithItsOwnKey() throws ParseException {
        List<String> lines = new ArrayList<>(List.of("PortNumber : 3389"));
        lines.addAll(PSPATH);
        lines.addAll(List.of("", "", "fDenyTSConnections : 1",
                "PSPath : Microsoft.PowerShell.Core\\Registry::HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server"));
        Capture c = new Capture("gp.txt", null, lines, 1);
        assertThat(parser.recognises(c)).isTrue();
        assertThat(parser.parse(c).facts()).containsExactly(
                new RegistryValue(KEY, "PortNumber", RegistryType.REG_DWORD, "3389", c.source(0)),
                new RegistryValue("HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server", "fDenyTSConnections", RegistryType.REG_DWORD, "1",
                        c.source(7)));
    }

    @Test
    void anObjectWithoutARegistryPathFails() {
        Capture c = new Capture("gp.txt", null, List.of("Name : notepad", "PSPath : Microsoft.PowerShell.Core\\FileSystem::C:\\Windows"), 1);
        assertThat(parser.recognises(c)).isFalse();
        assertThatThrownBy(() -> parser.parse(c)).isInstanceOf(ParseException.class)
                .hasMessage("gp.txt:1: PSPath naming a registry key (Microsoft.PowerShell.Core\\Registry::HKEY_...) in this object");
        assertThat(parser.recognises(new Capture("gp.txt", null, List.of("Name : notepad", "Id : 4"), 1))).isFalse();
    }

    @Test
    void aLineThatIsNoPropertyStopsTheParseUnlessItIsTheLast() throws ParseException {
        Capture cut = object(null, "PortNumber : 3389");
        List<String> lines = new ArrayList<>(cut.lines());
        lines.add("PSDrive");
        assertThat(parser.parse(new Capture("gp.txt", null, lines, 1)).facts()).hasSize(1);
        lines.add(1, "this is not a property");
        assertThatThrownBy(() -> parser.parse(new Capture("gp.txt", null, lines, 1))).isInstanceOf(ParseException.class)
                .hasMessageStartingWith("gp.txt:2: Get-ItemProperty's list view");
        assertThatThrownBy(() -> parser.parse(new Capture("gp.txt", null, List.of("   Terminal Server"), 1)))
                .isInstanceOf(ParseException.class).hasMessageStartingWith("gp.txt:1: Get-ItemProperty's list view");
        assertThatThrownBy(() -> parser.parse(new Capture("gp.txt", null, List.of("", " "), 1)))
                .isInstanceOf(ParseException.class).hasMessageStartingWith("gp.txt:1: Get-ItemProperty's list view");
    }

    @Test
    void whichCommandLinesAskForEveryValue() {
        assertThat(asksForEveryValue("gp 'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server'")).isTrue();
        assertThat(asksForEveryValue("Get-ItemProperty 'HKLM:\\x' | fl *")).isTrue();
        assertThat(asksForEveryValue("Get-ItemProperty -LiteralPath 'HKLM:\\x' -ErrorAction SilentlyContinue")).isTrue();
        assertThat(asksForEveryValue("Get-ItemProperty 'HKLM:\\x' -Verbose")).isTrue();
        assertThat(asksForEveryValue("Get-ItemProperty 'HKLM:\\x' -ErrorAction Stop fDenyTSConnections")).isFalse();
        assertThat(asksForEveryValue("Get-ItemProperty -Verbose -Path 'HKLM:\\x' fDenyTSConnections")).isFalse();
        assertThat(asksForEveryValue("Get-Item 'HKLM:\\x'")).isFalse();
        assertThat(asksForEveryValue("Set-ItemProperty 'HKLM:\\x' -Name fDenyTSConnections -Value 0")).isFalse();
    }
}
