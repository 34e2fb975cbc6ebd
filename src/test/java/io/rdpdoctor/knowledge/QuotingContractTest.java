package io.rdpdoctor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdpdoctor.knowledge.ShellQuoting.Shell;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quoting contract on small catalogues of its own: what it collects, and that an author's
 * template that lets a value out of its literal is caught (test-rules runs it on an author's rules).
 */
class QuotingContractTest {

    @TempDir
    Path dir;

    private QuotingContract contract(String fixes, String questions) throws Exception {
        Path f = dir.resolve("c.yaml");
        Files.writeString(f, """
                diagnoses:
                  - id: MINE
                    title: t
                    kind: cause
                    layer: l
                    severity: high
                    order: 1
                    explanation: x
                    sources: [s]
                    fix:
                """ + fixes + """
                  - id: THEIRS
                    title: t
                    kind: cause
                    layer: l
                    severity: high
                    order: 2
                    explanation: x
                    sources: [s]
                    fix:
                      - {step: s, powershell: "Get-Item '{theirs}'"}
                """ + questions);
        return new QuotingContract(Catalogue.read(List.of(f), Path::toString), id -> !id.equals("THEIRS"));
    }

    private QuotingContract contract(String fixes) throws Exception {
        return contract(fixes, "");
    }

    @Test
    void itCollectsEveryCommandOfOurEntriesWithWhereItIsAndItsShell() throws Exception {
        QuotingContract c = contract("""
                      - step: one
                        powershell: "Get-ADUser '{user}' -Properties x"
                        cmd: "net user \\"{user}\\""
                        command: "mstsc /v:{host}"
                        backup: "reg export \\"HKLM\\\\{key}\\" C:\\\\b.reg /y"
                        undo: "Set-Service '{svc}'"
                      - step: two
                        cmd: "sc query {svc}"
                    verify:
                      powershell: "Test-NetConnection -Port {port}"
                      cmd: "netstat -an"
                      command: "nc -z {host} {port}"
                      expect: listening
                """, """
                questions:
                  - {id: Q-MINE, ask: a, where: server, order: 1, outcomes: [{result: r, means: m}],
                     powershell: "Get-Service '{svc}'", cmd: "sc query {svc}"}
                  - {id: THEIRS-Q, ask: a, where: server, order: 1, outcomes: [{result: r, means: m}], powershell: "Get-Item {x}"}
                """);
        assertThat(c.templates()).extracting(t -> t.where() + " " + t.field() + " " + t.shell()).containsExactly(
                "MINE fix 1 powershell POWERSHELL", "MINE fix 1 cmd CMD", "MINE fix 1 command ANY", "MINE fix 1 backup BOTH",
                "MINE fix 1 undo POWERSHELL", "MINE fix 2 cmd CMD",
                "MINE verify powershell POWERSHELL", "MINE verify cmd CMD", "MINE verify command ANY",
                "Q-MINE powershell POWERSHELL", "Q-MINE cmd CMD", "THEIRS-Q powershell POWERSHELL");
        assertThat(c.templates()).extracting(QuotingContract.Template::id).containsOnly("MINE", "Q-MINE", "THEIRS-Q");
        assertThat(c.templates().get(9).names()).containsExactly("svc");
        assertThat(c.placeholders()).containsExactly("user", "host", "key", "svc", "port", "x");
        // a typed placeholder gets its type's example, another a plain word, each its own
        assertThat(c.benignValues()).containsEntry("port", ValueTypes.example("port")).hasSize(6);
        assertThat(c.benignValues().values()).doesNotHaveDuplicates()
                .allSatisfy(v -> assertThat(ShellQuoting.isPlainWord(v, Shell.ANY)).isTrue());
        assertThat(c.benignProblems()).isEmpty();
        assertThat(c.hostileProblems()).isEmpty();
        int[] n = c.counts();
        int names = c.templates().stream().mapToInt(t -> t.names().size()).sum();
        assertThat(n[0]).isEqualTo(names * QuotingContract.HOSTILE.size());
        assertThat(n[1] + n[2]).isEqualTo(n[0]);
        assertThat(n[1]).isPositive();
        assertThat(n[2]).isPositive();
    }

    @Test
    void aTemplateThatDoesNotTokenizeWithOrdinaryValuesIsAProblem() throws Exception {
        QuotingContract c = contract("""
                      - {step: s, powershell: "Get-Item '{path}"}
                      - {step: s, backup: "reg export \\"{key} x"}
                      - {step: s, cmd: "echo \\"{key}"}
                """);
        assertThat(c.benignProblems()).extracting(QuotingContract.Problem::id).containsExactly("MINE", "MINE");
        assertThat(c.benignProblems()).extracting(QuotingContract.Problem::message).satisfiesExactly(
                m -> assertThat(m).startsWith("MINE fix 1 powershell: unterminated single-quoted string").endsWith("Get-Item 'Benign0x"),
                m -> assertThat(m).startsWith("MINE fix 2 backup: unterminated double-quoted string"));
    }

    @Test
    void aValueInsideASubexpressionOfADoubleQuotedStringIsCaught() throws Exception {
        List<QuotingContract.Problem> p = contract("""
                      - {step: s, powershell: "Write-Output \\"$(Get-Item {path})\\""}
                """).hostileProblems();
        assertThat(p).isNotEmpty().allSatisfy(x -> assertThat(x.message()).startsWith("MINE fix 1 powershell {path} = ")
                .endsWith("(docs/writing-rules.md, \"Placeholders in commands\")"));
        assertThat(p).anySatisfy(x -> assertThat(x.message()).startsWith("MINE fix 1 powershell {path} = two words: token 1 is ")
                .contains("expected one string literal"));
    }

    @Test
    void aValueOnlyInACommentIsInNoToken() throws Exception {
        List<QuotingContract.Problem> p = contract("""
                      - {step: s, powershell: "Get-Service TermService # for {user}"}
                """).hostileProblems();
        assertThat(p).isNotEmpty().allSatisfy(x -> assertThat(x.message()).contains("the value is in no token"));
    }

    @Test
    void aCmdValueAfterAnUnclosedQuoteIsNotInsideQuotes() throws Exception {
        QuotingContract c = contract("""
                      - {step: s, cmd: "net user \\"{user}"}
                """);
        List<QuotingContract.Problem> p = c.hostileProblems();
        assertThat(p).isNotEmpty().allSatisfy(x -> assertThat(x.message()).contains("the value is not inside \"...\""));
        assertThat(p).anySatisfy(x -> assertThat(x.message()).startsWith("MINE fix 1 cmd {user} = two words: "));
    }

    @Test
    void aCmdCommandThatHoldsTheValueTwiceDiffersBeyondIt() throws Exception {
        List<QuotingContract.Problem> p = contract("""
                      - {step: s, cmd: "echo \\"two words\\" \\"{user}\\""}
                """).hostileProblems();
        assertThat(p).singleElement().satisfies(x -> assertThat(x.message())
                .startsWith("MINE fix 1 cmd {user} = two words: the command differs from the template beyond the value"));
    }

    @Test
    void forEitherShellThePowerShellReadingIsCheckedFirst() throws Exception {
        List<QuotingContract.Problem> p = contract("""
                      - {step: s, backup: "reg export HKLM\\\\x C:\\\\b.reg # {key}"}
                """).hostileProblems();
        assertThat(p).isNotEmpty().allSatisfy(x -> assertThat(x.message()).contains("backup {key} = ").contains(": as PowerShell: the value is in no token"));
    }

    @Test
    void valuesInMessagesAreShownVisiblyAndShort() {
        assertThat(QuotingContract.visible("a\u001b[2J\u202e")).isEqualTo("a\\u001b[2J\\u202e");
        assertThat(QuotingContract.visible("x".repeat(60))).isEqualTo("x".repeat(60));
        assertThat(QuotingContract.visible("x".repeat(61))).isEqualTo("x".repeat(60) + "...(61 characters)");
    }
    @Test
    void aValueThatBecomesPartOfAVariableNameIsCaught() throws Exception {
        List<QuotingContract.Problem> p = contract("""
                      - {step: s, powershell: "Write-Output $env:{name} done"}
                """).hostileProblems();
        assertThat(p).anySatisfy(x -> assertThat(x.message()).startsWith("MINE fix 1 powershell {name} = x\\: tokens differ: "));
    }
}
