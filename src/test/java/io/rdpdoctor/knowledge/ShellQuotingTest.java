package io.rdpdoctor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rdpdoctor.knowledge.ShellQuoting.Shell;
import org.junit.jupiter.api.Test;

/** The rules for writing a host's value into a command, each on its own (docs/writing-rules.md, "Placeholders in commands"). */
class ShellQuotingTest {

    @Test
    void controlCharactersAreC0DelC1BidiControlsAndLineSeparators() {
        for (char c : new char[] {0, '\t', '\n', '\r', 0x1b, 0x1f, 0x7f, 0x85, 0x9f, 0x061c, 0x200e, 0x200f,
                0x2028, 0x2029, 0x202a, 0x202e, 0x2066, 0x2069}) {
            assertThat(ShellQuoting.isControl(c)).as("U+%04X", (int) c).isTrue();
        }
        for (char c : new char[] {' ', '~', 'a', 0xa0, 0xe9, 0x061b, 0x200d, 0x2010, 0x2027, 0x202f, 0x2065, 0x206a, '’'}) {
            assertThat(ShellQuoting.isControl(c)).as("U+%04X", (int) c).isFalse();
        }
        assertThat(ShellQuoting.hasControl("plain text, ’quoted’")).isFalse();
        assertThat(ShellQuoting.hasControl("last\u0007")).isTrue();
        assertThat(ShellQuoting.hasControl("\u202eb")).isTrue();
    }

    @Test
    void aValueNoShellTakesIsNamedWithItsReason() {
        assertThat(ShellQuoting.generalProblem("user", "ab\u001bc")).isEqualTo("contains a control character (U+001B)");
        assertThat(ShellQuoting.generalProblem("user", "a\u202eb")).isEqualTo("contains a control character (U+202E)");
        assertThat(ShellQuoting.generalProblem("user", "x".repeat(ShellQuoting.MAX_LENGTH + 1))).isEqualTo("is longer than 1024 characters");
        assertThat(ShellQuoting.generalProblem("user", "x".repeat(ShellQuoting.MAX_LENGTH))).isNull();
        assertThat(ShellQuoting.generalProblem("user", "")).isEqualTo("is empty");
        assertThat(ShellQuoting.generalProblem("port", "http")).isEqualTo("is not a port number (1-65535)");
        assertThat(ShellQuoting.generalProblem("user", "O'Brien & co")).isNull();
    }

    @Test
    void powerShellQuotesInBothFormsAreRecognised() {
        for (char c : "'‘’‚‛".toCharArray()) {
            assertThat(ShellQuoting.isPsSingleQuote(c)).as("%c", c).isTrue();
            assertThat(ShellQuoting.isPsDoubleQuote(c)).as("%c", c).isFalse();
        }
        for (char c : "\"“”„".toCharArray()) {
            assertThat(ShellQuoting.isPsDoubleQuote(c)).as("%c", c).isTrue();
            assertThat(ShellQuoting.isPsSingleQuote(c)).as("%c", c).isFalse();
        }
        assertThat(ShellQuoting.isPsSingleQuote('`')).isFalse();
    }

    @Test
    void singleQuotedContentDoublesEachSingleQuoteOnly() {
        assertThat(ShellQuoting.psSingleQuoted("it's ‘a’ ‚b‛ \"c\" $d `e")).isEqualTo("it''s ‘‘a’’ ‚‚b‛‛ \"c\" $d `e");
        assertThat(ShellQuoting.psSingleQuoted("")).isEmpty();
    }

    @Test
    void doubleQuotedContentEscapesBacktickDollarAndDoubleQuotes() {
        assertThat(ShellQuoting.psDoubleQuoted("a`b$c\"d“e”f„g'h")).isEqualTo("a``b`$c`\"d`“e`”f`„g'h");
        assertThat(ShellQuoting.psDoubleQuoted("plain")).isEqualTo("plain");
    }

    @Test
    void cmdCannotQuoteItsSpecialCharacters() {
        for (char c : "\"%^&|<>!".toCharArray()) {
            assertThat(ShellQuoting.cmdQuotedProblem("ab" + c + "cd")).isEqualTo("contains " + c + ", which cmd cannot quote");
        }
        assertThat(ShellQuoting.cmdQuotedProblem("John O'Brien (admin); $x `y")).isNull();
    }

