package io.rdpdoctor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * How the sniffer picks a parser (its javadoc): content first, then the command typed, then the
 * file name; between parsers that all recognise the content, the command or file name decides;
 * and when none fits, a message that names the command and the first line.
 */
class SnifferTest {

    static final Path SAMPLES = Path.of("src/test/resources/parsers");
    final Sniffer sniffer = new Sniffer();

    static Capture sample(String path, String command) throws Exception {
        List<String> lines = CaptureText.lines(Files.readString(SAMPLES.resolve(path), StandardCharsets.UTF_8));
        return new Capture(path, command, lines, 1);
    }

    static Capture text(String command, String... lines) {
        return new Capture("paste.txt", command, List.of(lines), 1);
    }

    static CommandParser parser(String id) {
        return Parsers.byId(id).orElseThrow();
    }

    /** A parser that recognises every capture (or throws while trying): to make the content ambiguous. */
    record Greedy(String id, boolean throwing) implements CommandParser {
        @Override
        public List<String> commands() {
            return List.of(id + " <anything>");
        }

        @Override
        public boolean recognises(Capture capture) {
            if (throwing) throw new IllegalStateException("a faulty recogniser");
            return true;
        }

        @Override
        public Parsed parse(Capture capture) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void aRealSampleIsRecognisedFromItsContentWhateverItsNameOrCommand() throws Exception {
        Sniffer.Sniffed s = sniffer.sniff(sample("sc-query/en-4-termservice.txt", "ipconfig /all"), "systeminfo.txt");
        assertThat(s.parser()).contains(parser("sc-query"));
        assertThat(s.how()).isEqualTo("recognised from its content as sc-query");
    }

    @Test
    void whenSeveralRecogniseTheContentTheCommandDecidesThenTheFileName() throws Exception {
        CommandParser scQuery = parser("sc-query");
        Sniffer two = new Sniffer(List.of(new Greedy("greedy", false), scQuery, parser("ipconfig-all")));
        Capture sc = sample("sc-query/en-4-termservice.txt", "sc query TermService");
        assertThat(two.sniff(sc, "capture.txt")).satisfies(s -> {
            assertThat(s.parser()).contains(scQuery);
            assertThat(s.how()).isEqualTo("recognised from its content and command as sc-query");
        });
        Capture noCommand = sample("sc-query/en-4-termservice.txt", null);
        assertThat(two.sniff(noCommand, "SRV01_sc-query.txt")).satisfies(s -> {
            assertThat(s.parser()).contains(scQuery);
            assertThat(s.how()).isEqualTo("recognised from its content and file name as sc-query");
        });
        // a command that names a parser which did not recognise the content is no tie-break
        Capture otherCommand = sample("sc-query/en-4-termservice.txt", "ipconfig /all");
        assertThat(two.sniff(otherCommand, "capture.txt")).satisfies(s -> {
            assertThat(s.parser().map(CommandParser::id)).contains("greedy");
            assertThat(s.how()).isEqualTo("recognised from its content as greedy (also looked like [sc-query])");
        });
    }

    @Test
    void aRecogniserThatThrowsOnlyLosesItsVote() throws Exception {
        CommandParser scQuery = parser("sc-query");
        Sniffer s = new Sniffer(List.of(new Greedy("faulty", true), scQuery));
        assertThat(s.sniff(sample("sc-query/en-4-termservice.txt", null), "x.txt").how())
                .isEqualTo("recognised from its content as sc-query");
    }

    @Test
    void unrecognisedContentIsTakenByItsCommandBeforeItsFileName() {
        Capture empty = text("netstat -ano", "");
        Sniffer.Sniffed byCommand = sniffer.sniff(empty, "ipconfig-all.txt");
        assertThat(byCommand.parser()).contains(parser("netstat-ano"));
        assertThat(byCommand.how()).isEqualTo("taken by its command line 'netstat -ano' as netstat-ano (its content was not recognised)");
        Sniffer.Sniffed byName = sniffer.sniff(text(null, ""), "ipconfig-all.txt");
        assertThat(byName.parser()).contains(parser("ipconfig-all"));
        assertThat(byName.how()).isEqualTo("taken by its file name as ipconfig-all (its content was not recognised)");
    }

