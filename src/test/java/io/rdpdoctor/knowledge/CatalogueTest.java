package io.rdpdoctor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rdpdoctor.knowledge.KnowledgeException.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the catalogue: which files, what it holds, and each wrong entry named with its file and line. */
class CatalogueTest {

    @TempDir
    Path dir;

    private static String diagnosis(String id, int order, String extra) {
        return "  - {id: " + id + ", title: t, kind: cause, layer: l, severity: high, order: " + order
                + ", explanation: x, sources: [s]" + extra + "}\n";
    }

    private Path file(String name, String yaml) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, yaml);
        return f;
    }

    private static Catalogue read(Path... files) throws KnowledgeException {
        return Catalogue.read(List.of(files), p -> p.getFileName().toString());
    }

    private static List<Problem> problems(Path... files) {
        try {
            read(files);
        } catch (KnowledgeException e) {
            return e.problems();
        }
        throw new AssertionError("the catalogue was read without a problem");
    }

    @Test
    void catalogueFilesAreTheYamlFilesThatAreNotScenarios() {
        assertThat(Catalogue.isCatalogueFile(Path.of("rules/network/firewall.yaml"))).isTrue();
        assertThat(Catalogue.isCatalogueFile(Path.of("rules/network/firewall.yml"))).isTrue();
        assertThat(Catalogue.isCatalogueFile(Path.of("rules/network/firewall.scenarios.yaml"))).isFalse();
        assertThat(Catalogue.isCatalogueFile(Path.of("rules/network/firewall.scenarios.yml"))).isFalse();
        assertThat(Catalogue.isCatalogueFile(Path.of("rules/network/firewall.drl"))).isFalse();
        assertThat(Catalogue.isCatalogueFile(Path.of("rules/network/yaml"))).isFalse();
    }

    @Test
    void itHoldsTheEntriesOfEveryFileAndWhereEachWasRead() throws Exception {
        Path a = file("a.yaml", "diagnoses:\n" + diagnosis("LATE", 9, "") + diagnosis("B-EARLY", 1, "") + diagnosis("A-EARLY", 1, "")
                + """
                questions:
                  - {id: Q-1, ask: which one, where: server, order: 1, outcomes: [{result: r, means: m}], settledBy: [LATE]}
                """);
        Path b = file("b.yml", """
                messages:
                  - {id: MSG-1, title: m, hypotheses: [{id: LATE, prior: 0.4}], asks: [Q-1], sources: [s]}
                """);
        Catalogue c = read(a, b);
        // the troubleshooting order first, the id between equals
        assertThat(c.diagnoses()).extracting(DiagnosisDef::id).containsExactly("A-EARLY", "B-EARLY", "LATE");
        assertThat(c.diagnosis("LATE")).get().extracting(DiagnosisDef::order).isEqualTo(9);
        assertThat(c.diagnosis("NONE")).isEmpty();
        assertThat(c.question("Q-1")).get().extracting(QuestionDef::settledBy).isEqualTo(List.of("LATE"));
        assertThat(c.question("NONE")).isEmpty();
        assertThat(c.questions()).extracting(QuestionDef::id).containsExactly("Q-1");
        assertThat(c.messages()).extracting(MessageDef::id).containsExactly("MSG-1");
        assertThat(c.fileOf("LATE")).isEqualTo("a.yaml");
        assertThat(c.fileOf("Q-1")).isEqualTo("a.yaml");
        assertThat(c.fileOf("MSG-1")).isEqualTo("b.yml");
        assertThat(c.explanations().accountedForBy("LATE")).containsExactly("MSG-1");
    }

    @Test
    void anUnknownKeyIsNamedWithItsFileLineAndTheKeysExpected() throws Exception {
        Path f = file("typo.yaml", "diagnoses:\n" + diagnosis("A", 1, "") + """
                  - id: B
                    title: t
                    kind: cause
                    layer: l
                    severity: high
                    order: 2
                    explanation: x
                    explain: [A]
                    sources: [s]
                """);
        List<Problem> p = problems(f);
        assertThat(p).hasSize(1);
        assertThat(p.get(0).file()).isEqualTo("typo.yaml");
        assertThat(p.get(0).line()).isEqualTo(10);
        assertThat(p.get(0).message()).startsWith("unknown key 'explain'; expected one of: ").contains("explains", "triggers");
        assertThat(p.get(0)).hasToString("typo.yaml:10: " + p.get(0).message());
    }

    @Test
    void yamlThatDoesNotParseIsNamedWithItsLine() throws Exception {
        Path f = file("broken.yaml", "diagnoses:\n" + diagnosis("A", 1, "") + "  - {id: B, title: [unclosed\n");
        List<Problem> p = problems(f);
        assertThat(p).hasSize(1);
        assertThat(p.get(0).file()).isEqualTo("broken.yaml");
        assertThat(p.get(0).line()).isGreaterThanOrEqualTo(3);
        assertThat(p.get(0).message()).doesNotContain("\n").isNotBlank();
    }

    @Test
    void aMissingRequiredKeyIsAProblemOfItsFile() throws Exception {
        Path f = file("short.yaml", """
                diagnoses:
                  - {id: A, title: t, kind: cause, layer: l, severity: high, order: 1, sources: [s]}
                """);
        List<Problem> p = problems(f);
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.file()).isEqualTo("short.yaml");
            assertThat(x.line()).isEqualTo(2);
            assertThat(x.message()).contains("explanation");
        });
    }

    @Test
    void aFileThatCannotBeReadIsAProblemWithoutALine() throws Exception {
        Path missing = dir.resolve("gone.yaml");
        List<Problem> p = problems(missing);
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.file()).isEqualTo("gone.yaml");
            assertThat(x.line()).isZero();
            assertThat(x.message()).startsWith("cannot be read: ");
            assertThat(x).hasToString("gone.yaml: " + x.message());
        });
    }

    @Test
    void anIdDefinedTwiceNamesTheFileThatDefinedItFirst() throws Exception {
        Path a = file("a.yaml", "diagnoses:\n" + diagnosis("A", 1, "") + """
                questions:
                  - {id: Q, ask: a, where: server, order: 1, outcomes: [{result: r, means: m}]}
                messages:
                  - {id: M, title: m, hypotheses: [], sources: [s]}
                """);
        Path b = file("b.yaml", "diagnoses:\n" + diagnosis("A", 2, "") + """
                questions:
                  - {id: Q, ask: b, where: server, order: 1, outcomes: [{result: r, means: m}]}
                messages:
                  - {id: M, title: m2, hypotheses: [], sources: [s]}
                """);
        assertThat(problems(a, b)).extracting(Problem::toString).containsExactly(
                "b.yaml: diagnosis A is already defined in a.yaml",
                "b.yaml: message M is already defined in a.yaml",
                "b.yaml: question Q is already defined in a.yaml");
    }

    @Test
    void everyIdAnEntryNamesMustBeDefinedAndEachWrongOneIsNamedWithItsFile() throws Exception {
        Path a = file("a.yaml", "diagnoses:\n" + diagnosis("A", 1, ", explains: [NO-1], triggers: [NO-2]") + """
                questions:
                  - {id: Q, ask: a, where: server, order: 1, outcomes: [{result: r, means: m}], settledBy: [NO-3]}
                """);
        Path b = file("b.yaml", """
                messages:
                  - {id: M, title: m, hypotheses: [{id: NO-4, prior: 0.5}], explainedBy: [NO-5], asks: [NO-Q], sources: [s]}
                """);
        Path bad = file("c.yaml", "diagnoses: [{id: X, nope: 1}]\n");
        KnowledgeException e = org.junit.jupiter.api.Assertions.assertThrows(KnowledgeException.class, () -> read(a, b, bad));
        assertThat(e.problems()).extracting(Problem::toString).contains(
                "a.yaml: A explains unknown diagnosis NO-1",
                "a.yaml: A triggers unknown diagnosis NO-2",
                "a.yaml: Q is settled by unknown diagnosis NO-3",
                "b.yaml: M points to unknown diagnosis NO-4",
                "b.yaml: M is explained by unknown diagnosis NO-5",
                "b.yaml: M asks unknown question NO-Q");
        // every problem at once, the broken file too, one per line of the message
        assertThat(e.problems()).hasSize(7);
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.toString()).startsWith("c.yaml:1: "));
        assertThat(e.getMessage().split("\n")).hasSize(7);
    }

    @Test
    void idsDefinedInOtherFilesCount() throws Exception {
        Path a = file("a.yaml", "diagnoses:\n" + diagnosis("A", 1, ", explains: [B], triggers: [B]"));
        Path b = file("b.yaml", "diagnoses:\n" + diagnosis("B", 2, "") + """
                questions:
                  - {id: Q, ask: a, where: server, order: 1, outcomes: [{result: r, means: m}], settledBy: [A]}
                messages:
                  - {id: M, title: m, hypotheses: [{id: A, prior: 0.5}], explainedBy: [B], asks: [Q], sources: [s]}
                """);
        Catalogue c = read(a, b);
        assertThat(c.diagnoses()).hasSize(2);
        assertThatThrownBy(() -> read(a)).isInstanceOf(KnowledgeException.class).hasMessage(
                "a.yaml: A explains unknown diagnosis B\na.yaml: A triggers unknown diagnosis B");
    }
    @Test
    void aFileThatHoldsNoDocumentAddsNothingAndAStepKeepsWhatItRequires() throws Exception {
        Path none = file("none.yaml", "# nothing here yet\n~\n");
        Path a = file("a.yaml", "diagnoses:\n" + diagnosis("A", 1, ", inventory: [ROW-1], fix: [{step: s, powershell: x, requires: [user]}, {step: t}]"));
        Catalogue c = read(none, a);
        DiagnosisDef d = c.diagnosis("A").orElseThrow();
        assertThat(d.inventory()).containsExactly("ROW-1");
        assertThat(d.fix()).extracting(FixStep::requires).containsExactly(List.of("user"), List.of());
        assertThat(d.explains()).isEmpty();
        assertThat(d.triggers()).isEmpty();
        assertThat(c.diagnoses()).hasSize(1);
    }

    @Test
    void aGenericMessageIsWordsForAStageNotAClientsOwnText() throws Exception {
        Path ok = file("ok.yaml", """
                messages:
                  - {id: W, title: w, generic: true, keywords: [password], stage: nla, hypotheses: [], sources: [s]}
                """);
        assertThat(read(ok).messages()).singleElement().satisfies(m -> assertThat(m.generic()).isTrue());
        Path bad = file("bad.yaml", """
                messages:
                  - {id: NO-STAGE, title: w, generic: true, keywords: [password], hypotheses: [], sources: [s]}
                  - {id: A-TEXT, title: w, generic: true, keywords: [k], texts: {en: [a text]}, stage: tls, hypotheses: [], sources: [s]}
                  - {id: A-CODE, title: w, generic: true, keywords: [k], codes: ['0x204'], stage: tcp, hypotheses: [], sources: [s]}
                  - {id: NO-WORDS, title: w, generic: true, stage: tcp, hypotheses: [], sources: [s]}
                  - {id: OWN, title: w, texts: {en: [a text]}, hypotheses: [], sources: [s]}
                """);
        assertThat(problems(bad)).extracting(pr -> pr.toString().substring(0, pr.toString().indexOf(" is generic")))
                .containsExactlyInAnyOrder("bad.yaml: NO-STAGE", "bad.yaml: A-TEXT", "bad.yaml: A-CODE", "bad.yaml: NO-WORDS");
    }

    @Test
    void aCloudAndOnlyACloudNamesItsProvider() throws Exception {
        Path ok = file("ok.yaml", """
                products:
                  - {name: Azure, as: cloud, cloud: AZURE, phrases: [azure vm]}
                  - {name: Remmina, as: client, phrases: [remmina]}
                """);
        assertThat(read(ok).productNames()).extracting(ProductNames::cloud).containsExactly(io.rdpdoctor.facts.CloudProvider.AZURE, null);
        Path noProvider = file("noprovider.yaml", """
                products:
                  - {name: Azure, as: cloud, phrases: [azure vm]}
                  - {name: Remmina, as: client, cloud: AWS, phrases: [remmina]}
                """);
        assertThat(problems(noProvider)).extracting(Problem::toString).containsExactly(
                "noprovider.yaml: product 'Azure': a cloud (as: cloud) and only a cloud names its provider (cloud:)",
                "noprovider.yaml: product 'Remmina': a cloud (as: cloud) and only a cloud names its provider (cloud:)");
    }

    @Test
    void changePhrasesAreReadWithTheirFixesAndEachKindNeedsWordsAndAKnownKind() throws Exception {
        Path ok = file("ok.yaml", """
                changes:
                  fixes: [it works again]
                  kinds:
                    - {kind: update, phrases: ["after + {kb}", since the update]}
                    - {kind: tool-run, phrases: [after running the script]}
                """);
        Catalogue c = read(ok);
        assertThat(c.changeToldIn("RDP fails since KB5005033, and after running the script")).contains(io.rdpdoctor.facts.Change.Kind.UPDATE);
        assertThat(c.changeToldIn("After running the script RDP fails")).contains(io.rdpdoctor.facts.Change.Kind.TOOL_RUN);
        assertThat(c.changeToldIn("after KB5005033 it works again")).as("a sentence that tells the fix").isEmpty();
        assertThat(c.changeToldIn("after the reboot RDP fails")).isEmpty();
        Path noWords = file("nowords.yaml", """
                changes:
                  fixes: [fixed]
                  kinds:
                    - {kind: update, phrases: ["?!"]}
                """);
        assertThat(problems(noWords)).extracting(Problem::toString)
                .containsExactly("nowords.yaml: changes: every kind and the fixes need phrases, and every phrase needs words");
        Path unknown = file("unknown.yaml", """
                changes:
                  fixes: [fixed]
                  kinds:
                    - {kind: update, phrases: [after the update]}
                    - {kind: moonphase, phrases: [full moon]}
                """);
        assertThat(problems(unknown)).singleElement().satisfies(x -> {
            assertThat(x.file()).isEqualTo("unknown.yaml");
            assertThat(x.line()).isEqualTo(5);
            assertThat(x.message()).contains("moonphase");
        });
    }

    @Test
    void complaintPhrasesAreReadInTheOrderOfTheFilesAndEachNeedsWordsAndAKnownKind() throws Exception {
        Path ok = file("ok.yaml", """
                complaints:
                  - {kind: black-screen, phrases: [black screen, écran noir]}
                  - {kind: CANNOT_CONNECT, phrases: ["can't connect"], why: w}
                """);
        assertThat(read(ok).complaintPhrases()).extracting(ComplaintPhrases::kind)
                .containsExactly(io.rdpdoctor.facts.Complaint.Kind.BLACK_SCREEN, io.rdpdoctor.facts.Complaint.Kind.CANNOT_CONNECT);
        Path noWords = file("nowords.yaml", """
                complaints:
                  - {kind: slow, phrases: [very slow, "?!"]}
                  - {kind: drops, phrases: []}
                """);
        assertThat(problems(noWords)).extracting(Problem::toString)
                .containsExactly("nowords.yaml: complaint SLOW: every phrase needs words",
                        "nowords.yaml: complaint DROPS: every phrase needs words");
        Path unknown = file("unknown.yaml", """
                complaints:
                  - {kind: slow, phrases: [very slow]}
                  - {kind: grumpy, phrases: [meh]}
                """);
        assertThat(problems(unknown)).singleElement().satisfies(x -> {
            assertThat(x.file()).isEqualTo("unknown.yaml");
            assertThat(x.line()).isEqualTo(3);
            assertThat(x.message()).contains("grumpy");
        });
    }

    @Test
    void topicWordsOfEveryFileCountAndEachNeedsLettersOrDigits() throws Exception {
        Path one = file("one.yaml", """
                topic: {words: [remote desktop, rdp], why: w}
                """);
        Path two = file("two.yaml", """
                topic:
                  words: [远程桌面]
                """);
        Catalogue c = Catalogue.read(List.of(one, two), p -> p.getFileName().toString());
        assertThat(c.topicWords()).hasSize(2);
        assertThat(c.speaksOfTheTopic("the Remote-Desktop of APP07")).isTrue();
        assertThat(c.speaksOfTheTopic("连不上远程桌面")).isTrue();
        assertThat(c.speaksOfTheTopic("rdpclip is slow")).as("at word boundaries").isFalse();
        Path empty = file("empty.yaml", """
                topic: {words: ["--"]}
                """);
        assertThat(problems(empty)).extracting(Problem::toString).containsExactly("empty.yaml: topic: every word needs letters or digits");
    }

    @Test
    void productNamesNeedANameWordsAndAKnownRole() throws Exception {
        Path ok = file("products.yaml", """
                products:
                  - {name: FreeRDP, as: client, phrases: [xfreerdp, freerdp]}
                  - {name: RDP Wrapper, as: rdp-hook, phrases: [rdpwrap]}
                """);
        assertThat(read(ok).productNames()).extracting(ProductNames::as)
                .containsExactly(ProductNames.Role.CLIENT, ProductNames.Role.RDP_HOOK);
        Path noWords = file("nowords.yaml", """
                products:
                  - {name: X, as: client, phrases: ["!!"]}
                """);
        assertThat(problems(noWords)).extracting(Problem::toString)
                .containsExactly("nowords.yaml: product 'X': it needs a name, and every phrase needs words");
        Path role = file("role.yaml", """
                products:
                  - {name: X, as: printer, phrases: [x]}
                """);
        assertThat(problems(role)).singleElement().satisfies(x -> {
            assertThat(x.line()).isEqualTo(2);
            assertThat(x.message()).contains("printer");
        });
    }

    /** The bundled words for a connection's time-out are not a session's (its time limits have messages of their own). */
    @Test
    void theBundledTcpWordsAreAConnectionsTimeOutNotASessions() throws Exception {
        Catalogue c = io.rdpdoctor.TestRules.bundled().catalogue();
        MessageDef tcp = c.messages().stream().filter(m -> m.id().equals("MSG-WORDS-TCP")).findFirst().orElseThrow();
        assertThat(tcp.generic()).isTrue();
        assertThat(tcp.stage()).isEqualTo(io.rdpdoctor.facts.FailureStage.TCP);
        assertThat(tcp.matches("connect to 203.0.113.10 port 3389: Connection timed out", null)).isTrue();
        assertThat(tcp.matches("Die Verbindung konnte wegen Zeitüberschreitung nicht hergestellt werden", null)).isTrue();
        assertThat(tcp.matches("The session timed out", null)).isFalse();
        assertThat(tcp.matches("Connection failed, cannot connect", null)).isFalse();
    }
}
