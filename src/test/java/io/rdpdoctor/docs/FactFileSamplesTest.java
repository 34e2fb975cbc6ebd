package io.rdpdoctor.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.rdpdoctor.factfile.FactFileReader;
import io.rdpdoctor.factfile.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Fact files against docs/fact-file.schema.json: the samples, the example in docs/fact-file.md, and files both must refuse. */
class FactFileSamplesTest {

    private static final Path SAMPLES = Path.of("facts-samples");
    private final JsonNode schema = Schemas.tree(Schemas.FACT_FILE);

    static List<Path> samples() throws IOException {
        try (Stream<Path> s = Files.list(SAMPLES)) {
            return s.filter(p -> p.getFileName().toString().matches(".*\\.(yaml|yml|json)")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everySampleValidatesAgainstTheSchema() throws IOException {
        List<Path> samples = samples();
        assertThat(samples).as("fact-file samples in " + SAMPLES).isNotEmpty();
        return samples.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () ->
                assertThat(Schemas.violations(schema, Schemas.document(p))).as(p + " against " + Schemas.FACT_FILE).isEmpty()));
    }

    @Test
    void theCompleteExampleOfFactFileMdValidatesIsReadAndHasEverySection() throws Exception {
        String md = Files.readString(Path.of("docs", "fact-file.md"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("(?s)## Complete example.*?```yaml\\n(.*?)```").matcher(md);
        assertThat(m.find()).as("a ```yaml block under '## Complete example' in docs/fact-file.md").isTrue();
        String example = m.group(1);
        JsonNode doc = Schemas.yaml(example);
        assertThat(Schemas.violations(schema, doc)).isEmpty();
        assertThat(new FactFileReader().read("fact-file.md example", example.getBytes(StandardCharsets.UTF_8)).facts()).isNotEmpty();
        Set<String> keys = new TreeSet<>();
        for (Iterator<String> it = doc.fieldNames(); it.hasNext(); ) keys.add(it.next());
        Set<String> sections = new TreeSet<>();
        for (Iterator<String> it = schema.path("properties").fieldNames(); it.hasNext(); ) sections.add(it.next());
        assertThat(keys).as("sections of the complete example").isEqualTo(sections);
    }

    /** Each of these is refused by the reader, and the schema must refuse it too. */
    static final List<String> BROKEN = List.of(
            "sokets: []\n",
            "sockets:\n  - {port: 3389, foo: 1}\n",
            "sockets:\n  - {pid: 4}\n",
            "host: {edition: Windows Server 2022}\n",
            "services:\n  - {name: TermService, status: Runing}\n",
            "firewallRules:\n  - {enabled: true, direction: Inbound, action: Allow}\n",
            "firewallRules:\n  - {name: x, enabled: true, direction: Inbound, action: Allow, profiles: [Work]}\n",
            "registry:\n  'HKLM\\Software\\X':\n    v: true\n",
            "registry:\n  'HKLM\\Software\\X':\n    v: {type: REG_DWORD, data: abc}\n",
            "registry:\n  'HKLM\\Software\\X':\n    v: {type: REG_WORD, data: 1}\n",
            "registry:\n  'HKLM\\Software\\X':\n    v: {type: REG_SZ, data: x, note: y}\n",
            "registry:\n  'HKLM\\Software\\X': 1\n",
            "schema: rdp-doctor/facts/v2\n",
            "host: [WEB-APP01]\n",
            "cloudFilter:\n  - {provider: gcp, direction: ingress, action: allow}\n");

    @TestFactory
    Stream<DynamicTest> whatTheReaderRefusesTheSchemaRefuses() {
        FactFileReader reader = new FactFileReader();
        return BROKEN.stream().map(text -> DynamicTest.dynamicTest(text.strip().replace('\n', ' '), () -> {
            assertThatThrownBy(() -> reader.read("broken.yaml", text.getBytes(StandardCharsets.UTF_8)))
                    .as("the reader refuses it").isInstanceOf(InputException.class);
            assertThat(Schemas.violations(schema, Schemas.yaml(text))).as("the schema refuses it").isNotEmpty();
        }));
    }

    /** The registry forms and aliases of docs/fact-file.md, accepted by both. */
    static final List<String> ACCEPTED = List.of(
            "registry:\n  'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server': {fDenyTSConnections: 1}\n",
            "registry:\n  'HKLM:\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services': {}\n  'HKLM\\SOFTWARE\\X': null\n",
            "registry:\n  'HKLM\\SOFTWARE\\X':\n    a: text\n    b: [one, two]\n    c: {type: reg_qword, data: '0x10'}\n    d: {type: REG_BINARY, data: 0a0b}\n    e: {type: REG_MULTI_SZ, data: [x, y]}\n",
            "services:\n  - {name: TermService, status: 'Start Pending', startType: 'Automatic (Delayed Start)'}\n",
            "services:\n  - {name: TermService, status: '4', startType: demand_start}\n",
            "firewallRules:\n  - {displayName: Remote Desktop, enabled: true, direction: in, action: deny, protocol: '*', profiles: [' public ', ALL]}\n",
            "sockets:\n  - {port: 3389, source: {file: netstat.txt, line: 7, command: netstat -ano}}\n",
            "services: []\n");

    @TestFactory
    Stream<DynamicTest> theDocumentedFormsAreAcceptedByBoth() {
        FactFileReader reader = new FactFileReader();
        return ACCEPTED.stream().map(text -> DynamicTest.dynamicTest(text.strip().replace('\n', ' '), () -> {
            reader.read("ok.yaml", text.getBytes(StandardCharsets.UTF_8));
            assertThat(Schemas.violations(schema, Schemas.yaml(text))).isEmpty();
        }));
    }
}