    @Test
    void noneFitsSaysTheCommandAndTheFirstLineShortenedAfter60Characters() {
        String sixty = "x".repeat(60);
        Sniffer.Sniffed s = sniffer.sniff(text("whoami /all", "", "   " + sixty + "   ", "second"), "notes.txt");
        assertThat(s.parser()).isEmpty();
        assertThat(s.how()).isEqualTo("not recognised: no parser reads the command 'whoami /all' and no parser knows output starting '"
                + sixty + "'");
        Sniffer.Sniffed longer = sniffer.sniff(text(null, sixty + "y"), "notes.txt");
        assertThat(longer.how()).isEqualTo("not recognised: no parser knows output starting '" + "x".repeat(57) + "...'");
        assertThat(sniffer.sniff(text(null), null).how()).isEqualTo("not recognised: no parser knows output starting ''");
    }

    @Test
    void theTypedCommandMatchesTheLongestDocumentedCommandLine() {
        assertThat(sniffer.byCommand("sc query TermService")).contains(parser("sc-query"));
        assertThat(sniffer.byCommand("C:\\Windows\\System32\\SC.EXE qc UmRdpService")).contains(parser("sc-qc"));
        assertThat(sniffer.byCommand("  ipconfig   /ALL  ")).contains(parser("ipconfig-all"));
        assertThat(sniffer.byCommand("netstat -anob")).contains(parser("netstat-ano"));
        // "Get-NetFirewallRule -Name <rule> | Get-NetFirewallPortFilter" is longer than "Get-NetFirewallRule"
        assertThat(sniffer.byCommand("Get-NetFirewallRule -Name RemoteDesktop-UserMode-In-TCP | Get-NetFirewallPortFilter"))
                .contains(parser("get-netfirewallportfilter"));
        assertThat(sniffer.byCommand("Get-NetFirewallRule -DisplayGroup 'Remote Desktop'")).contains(parser("get-netfirewallrule"));
        // a command shorter than every documented line, or none at all
        assertThat(sniffer.byCommand("netstat")).isEmpty();
        assertThat(sniffer.byCommand("ipconfig")).isEmpty();
        assertThat(sniffer.byCommand("whoami")).isEmpty();
        assertThat(sniffer.byCommand(null)).isEmpty();
        assertThat(sniffer.byCommand("   ")).isEmpty();
    }

    @Test
    void aDocumentedCommandLineEndsAtItsFirstPlaceholderOrPipe() {
        record Doc(String id, List<String> commands) implements CommandParser {
            public boolean recognises(Capture c) {
                return false;
            }

            public Parsed parse(Capture c) {
                throw new UnsupportedOperationException();
            }
        }
        List<CommandParser> docs = new ArrayList<>();
        docs.add(new Doc("angle", List.of("tool one <x> two")));
        docs.add(new Doc("bracket", List.of("tool two [x] three")));
        docs.add(new Doc("pipe", List.of("tool three | more")));
        docs.add(new Doc("inner", List.of("tool four -n:<x> five")));
        docs.add(new Doc("long", List.of("tool six seven")));
        docs.add(new Doc("short", List.of("tool six")));
        Sniffer s = new Sniffer(docs);
        assertThat(s.byCommand("tool six seven eight").map(CommandParser::id)).contains("long");
        assertThat(s.byCommand("tool six eight").map(CommandParser::id)).contains("short");
        assertThat(s.byCommand("tool one anything").map(CommandParser::id)).contains("angle");
        assertThat(s.byCommand("tool two").map(CommandParser::id)).contains("bracket");
        assertThat(s.byCommand("tool three").map(CommandParser::id)).contains("pipe");
        assertThat(s.byCommand("tool four -n:7").map(CommandParser::id)).contains("inner");
        assertThat(s.byCommand("tool five")).isEmpty();
    }

    @Test
    void theFileNameIsTheParserIdOrEndsWithItAfterAnUnderscoreOrHyphen() {
        assertThat(sniffer.byFileName("netstat-ano.txt")).contains(parser("netstat-ano"));
        assertThat(sniffer.byFileName("C:\\captures\\SRV01\\NETSTAT-ANO.TXT")).contains(parser("netstat-ano"));
        assertThat(sniffer.byFileName("captures/srv01/sc-query")).contains(parser("sc-query"));
        assertThat(sniffer.byFileName("SRV01_qwinsta.out.txt")).contains(parser("qwinsta"));
        assertThat(sniffer.byFileName("SRV01-qwinsta.txt")).contains(parser("qwinsta"));
        assertThat(sniffer.byFileName("myqwinsta.txt")).isEmpty();
        assertThat(sniffer.byFileName("qwinsta2.txt")).isEmpty();
        assertThat(sniffer.byFileName(".qwinsta")).isEmpty();
        assertThat(sniffer.byFileName(null)).isEmpty();
        assertThat(sniffer.byFileName("notes.txt")).isEqualTo(Optional.empty());
    }
}
