package io.rdpdoctor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.Fact;
import io.rdpdoctor.facts.FactSet;
import io.rdpdoctor.facts.Listener;
import io.rdpdoctor.facts.RegistryKey;
import io.rdpdoctor.facts.RegistryValue;
import io.rdpdoctor.facts.ServiceState;
import io.rdpdoctor.facts.ServiceStatus;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pastes as they arrive in tickets and forums (issue 14): what each variant claims, beyond the facts
 * its sample gives (ParserSamplesTest): a paste that may be partial must not let a rule conclude from
 * absence, and a whole one must.
 */
class PastesTest {

    static final Path SAMPLES = Path.of("src/test/resources/parsers");

    static CaptureLoader.Result load(String name, String text) {
        return new CaptureLoader().load(name, text.getBytes(StandardCharsets.UTF_8));
    }

    static Parsed parse(String parser, String sample) throws Exception {
        return Parsers.byId(parser).orElseThrow().parse(ParserSamplesTest.capture(SAMPLES.resolve(parser).resolve(sample)));
    }

    @Test
    void aQwinstaPasteWithoutHeaderIsWholeOnlyWhenItStartsAtTheServicesRow() throws Exception {
        Parsed whole = parse("qwinsta", "en-3-headerless-collapsed.txt");
        assertThat(whole.collected()).containsExactlyInAnyOrder(Area.LISTENERS, Area.SESSIONS);
        assertThat(whole.facts()).filteredOn(f -> f instanceof Listener).singleElement()
                .satisfies(l -> assertThat(((Listener) l).name()).isEqualTo("rdp-tcp"));

        CaptureLoader.Result part = load("paste.txt", "console 2 Conn\nrdp-tcp 65536 Listen\n");
        assertThat(part.blocks()).singleElement().satisfies(b -> assertThat(b.parser()).isEqualTo("qwinsta"));
        assertThat(part.facts().collected(Area.LISTENERS)).as("rows from the middle prove no absence").isFalse();
        assertThat(part.facts().facts()).anyMatch(f -> f instanceof Listener l && l.name().equals("rdp-tcp"));
    }

    @Test
    void commandOutputInsideATicketsProseIsReadByItsParserAndTheProseAroundItIsLeftAsProse() throws Exception {
        String ticket = "RDP stopped working after the reboot. Port 3389 is not listening.\n"
                + "Name          Status StartType\n"
                + "----          ------ ---------\n"
                + "SessionEnv   Stopped    Manual    <- here\n"
                + "TermService  Running    Manual\n"
                + "\n"
                + "Any idea what else to check? Thanks.\n";
        CaptureLoader.Result r = load("ticket.txt", ticket);
        assertThat(r.blocks()).anySatisfy(b -> {
            assertThat(b.parser()).isEqualTo("get-service");
            assertThat(b.line()).isEqualTo(2);
        });
        assertThat(r.facts().facts()).filteredOn(f -> f instanceof io.rdpdoctor.facts.ServiceState).hasSize(2);
        // prose alone has no output inside it: nothing is read as a command's
        assertThat(load("ticket.txt", "RDP stopped working after the reboot.\nStatus is stopped, name unknown.\n\nThanks.\n").blocks())
                .noneMatch(b -> b.parser() != null && !b.parser().equals("free-text"));
    }

    @Test
    void outputQuotedInAnEmailOrAForumPostIsReadAsTheOutputItQuotes() throws Exception {
        String copied = Files.readString(SAMPLES.resolve("event-viewer-text/en-1.txt"));
        String quoted = copied.lines().map(l -> l.isBlank() ? ">" : "> " + l).collect(java.util.stream.Collectors.joining("\n"));
        CaptureLoader.Result r = load("paste.txt", quoted);
        assertThat(r.blocks()).singleElement().satisfies(b -> assertThat(b.parser()).isEqualTo("event-viewer-text"));
        assertThat(r.facts().facts()).anyMatch(f -> f instanceof io.rdpdoctor.facts.EventRecord e && e.id() == 36888);
        // one line without the mark: not a quote as a whole, so not read as one
        assertThat(load("paste.txt", "Here is the event:\n" + quoted).blocks()).noneMatch(b -> "event-viewer-text".equals(b.parser()));
        // PowerShell's continuation prompt is no quote mark
        assertThat(CaptureLoader.unquoted(new Capture("f", null, java.util.List.of(">> Get-Service TermService"), 1))).isNull();
    }

    @Test
    void aQueryUserPasteWithoutHeaderGivesItsSessionsButClaimsNoList() throws Exception {
        assertThat(parse("query-user", "en-5-collapsed.txt").collected()).containsExactly(Area.SESSIONS);
        Parsed headerless = parse("query-user", "en-6-headerless-derived.txt");
        assertThat(headerless.facts()).hasSize(2);
        assertThat(headerless.collected()).isEmpty();
        // and a query user row is not taken for qwinsta (its first token is a user, not a session name)
        assertThat(load("paste.txt", Files.readString(SAMPLES.resolve("query-user/en-6-headerless-derived.txt"))).blocks())
                .singleElement().satisfies(b -> assertThat(b.parser()).isEqualTo("query-user"));
    }

