package io.rdpdoctor.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rdpdoctor.factfile.InputException;
import io.rdpdoctor.facts.HostInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one reader of inputs: fact file or raw command output, what was read, what was skipped, and why. */
class InputReaderTest {

    static final Path SAMPLES = Path.of("facts-samples");
    static final Path CAPTURES = SAMPLES.resolve("captures");

    final InputReader reader = new InputReader();

    @TempDir
    Path dir;

    static String host(InputReader.Input in) {
        return in.facts().host().map(HostInfo::name).orElse(null);
    }

    @Test
    void decidesByTheName() {
        assertThat(InputReader.Kind.of(Path.of("web-01.yaml"))).isEqualTo(InputReader.Kind.FACT_FILE);
        assertThat(InputReader.Kind.of(Path.of("web-01.YML"))).isEqualTo(InputReader.Kind.FACT_FILE);
        assertThat(InputReader.Kind.of(Path.of("web-01.json"))).isEqualTo(InputReader.Kind.FACT_FILE);
        assertThat(InputReader.Kind.of(Path.of("ticket.txt"))).isEqualTo(InputReader.Kind.RAW_OUTPUT);
        assertThat(InputReader.Kind.of(Path.of("-"))).isEqualTo(InputReader.Kind.RAW_OUTPUT);
        assertThat(InputReader.Kind.of(CAPTURES.resolve("srv01-example"))).isEqualTo(InputReader.Kind.RAW_OUTPUT);
    }

    @Test
    void aFactFileIsReadWhole() throws Exception {
        Path file = SAMPLES.resolve("gpo-denies-rdp.yaml");
        InputReader.Input in = reader.read(file);
        assertThat(in.kind()).isEqualTo(InputReader.Kind.FACT_FILE);
        assertThat(in.name()).isEqualTo(file.toString());
        assertThat(host(in)).isEqualTo("WEB-APP01");
        assertThat(in.facts().facts()).isNotEmpty();
        assertThat(in.skipped()).isEmpty();
        assertThat(in.unreadable()).isFalse();
        assertThat(in.nothingRead()).isFalse();
    }

    @Test
    void aCaptureFolderIsReadByTheParsers() throws Exception {
        InputReader.Input in = reader.read(CAPTURES.resolve("srv01-example"));
        assertThat(in.kind()).isEqualTo(InputReader.Kind.RAW_OUTPUT);
        assertThat(in.facts().facts()).hasSizeGreaterThan(5);
        assertThat(in.facts().facts()).anySatisfy(f -> assertThat(f.source().file()).contains("netstat-ano.txt"));
        assertThat(in.unreadable()).isFalse();
        assertThat(in.nothingRead()).isFalse();
    }

