package io.rdpdoctor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdpdoctor.knowledge.CommandFiller.Filled;
import io.rdpdoctor.knowledge.ShellQuoting.Shell;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Where a placeholder sits decides how its value is written (docs/writing-rules.md, "Placeholders
 * in commands"): quotes, escapes, comments, whole arguments, and what the filled command reports.
 */
class CommandFillerContextTest {

    private static final String SPACED = "a b";

    private static String ps(String template, String value) {
        return CommandFiller.fill(Shell.POWERSHELL, template, Map.of("v", value)).command();
    }

    private static String cmd(String template, String value) {
        return CommandFiller.fill(Shell.CMD, template, Map.of("v", value)).command();
    }

    @Test
    void aPowerShellBacktickEscapesTheQuoteAfterIt() {
        // `' is a literal quote: the placeholder after it is bare, a whole argument, and gets quoted
        assertThat(ps("Write-Output `' {v}", SPACED)).isEqualTo("Write-Output `' 'a b'");
        // inside "...", `" does not end the string
        assertThat(ps("Write-Output \"x`\" {v}\"", "a$b")).isEqualTo("Write-Output \"x`\" a`$b\"");
        // "" inside "..." is a quote, not the end
        assertThat(ps("Write-Output \"x\"\" {v}\"", "a$b")).isEqualTo("Write-Output \"x\"\" a`$b\"");
        // '' inside '...' is a quote, not the end
        assertThat(ps("Write-Output 'x'' {v}'", "a'b")).isEqualTo("Write-Output 'x'' a''b'");
        // typographic quotes open and close strings as plain ones do
        assertThat(ps("Write-Output ‘{v}’", "a'b")).isEqualTo("Write-Output ‘a''b’");
        assertThat(ps("Write-Output “{v}”", "a$b")).isEqualTo("Write-Output “a`$b”");
        // after a closed string the placeholder is bare again
        assertThat(ps("Write-Output 'x' {v}", SPACED)).isEqualTo("Write-Output 'x' 'a b'");
        assertThat(ps("Write-Output \"x\" {v}", SPACED)).isEqualTo("Write-Output \"x\" 'a b'");
    }

    @Test
    void aCommentStartsAtATokenAndEndsAtTheLineBreak() {
        // # inside a word is not a comment: the placeholder stays bare in a longer word
        assertThat(CommandFiller.fill(Shell.POWERSHELL, "Get-Item C:\\a#{v}", Map.of("v", SPACED)).isWithheld()).isTrue();
        assertThat(ps("#{v}", SPACED)).isEqualTo("#a b");
        assertThat(ps("Get-Item x;# {v}", SPACED)).isEqualTo("Get-Item x;# a b");
        assertThat(ps("Get-Item x # note\nGet-Item {v}", SPACED)).isEqualTo("Get-Item x # note\nGet-Item 'a b'");
        assertThat(ps("Get-Item x # note\rGet-Item {v}", SPACED)).isEqualTo("Get-Item x # note\rGet-Item 'a b'");
        // a quote inside a comment opens nothing
        assertThat(ps("Get-Item x # it's\nGet-Item {v}", SPACED)).isEqualTo("Get-Item x # it's\nGet-Item 'a b'");
    }

    @Test
    void aWholePowerShellArgumentIsBoundedBySpacesOrItsPunctuation() {
        for (String t : new String[] {"({v})", "@({v},x)", "x,{v}", "x;{v};", "x|{v}|y", "{{v}}", "x {v}\ty"}) {
            assertThat(CommandFiller.fill(Shell.POWERSHELL, t, Map.of("v", SPACED)).command()).as(t).contains("'a b'");
        }
        for (String t : new String[] {"x{v}", "{v}x", "x.{v}", "{v}.x", "x:{v}", "[{v}]"}) {
            assertThat(CommandFiller.fill(Shell.POWERSHELL, t, Map.of("v", SPACED)).isWithheld()).as(t).isTrue();
        }
        // at the very start and the very end a placeholder is whole
        assertThat(ps("{v}", SPACED)).isEqualTo("'a b'");
        assertThat(ps("{v}", "-x")).isNull();
    }

    @Test
    void aWholeCmdArgumentIsBoundedBySpacesOnly() {
        assertThat(cmd("{v}", SPACED)).isEqualTo("\"a b\"");
        assertThat(cmd("echo {v}\tx", SPACED)).isEqualTo("echo \"a b\"\tx");
        for (String t : new String[] {"x,{v}", "({v})", "x={v}", "{v};"}) {
            assertThat(CommandFiller.fill(Shell.CMD, t, Map.of("v", SPACED)).isWithheld()).as(t).isTrue();
        }
        // an option-like value inside a longer word is just part of it
        assertThat(cmd("x=/{v}", "-y")).isEqualTo("x=/-y");
        assertThat(cmd("echo {v}", "-y")).isNull();
    }

    @Test
    void cmdQuotesAndCaretsDecideWhereAValueSits() {
        // ^" is a literal quote outside quotes, so the value after it is bare (and quoted as a whole)
        assertThat(cmd("echo ^\" {v}", SPACED)).isEqualTo("echo ^\" \"a b\"");
        // inside quotes ^ is plain and the next " closes them
        assertThat(cmd("echo \"x^\" {v}", SPACED)).isEqualTo("echo \"x^\" \"a b\"");
        assertThat(cmd("echo \"x\" \"{v}\"", SPACED)).isEqualTo("echo \"x\" \"a b\"");
        // a caret at the very end escapes nothing
        assertThat(cmd("echo {v} ^", "x")).isEqualTo("echo x ^");
    }

    @Test
    void aTrailingBackslashIsRefusedOnlyBeforeAClosingQuote() {
        assertThat(cmd("reg query \"HKLM\\{v}\" /s", "a\\")).isNull();
        assertThat(CommandFiller.fill(Shell.CMD, "reg query \"HKLM\\{v}\" /s", Map.of("v", "a\\")).withheld().get(0).problem())
                .isEqualTo("ends with \\ before a closing quote, which a program reads as a quote");
        assertThat(cmd("copy \"C:\\{v}\\x.txt\" y", "a\\")).isEqualTo("copy \"C:\\a\\\\x.txt\" y");
        // a bare whole argument that needs quotes may not end with \ either
        assertThat(cmd("dir {v} /s", "a b\\")).isNull();
        assertThat(cmd("dir {v} /s", "C:\\dir\\")).isEqualTo("dir C:\\dir\\ /s");
        // an unterminated quote at the end has no closing quote after the value
        assertThat(cmd("echo \"{v}", "a\\")).isEqualTo("echo \"a\\");
    }

    @Test
    void theReasonsForWithholdingNameTheShellAndTheCharacter() {
        assertThat(CommandFiller.fill(Shell.POWERSHELL, "Get-ADUser {v}", Map.of("v", "-Filter")).withheld().get(0).problem())
                .isEqualTo("starts with -, so the command would take it for a parameter");
        assertThat(CommandFiller.fill(Shell.CMD, "net user {v}", Map.of("v", "/delete")).withheld().get(0).problem())
                .isEqualTo("starts with /, so the command would take it for an option");
        assertThat(CommandFiller.fill(Shell.CMD, "net user {v}", Map.of("v", "a b&c")).withheld().get(0).problem())
                .isEqualTo("contains &, which cmd cannot quote");
        assertThat(CommandFiller.fill(Shell.CMD, "x/{v}", Map.of("v", SPACED)).withheld().get(0).problem())
                .contains("stands inside a longer word of the cmd command");
        assertThat(CommandFiller.fill(Shell.POWERSHELL, "x/{v}", Map.of("v", SPACED)).withheld().get(0).problem())
                .contains("stands inside a longer word of the PowerShell command");
        assertThat(CommandFiller.fill(Shell.ANY, "mstsc /v:{v}", Map.of("v", SPACED)).withheld().get(0).problem())
                .startsWith("is not a plain word");
        assertThat(CommandFiller.fill(Shell.BOTH, "net user {v}", Map.of("v", "a$b c")).withheld().get(0).problem())
                .startsWith("cannot be written the same way for PowerShell and for cmd");
    }

    @Test
    void anotherToolRefusesAnOptionAsAWholeArgumentButNotInsideAWord() {
        assertThat(CommandFiller.fill(Shell.ANY, "gcloud x {v}", Map.of("v", "--force")).isWithheld()).isTrue();
        assertThat(CommandFiller.fill(Shell.ANY, "mstsc /v:{v}", Map.of("v", "-x")).command()).isEqualTo("mstsc /v:-x");
    }

    @Test
    void forEitherShellTheValueMustReadTheSameInBoth() {
        // the same text in both: a plain word, or a quoted one where each keeps it literal
        assertThat(CommandFiller.fill(Shell.BOTH, "reg export \"HKLM\\{v}\" x", Map.of("v", "Svc 1")).command())
                .isEqualTo("reg export \"HKLM\\Svc 1\" x");
        // a whole bare argument goes in "..." when neither shell changes it there
        assertThat(CommandFiller.fill(Shell.BOTH, "net user {v}", Map.of("v", "a'b c")).command()).isEqualTo("net user \"a'b c\"");
        // ...but not with a trailing backslash, nor when only one shell reads it as a whole argument
        assertThat(CommandFiller.fill(Shell.BOTH, "net user {v}", Map.of("v", "a b\\")).isWithheld()).isTrue();
        assertThat(CommandFiller.fill(Shell.BOTH, "net user ({v})", Map.of("v", SPACED)).isWithheld()).isTrue();
        // PowerShell's single quotes are not cmd's
        assertThat(CommandFiller.fill(Shell.BOTH, "net user '{v}'", Map.of("v", SPACED)).isWithheld()).isTrue();
        assertThat(CommandFiller.fill(Shell.BOTH, "net user '{v}'", Map.of("v", "ab")).command()).isEqualTo("net user 'ab'");
    }

    @Test
    void whatIsMissingIsListedOnceInOrderAndMakesTheCommandIncomplete() {
        Filled f = CommandFiller.fill(Shell.POWERSHELL, "x {b} {a} {b} {c}", Map.of("c", "1"));
        assertThat(f.command()).isEqualTo("x <b> <a> <b> 1");
        assertThat(f.missing()).containsExactly("b", "a");
        assertThat(f.incomplete()).isTrue();
        assertThat(f.isWithheld()).isFalse();
        assertThat(f.template()).isNull();
        assertThat(f.withheld()).isEmpty();
        Filled full = CommandFiller.fill(Shell.POWERSHELL, "x {c}", Map.of("c", "1"));
        assertThat(full.incomplete()).isFalse();
        assertThat(full.missing()).isEmpty();
    }

    @Test
    void aValueRejectedTwiceIsNamedOnceAndEveryPlaceIsMarked() {
        Filled f = CommandFiller.fill(Shell.POWERSHELL, "x {u}y '{u}' {w} {v}z", Map.of("u", SPACED, "v", "c d", "w", "ok"));
        assertThat(f.template()).isEqualTo("x <u>y '<u>' ok <v>z");
        assertThat(f.withheld()).extracting(CommandFiller.Rejected::name).containsExactly("u", "v");
        assertThat(f.withheld()).extracting(CommandFiller.Rejected::value).containsExactly(SPACED, "c d");
        assertThat(f.isWithheld()).isTrue();
    }

    @Test
    void theFieldNameChoosesTheShell() {
        assertThat(CommandFiller.fill("cmd", "net user {v}", Map.of("v", SPACED)).command()).isEqualTo("net user \"a b\"");
        assertThat(CommandFiller.fill("powershell", "net user {v}", Map.of("v", SPACED)).command()).isEqualTo("net user 'a b'");
        assertThat(CommandFiller.fill("command", "mstsc {v}", Map.of("v", SPACED)).isWithheld()).isTrue();
        assertThat(CommandFiller.fill("cmd", null, Map.of())).isNull();
    }

    @Test
    void bracesThatAreNotPlaceholdersAreLeftAsTheyAre() {
        assertThat(ps("Get-X | % { $_.Name } {v} {1}", SPACED)).isEqualTo("Get-X | % { $_.Name } 'a b' {1}");
        assertThat(cmd("echo {v} {", "x")).isEqualTo("echo x {");
        assertThat(cmd("echo { \"{v}\"", SPACED)).isEqualTo("echo { \"a b\"");
        assertThat(ps("{ '{v}'", "a'b")).isEqualTo("{ 'a''b'");
    }
}