    @Test
    void getItemPropertyOfAWholeKeyClaimsTheKeyAndOfOneValueDoesNot() throws Exception {
        Parsed one = parse("get-itemproperty", "en-1-rdp-tcp-portnumber.txt");
        assertThat(one.facts()).noneMatch(f -> f instanceof RegistryKey);
        assertThat(one.facts()).singleElement().satisfies(f -> {
            RegistryValue v = (RegistryValue) f;
            assertThat(v.key()).isEqualTo("HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp");
            assertThat(v.name()).isEqualTo("PortNumber");
            assertThat(v.number()).isEqualTo(3389L);
        });

        Parsed whole = parse("get-itemproperty", "en-2-rdp-tcp-whole-key.txt");
        // the PSPath wrapped at the console's width is joined into the key
        assertThat(whole.facts()).filteredOn(f -> f instanceof RegistryKey).singleElement()
                .satisfies(k -> assertThat(((RegistryKey) k).path()).isEqualTo("HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp"));
        assertThat(whole.facts()).noneMatch(f -> f instanceof RegistryValue v && v.name().startsWith("PS"));
        assertThat(whole.facts()).anyMatch(f -> f instanceof RegistryValue v && v.name().equals("UserAuthentication") && v.number() == 1L);

        // a paste without its command: only the values listed are facts
        CaptureLoader.Result pasted = load("paste.txt", Files.readString(SAMPLES.resolve("get-itemproperty/en-2-rdp-tcp-whole-key.txt")));
        assertThat(pasted.blocks()).singleElement().satisfies(b -> assertThat(b.parser()).isEqualTo("get-itemproperty"));
        assertThat(pasted.facts().facts()).noneMatch(f -> f instanceof RegistryKey);
        // the same paste after its prompt line: the whole key
        CaptureLoader.Result prompted = load("paste.txt", "PS C:\\> Get-ItemProperty 'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp'\n\n"
                + Files.readString(SAMPLES.resolve("get-itemproperty/en-2-rdp-tcp-whole-key.txt")));
        assertThat(prompted.facts().facts()).anyMatch(f -> f instanceof RegistryKey);
    }

    @Test
    void whichCommandLinesAskForEveryValue() {
        assertThat(io.rdpdoctor.parse.commands.GetItemPropertyParser.asksForEveryValue(
                "Get-ItemProperty 'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server'")).isTrue();
        assertThat(io.rdpdoctor.parse.commands.GetItemPropertyParser.asksForEveryValue(
                "Get-ItemProperty -Path \"HKLM:\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\" | Format-List")).isTrue();
        assertThat(io.rdpdoctor.parse.commands.GetItemPropertyParser.asksForEveryValue(
                "Get-ItemProperty -Path 'HKLM:\\...\\RDP-Tcp' -Name PortNumber")).isFalse();
        assertThat(io.rdpdoctor.parse.commands.GetItemPropertyParser.asksForEveryValue(
                "Get-ItemProperty 'HKLM:\\...\\Terminal Server' fDenyTSConnections")).isFalse();
        assertThat(io.rdpdoctor.parse.commands.GetItemPropertyParser.asksForEveryValue(
                "Get-ItemProperty 'HKLM:\\...\\Terminal Server' | Select-Object fDenyTSConnections")).isFalse();
    }

    @Test
    void russianOutputRedirectedToAFileIsReadInItsOemCodePage() throws Exception {
        for (String sample : List.of("sc-query/ru-1-fixture.txt", "netstat-ano/ru-1-fixture.txt")) {
            String text = Files.readString(SAMPLES.resolve(sample));
            byte[] cp866 = text.getBytes(Charset.forName("IBM866")); // as `sc query X > file` writes it on Russian Windows
            CaptureLoader.Result read = new CaptureLoader().load("capture.txt", cp866);
            assertThat(read.blocks()).as(sample + ": " + read.skipped()).singleElement()
                    .satisfies(b -> assertThat(b.encoding()).startsWith("cp866"));
            assertThat(CaptureText.decode(cp866).text()).contains(text.contains("Имя_службы") ? "Имя_службы" : "Активные подключения");
        }
        FactSet sc = new CaptureLoader().load("sc.txt", Files.readString(SAMPLES.resolve("sc-query/ru-1-fixture.txt"))
                .getBytes(Charset.forName("IBM866"))).facts();
        assertThat(sc.facts()).anyMatch(f -> f instanceof ServiceState s && s.name().equals("HappService") && s.status() == ServiceStatus.RUNNING);
    }

    @Test
    void aCollapsedScQueryIsOneServiceNotOnePerLine() throws Exception {
        List<Fact> facts = parse("sc-query", "en-6-collapsed-sc-start.txt").facts();
        assertThat(facts).singleElement().satisfies(f -> assertThat(((ServiceState) f).name()).isEqualTo("vboxdrv"));
    }

    @Test
    void aMixedTranscriptListsEachBlockWithItsOwnLanguage() throws Exception {
        String german = Files.readString(SAMPLES.resolve("netstat-ano/de-2.txt"));
        String french = new String(Files.readAllBytes(Path.of("facts-samples/captures/fr-termservice-stopped/sc-query.txt")),
                Charset.forName("IBM850"));
        String paste = "C:\\>netstat -ano\n" + german
                + "\nC:\\>sc query TermService\n" + french
                // pasted from its first row: LISTENING is English, French and Spanish alike
                + "\nC:\\>netstat -ano\n  TCP    0.0.0.0:3389           0.0.0.0:0              LISTENING       1184\n"
                + "\nC:\\>reg query \"HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\" /v fDenyTSConnections\n"
                + "\nHKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\n    fDenyTSConnections    REG_DWORD    0x0\n";
        CaptureLoader.Result r = load("paste", paste);
        assertThat(r.skipped()).isEmpty();
        assertThat(r.blocks()).extracting(b -> b.parser() + " " + b.language().code())
                .containsExactly("netstat-ano de", "sc-query fr", "netstat-ano unknown", "reg-query neutral");
        assertThat(r.blocks()).extracting(b -> b.language().displayName())
                .containsExactly("German", "French", "language unknown", "language-neutral");
        // and the same paste's blocks say it where they are listed
        assertThat(r.blocks().get(0).toString()).contains("[German, UTF-8]");
    }
}