    @Test
    void aFolderReadInPartListsEachSkippedFileWithWhy() throws Exception {
        InputReader.Input in = reader.read(CAPTURES.resolve("port-changed-truncated-files"));
        assertThat(host(in)).isEqualTo("SRV-SQL04");
        assertThat(in.nothingRead()).isFalse();
        assertThat(in.unreadable()).isTrue();
        assertThat(in.skippedParts()).extracting(s -> Path.of(s.file()).getFileName().toString(), CaptureLoader.Skipped::why)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("netsh-firewall-show-rule.txt", CaptureLoader.Why.PARSE_ERROR),
                        org.assertj.core.groups.Tuple.tuple("systeminfo.txt", CaptureLoader.Why.UNREADABLE));
        assertThat(in.skipped()).anySatisfy(s -> assertThat(s).matches(".*netsh-firewall-show-rule\\.txt:\\d+ \\(netsh .*\\): skipped: .*no Action"))
                .anySatisfy(s -> assertThat(s).contains("systeminfo.txt: skipped: is binary"));
        // what could be read is there
        assertThat(in.facts().facts()).anySatisfy(f -> assertThat(f.source().file()).contains("reg-query-rdp-tcp.txt"));
    }

    @Test
    void aTranscriptIsReadBlockByBlockWithLines() throws Exception {
        InputReader.Input in = reader.read(CAPTURES.resolve("ticket-paste.txt"));
        assertThat(in.kind()).isEqualTo(InputReader.Kind.RAW_OUTPUT);
        assertThat(in.unreadable()).isFalse();
        assertThat(in.facts().facts()).anySatisfy(f -> {
            assertThat(f.source().file()).endsWith("ticket-paste.txt");
            assertThat(f.source().line()).isEqualTo(8);
            assertThat(f.source().command()).isEqualTo("sc query TermService");
        });
    }

    @Test
    void brokenYamlIsAnExceptionWithFileAndLine() throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "host:\n  name: WEB-01\nservices:\n  - name: TermService\n    status: [unclosed\n");
        assertThatThrownBy(() -> reader.read(bad)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.file()).isEqualTo(bad.toString());
            assertThat(e.line()).isGreaterThanOrEqualTo(5);
            assertThat(e.getMessage()).startsWith(bad + ":" + e.line() + ":");
            assertThat(e.missing()).isFalse();
        });
    }

    @Test
    void aMissingFactFileIsAnExceptionThatSaysSo() {
        Path gone = dir.resolve("gone.yaml");
        assertThatThrownBy(() -> reader.read(gone)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.getMessage()).isEqualTo(gone + ": no such file");
            assertThat(e.missing()).isTrue();
        });
        // a file that is a fact file by where it was found, whatever its name (batch)
        assertThatThrownBy(() -> reader.read(dir.resolve("gone.txt"), InputReader.Kind.FACT_FILE))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.missing()).isTrue());
        assertThatThrownBy(() -> reader.read(dir, InputReader.Kind.FACT_FILE)).hasMessageContaining("is a directory");
    }

    @Test
    void missingOrUnrecognisedRawOutputReadsNothingAndSaysWhy() throws Exception {
        InputReader.Input gone = reader.read(dir.resolve("gone.txt"));
        assertThat(gone.nothingRead()).isTrue();
        assertThat(gone.unreadable()).isTrue();
        assertThat(gone.skipped()).singleElement().asString().endsWith("gone.txt: skipped: cannot be read: no such file");

        Path notes = Files.writeString(dir.resolve("notes.txt"), "nothing any parser knows\n");
        InputReader.Input unknown = reader.read(notes);
        assertThat(unknown.nothingRead()).isTrue();
        assertThat(unknown.skippedParts()).singleElement().extracting(CaptureLoader.Skipped::why).isEqualTo(CaptureLoader.Why.NOT_RECOGNISED);
    }

    @Test
    void aCommandThatPrintedNothingIsANoteNotSomethingUnreadable() throws Exception {
        Path t = Files.writeString(dir.resolve("paste.txt"), String.join("\n",
                "C:\\>sc query TermService",
                "",
                "SERVICE_NAME: TermService",
                "        TYPE               : 20  WIN32_SHARE_PROCESS",
                "        STATE              : 4  RUNNING",
                "                                (STOPPABLE, NOT_PAUSABLE, ACCEPTS_SHUTDOWN)",
                "        WIN32_EXIT_CODE    : 0  (0x0)",
                "        SERVICE_EXIT_CODE  : 0  (0x0)",
                "        CHECKPOINT         : 0x0",
                "        WAIT_HINT          : 0x0",
                "",
                "C:\\>netstat -ano | findstr :3390",
                "",
                "C:\\>", ""));
        InputReader.Input in = reader.read(t);
        assertThat(in.nothingRead()).isFalse();
        assertThat(in.skippedParts()).isNotEmpty().allSatisfy(s -> assertThat(s.why()).isEqualTo(CaptureLoader.Why.NO_OUTPUT));
        assertThat(in.unreadable()).isFalse();
    }
}
