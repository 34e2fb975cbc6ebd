package io.rdpdoctor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The messages a client's error matches, found through the words they need in it. */
class ClientMessagesTest {

    private static MessageDef message(String id, Map<String, List<String>> texts, List<String> keywords, List<String> codes) {
        return new MessageDef(id, "t", texts, keywords, codes, null,
                List.of(new MessageDef.Hypothesis("X", 0.5)), null, List.of("test"), null, null, false);
    }

    @Test
    void aMessageIsFoundByItsTextAKeywordAFragmentOrACodeAndNotOtherwise() {
        ClientMessages messages = new ClientMessages(List.of(
                message("CREDSSP", Map.of("en", List.of("This could be due to CredSSP encryption oracle remediation")), List.of("CredSSP"), List.of()),
                message("NAME", Map.of(), List.of("ERRCONNECT_DNS_NAME_NOT_FOUND"), List.of()),
                message("CODE", Map.of(), List.of(), List.of("0x204"))));
        assertThat(ids(messages.matching("An authentication error has occurred. This could be due to CredSSP encryption oracle remediation.", null)))
                .containsExactly("CREDSSP");
        assertThat(ids(messages.matching("due to CredSSP encryption oracle", null))).as("a fragment of its text").containsExactly("CREDSSP");
        assertThat(ids(messages.matching("[ERROR] ERRCONNECT_DNS_NAME_NOT_FOUND [0x00020005]", null))).containsExactly("NAME");
        assertThat(ids(messages.matching("We couldn't connect to the remote PC. Error code: 0x204", null))).containsExactly("CODE");
        assertThat(ids(messages.matching(null, "0x204"))).containsExactly("CODE");
        assertThat(messages.matching("The remote computer could not be found", null)).isEmpty();
    }

    /**
     * The index must never lose a match: every message of the bundled catalogue against the corpus's
     * quoted words (each paragraph), the errors of its fact files and the scenarios', and every
     * catalogue text whole, in halves, retyped with a word left out or changed, run into Chinese
     * characters, and with a code.
     */
    @Test
    void theIndexFindsEveryMessageTheFullSearchFinds() throws Exception {
        ClientMessages catalogue = io.rdpdoctor.TestRules.bundled().catalogue().clientMessages();
        Set<String> texts = new LinkedHashSet<>();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<Path> files;
        try (var walk = Files.walk(Path.of("corpus"))) {
            files = new ArrayList<>(walk.filter(f -> f.toString().endsWith(".yaml")).toList());
        }
        try (var walk = Files.walk(Path.of("rules"))) {
            files.addAll(walk.filter(f -> f.toString().endsWith(".scenarios.yaml")).toList());
        }
        for (Path f : files) collectTexts(yaml.readTree(f.toFile()), texts);
        for (MessageDef m : catalogue.all()) {
            for (List<String> variants : m.texts().values()) {
                for (String v : variants) {
                    texts.add(v);
                    String[] w = v.split(" ");
                    if (w.length > 2) {
                        texts.add(String.join(" ", Arrays.copyOfRange(w, 1, w.length)));
                        texts.add(w[0] + " " + String.join(" ", Arrays.copyOfRange(w, 2, w.length)));
                        texts.add("zzz " + String.join(" ", Arrays.copyOfRange(w, 1, w.length)));
                        texts.add(String.join(" ", Arrays.copyOfRange(w, 0, w.length / 2)));
                        texts.add(String.join(" ", Arrays.copyOfRange(w, w.length / 2, w.length)));
                    }
                    texts.add("错误" + v + "失败");
                }
            }
            for (String k : m.keywords()) texts.add("错误" + k.replace(" + ", " and ") + "x");
            for (String c : m.codes()) texts.add("Error code: " + c);
        }
        assertThat(texts).hasSizeGreaterThan(3000);
        int found = 0;
        for (String t : texts) {
            List<MessageDef> full = catalogue.all().stream().filter(m -> m.matches(t, null)).toList();
            assertThat(ids(catalogue.matching(t, null))).as(t).isEqualTo(ids(full));
            found += full.size();
        }
        for (String code : List.of("0x204", "0x112f", "0x7", "ERRCONNECT_LOGON_FAILURE", "0x80090327")) {
            List<MessageDef> full = catalogue.all().stream().filter(m -> m.matches(null, code)).toList();
            assertThat(ids(catalogue.matching(null, code))).as(code).isEqualTo(ids(full));
        }
        assertThat(found).as("messages found by the full search").isGreaterThan(3000);
    }

    private static List<String> ids(List<MessageDef> messages) {
        return messages.stream().map(MessageDef::id).toList();
    }

    /** The quoted words and client errors of a case, fact file or scenario, split into paragraphs. */
    private static void collectTexts(JsonNode node, Set<String> texts) {
        if (node == null) return;
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getValue().isTextual() && List.of("observed", "errorText", "text").contains(e.getKey())) {
                    texts.addAll(Arrays.asList(e.getValue().asText().split("\\n\\s*\\n")));
                } else {
                    collectTexts(e.getValue(), texts);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectTexts(n, texts));
        }
    }
}
