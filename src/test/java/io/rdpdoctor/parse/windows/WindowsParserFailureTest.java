package io.rdpdoctor.parse.windows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.CommandParser;
import io.rdpdoctor.parse.ParseException;
import io.rdpdoctor.parse.Parsers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Malformed input: a ParseException naming the file and a line, never another exception. */
class WindowsParserFailureTest {

    /** Per parser, one malformed capture (lines) and the line the error must name. */
    static final Map<String, Object[]> MALFORMED = Map.ofEntries(
            Map.entry("netsh-firewall-show-rule", new Object[] {List.of("", "Rule Name:                            X",
                    "----------------------------------------------------------------------", "Enabled:                              Maybe",
                    "Direction:                            In", "Action:                               Allow"), 2}),
            Map.entry("netsh-advfirewall-show-allprofiles", new Object[] {List.of("Domain Profile Settings:",
                    "----------------------------------------------------------------------", "State                                 SOMETIMES"), 3}),
            Map.entry("get-netfirewallrule", new Object[] {List.of("Name                  : X", "DisplayName           : X",
                    "Enabled               : True", "Direction             : Sideways", "Action                : Allow"), 4}),
            Map.entry("get-netfirewallportfilter", new Object[] {List.of("Protocol      : TCP", "LocalPort     : 3389", "garbage here"), 3}),
            Map.entry("get-netfirewallprofile", new Object[] {List.of("Name                  : Office", "Enabled               : True",
                    "DefaultInboundAction  : Block"), 1}),
            Map.entry("get-netconnectionprofile", new Object[] {List.of("Name             : net", "InterfaceAlias   : Ethernet",
                    "NetworkCategory  : Hostile"), 3}),
            Map.entry("gpresult-r", new Object[] {List.of("Microsoft (R) Windows (R) Operating System Group Policy Result tool v2.0",
                    "no RSOP line here"), 1}),
            Map.entry("gpresult-x", new Object[] {List.of("<?xml version=\"1.0\"?>", "<Rsop xmlns=\"http://www.microsoft.com/GroupPolicy/Rsop\">",
                    "  <ComputerResults>", "  </Computer>", "</Rsop>"), 4}),
            Map.entry("gpresult-h", new Object[] {List.of("<html><body><table><tr><th>Policy</th><th>Setting</th><th>Winning GPO</th></tr>",
                    "<tr><td>Allow users to connect remotely by using Remote Desktop Services</td><td>Perhaps</td><td>X</td></tr>",
                    "</table></body></html>"), 2}),
            Map.entry("icacls", new Object[] {List.of("C:\\ProgramData\\Microsoft\\Crypto\\RSA\\MachineKeys BUILTIN\\Administrators:(F)",
                    "                                                not an entry"), 2}),
            Map.entry("certutil-store", new Object[] {List.of("Remote Desktop", "================ Certificate 0 ================",
                    "Serial Number: 01", "Cert Hash(sha1): not-hex"), 2}),
            Map.entry("get-childitem-cert", new Object[] {List.of("", "   PSParentPath: Microsoft.PowerShell.Security\\Certificate::LocalMachine\\Remote Desktop",
                    "", "Subject      : CN=x", "Thumbprint   : XYZ"), 5}),
            Map.entry("wevtutil-qe", new Object[] {List.of("Event[0]:", "  Log Name: System", "  Source: X", "  Event ID: seven"), 1}),
            Map.entry("get-winevent", new Object[] {List.of("TimeCreated  : 3/14/2025 8:55:12 AM", "ProviderName : X", "Id           : 7034",
                    "Message      : no log"), 1}),
            Map.entry("event-viewer-text", new Object[] {List.of("Log Name:      System", "Source:        Schannel", "Date:          8/5/2020 5:16:37 AM",
                    "Event ID:      seven", "Task Category: None", "Level:         Error", "Keywords:", "User:          SYSTEM", "Computer:      SRV01",
                    "Description:", "A fatal alert was generated"), 1}),
            Map.entry("net-localgroup", new Object[] {List.of("Alias name     Remote Desktop Users", "Comment        x", "", "Members", ""), 1}),
            Map.entry("secedit-export", new Object[] {List.of("[Unicode]", "Unicode=yes", "[Privilege Rights]", "this is not a right"), 4}),
            Map.entry("win32-terminalservicesetting", new Object[] {List.of("AllowTSConnections : 1", "LicensingType      : 9"), 2}),
            Map.entry("win32-tsgeneralsetting", new Object[] {List.of("TerminalName   : RDP-Tcp", "SecurityLayer  : high"), 2}));