    @Test
    void aPlainWordDependsOnTheShell() {
        assertThat(ShellQuoting.isPlainWord("Srv-01.corp_x:3389", Shell.ANY)).isTrue();
        assertThat(ShellQuoting.isPlainWord("az09AZ", Shell.ANY)).isTrue();
        assertThat(ShellQuoting.isPlainWord("C:\\b/x", Shell.ANY)).isFalse();
        assertThat(ShellQuoting.isPlainWord("C:\\b/x", Shell.POWERSHELL)).isTrue();
        assertThat(ShellQuoting.isPlainWord("C:\\b/x", Shell.CMD)).isTrue();
        assertThat(ShellQuoting.isPlainWord("C:\\b/x", Shell.BOTH)).isTrue();
        assertThat(ShellQuoting.isPlainWord("a,b@c+d", Shell.CMD)).isTrue();
        assertThat(ShellQuoting.isPlainWord("a,b", Shell.POWERSHELL)).isFalse();
        assertThat(ShellQuoting.isPlainWord("b@c", Shell.BOTH)).isFalse();
        assertThat(ShellQuoting.isPlainWord("c+d", Shell.ANY)).isFalse();
        for (String v : new String[] {"", "a b", "a'b", "é", "a;b", "a$b", "a`b", "a[b", "a{b", "a~b", "a@b"}) {
            assertThat(ShellQuoting.isPlainWord(v, Shell.POWERSHELL)).as(v).isFalse();
        }
    }

    @Test
    void anOptionStartsWithADashASlashOrATypographicDash() {
        for (String v : new String[] {"-Filter", "/delete", "–Force", "—x", "―x", "-"}) {
            assertThat(ShellQuoting.looksLikeOption(v)).as(v).isTrue();
        }
        for (String v : new String[] {"", "a-b", "a/b", "‐x", "x-"}) {
            assertThat(ShellQuoting.looksLikeOption(v)).as(v).isFalse();
        }
    }

    @Test
    void theShellOfAFieldAndItsLabel() {
        assertThat(Shell.of("powershell", null)).isEqualTo(Shell.POWERSHELL);
        assertThat(Shell.of("cmd", null)).isEqualTo(Shell.CMD);
        assertThat(Shell.of("backup", null)).isEqualTo(Shell.BOTH);
        assertThat(Shell.of("command", null)).isEqualTo(Shell.ANY);
        // a $variable, ${...} or $(...) is PowerShell; "$5" and "a$" are not variables
        assertThat(Shell.of("undo", "x $_ y")).isEqualTo(Shell.POWERSHELL);
        assertThat(Shell.of("undo", "x ${env:x}")).isEqualTo(Shell.POWERSHELL);
        assertThat(Shell.of("undo", "x $(y)")).isEqualTo(Shell.POWERSHELL);
        assertThat(Shell.of("command", "echo\n$x")).isEqualTo(Shell.POWERSHELL);
        assertThat(Shell.of("undo", "x $5 y$")).isEqualTo(Shell.BOTH);
        // a cmdlet is Verb-Noun as a word of its own
        assertThat(Shell.of("command", "Get-Service TermService")).isEqualTo(Shell.POWERSHELL);
        assertThat(Shell.of("command", "az vm run-command invoke")).isEqualTo(Shell.ANY);
        assertThat(Shell.of("command", "x-Get-Service")).isEqualTo(Shell.ANY);
        // cmd's operators
        assertThat(Shell.of("undo", "a && b")).isEqualTo(Shell.CMD);
        assertThat(Shell.of("undo", "a || b")).isEqualTo(Shell.CMD);
        assertThat(Shell.of("backup", "echo %TEMP%")).isEqualTo(Shell.CMD);
        assertThat(Shell.of("backup", "a & b")).isEqualTo(Shell.CMD);
        assertThat(Shell.of("backup", "a&b")).isEqualTo(Shell.BOTH);
        assertThat(Shell.of("undo", "Remove-Item x && y")).isEqualTo(Shell.POWERSHELL);
        assertThatThrownBy(() -> Shell.of("warning", "x")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("warning");
        assertThat(Shell.POWERSHELL.label()).isEqualTo("PowerShell");
        assertThat(Shell.CMD.label()).isEqualTo("cmd");
        assertThat(Shell.BOTH.label()).isEqualTo("PowerShell or cmd");
        assertThat(Shell.ANY.label()).isEqualTo("another tool");
    }
}