    @TestFactory
    Stream<DynamicTest> malformedInputFailsWithFileAndLine() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String id : WindowsParserSamplesTest.IDS) {
            tests.add(DynamicTest.dynamicTest(id, () -> {
                Object[] m = MALFORMED.get(id);
                assertThat(m).as("malformed case for %s", id).isNotNull();
                @SuppressWarnings("unchecked")
                List<String> lines = (List<String>) m[0];
                CommandParser p = Parsers.byId(id).orElseThrow();
                try {
                    p.parse(new Capture("bad.txt", null, lines, 1));
                    fail(id + " accepted malformed input");
                } catch (ParseException e) {
                    assertThat(e.file()).isEqualTo("bad.txt");
                    assertThat(e.line()).as("line named by %s: %s", id, e.getMessage()).isEqualTo((Integer) m[1]);
                    assertThat(e.getMessage()).startsWith("bad.txt:" + m[1] + ": ");
                }
            }));
        }
        return tests.stream();
    }

    /** A gpresult /h report cut off before its end would silently lose the policies after the cut. */
    @Test
    void aCutOffGpresultReportIsAParseErrorNotFewerPolicies() throws Exception {
        Capture whole = Samples.capture(Samples.ROOT.resolve("gpresult-h").resolve("en-1-constructed.txt"));
        CommandParser p = Parsers.byId("gpresult-h").orElseThrow();
        assertThat(p.parse(whole).facts()).isNotEmpty();
        List<String> half = whole.lines().subList(0, whole.lines().size() / 2);
        try {
            p.parse(new Capture("cut.html", null, half, 1));
            fail("a cut-off report was accepted");
        } catch (ParseException e) {
            assertThat(e.getMessage()).startsWith("cut.html:").contains("</html>").contains("cut off");
        }
    }

    /**
     * Every parser on every sample of the others, on empty input and on mutated samples: it returns
     * or throws ParseException, nothing else; recognises() never throws.
     */
    @Test
    void noOtherExceptionOnForeignOrMutatedInput() throws Exception {
        List<Capture> inputs = new ArrayList<>();
        inputs.add(new Capture("empty.txt", null, List.of(), 1));
        inputs.add(new Capture("blank.txt", null, List.of("", "   ", ""), 1));
        Random random = new Random(42);
        for (String id : WindowsParserSamplesTest.IDS) {
            Path dir = Samples.ROOT.resolve(id);
            try (Stream<Path> s = Files.list(dir)) {
                for (Path t : s.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
                    Capture c = Samples.capture(t);
                    inputs.add(c);
                    for (int k = 0; k < 20; k++) {
                        inputs.add(mutate(c, random));
                    }
                }
            }
        }
        for (String id : WindowsParserSamplesTest.IDS) {
            CommandParser p = Parsers.byId(id).orElseThrow();
            for (Capture c : inputs) {
                try {
                    p.recognises(c);
                    p.parse(c);
                } catch (ParseException e) {
                    assertThat(e.line()).isGreaterThanOrEqualTo(0);
                } catch (RuntimeException | StackOverflowError e) {
                    throw new AssertionError(id + " threw " + e + " on " + c.file() + " " + c.lines(), e);
                }
            }
        }
    }

    private static Capture mutate(Capture c, Random r) {
        List<String> lines = new ArrayList<>(c.lines());
        if (lines.isEmpty()) {
            return c;
        }
        int n = 1 + r.nextInt(3);
        for (int k = 0; k < n; k++) {
            int i = r.nextInt(lines.size());
            String l = lines.get(i);
            switch (r.nextInt(5)) {
                case 0 -> lines.remove(i);
                case 1 -> lines.set(i, l.isEmpty() ? ":" : l.substring(0, r.nextInt(l.length())));
                case 2 -> lines.add(i, l);
                case 3 -> lines.set(i, l.replace(':', ' '));
                default -> lines.set(i, l + " ü:(\"<>&");
            }
            if (lines.isEmpty()) {
                break;
            }
        }
        return new Capture(c.file(), c.command(), lines, 1);
    }
}
