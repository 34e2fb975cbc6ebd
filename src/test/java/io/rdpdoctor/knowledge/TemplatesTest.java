package io.rdpdoctor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplatesTest {

    @Test
    void fillsPlaceholdersWithTheFindingsValues() {
        assertThat(Templates.fill("netstat -ano | findstr :{port}", Map.of("port", "3390")))
                .isEqualTo("netstat -ano | findstr :3390");
        assertThat(Templates.fill("{a}{b}-{a_1}", Map.of("a", "x", "b", "y", "a_1", "z"))).isEqualTo("xy-z");
    }

    @Test
    void anOptionalFragmentIsLeftOutWhenOneOfItsValuesIsMissing() {
        String t = "TermService did not start[ (start type {startType})].";
        assertThat(Templates.fill(t, Map.of("startType", "disabled"))).isEqualTo("TermService did not start (start type disabled).");
        assertThat(Templates.fill(t, Map.of())).isEqualTo("TermService did not start.");
        assertThat(Templates.fill("[ ({gpo}, linked at {scope})]", Map.of("gpo", "G"))).isEmpty();
    }

    @Test
    void aFragmentsAlternativeStandsInForIt() {
        String t = "A firewall outside the host blocks [TCP {port}|the RDP port]";
        assertThat(Templates.fill(t, Map.of("port", "3390"))).isEqualTo("A firewall outside the host blocks TCP 3390");
        assertThat(Templates.fill(t, Map.of())).isEqualTo("A firewall outside the host blocks the RDP port");
    }

    @Test
    void fragmentsNestAndBracketsWithoutAPlaceholderArePlainText() {
        String t = "held by [PID {pid}[ ({owner})]|another process] [x]";
        assertThat(Templates.fill(t, Map.of("pid", "7", "owner", "java.exe"))).isEqualTo("held by PID 7 (java.exe) [x]");
        assertThat(Templates.fill(t, Map.of("pid", "7"))).isEqualTo("held by PID 7 [x]");
        assertThat(Templates.fill(t, Map.of("owner", "java.exe"))).isEqualTo("held by another process [x]");
    }

    @Test
    void aPlaceholderOutsideAFragmentNeverShowsItsName() {
        assertThat(Templates.fill("on the {profile} profile", Map.of())).isEqualTo("on the " + Templates.UNKNOWN + " profile");
        assertThat(Templates.unguarded("on the {profile} profile [of {host}] {x}")).containsExactly("profile", "x");
        assertThat(Templates.unguarded("on the[ {profile}] profile")).isEmpty();
    }

    @Test
    void aListValueReadsAsAListPhrase() {
        assertThat(Templates.valueText(java.util.List.of("ls01", "ls02", "ls03"))).isEqualTo("ls01, ls02 and ls03");
        assertThat(Templates.valueText(java.util.List.of("ls01", "ls02"))).isEqualTo("ls01 and ls02");
        assertThat(Templates.valueText(java.util.List.of("ls01"))).isEqualTo("ls01");
        assertThat(Templates.valueText(java.util.List.of())).isNull();
        assertThat(Templates.valueText(3389)).isEqualTo("3389");
        assertThat(io.rdpdoctor.diagnosis.Finding.confirmed("X").with("licenseServer", java.util.List.of("a", "b")).values())
                .containsEntry("licenseServer", "a and b");
    }

    @Test
    void bracesThatAreNotPlaceholdersStayAsWritten() {
        String ps = "Get-NetFirewallRule | Where-Object { $_.Enabled -eq 'True' } ; ${env:ComputerName} {1x} {";
        assertThat(Templates.fill(ps, Map.of("_", "no"))).isEqualTo(ps);
        assertThat(Templates.fill("{ {port} }", Map.of("port", "3389"))).isEqualTo("{ 3389 }");
    }

    @Test
    void valuesAreInsertedLiterallyEvenWithDollarsAndBackslashes() {
        assertThat(Templates.fill("reg query \"{key}\"", Map.of("key", "HKLM\\SOFTWARE\\$x")))
                .isEqualTo("reg query \"HKLM\\SOFTWARE\\$x\"");
    }

    @Test
    void textWithoutPlaceholdersAndNullPassThrough() {
        assertThat(Templates.fill("plain", Map.of())).isEqualTo("plain");
        assertThat(Templates.fill(null, Map.of())).isNull();
        assertThat(Templates.placeholders("{a} and {b} and {a}")).containsExactly("a", "b");
    }
    @Test
    void aBracketThatIsNeverClosedIsPlainText() {
        assertThat(Templates.fill("open [ {port} here", Map.of("port", "1"))).isEqualTo("open [ 1 here");
        assertThat(Templates.fill("open [ {port} here", Map.of())).isEqualTo("open [ " + Templates.UNKNOWN + " here");
        assertThat(Templates.unguarded("open [ {port} here")).containsExactly("port");
        assertThat(Templates.fill("a] [b {x}]", Map.of())).isEqualTo("a] ");
    }

    @Test
    void anAlternativeInANestedFragmentBelongsToIt() {
        String t = "[host {host}[ port {port}|, default port]|no host]";
        assertThat(Templates.fill(t, Map.of("host", "h", "port", "1"))).isEqualTo("host h port 1");
        assertThat(Templates.fill(t, Map.of("host", "h"))).isEqualTo("host h, default port");
        assertThat(Templates.fill(t, Map.of("port", "1"))).isEqualTo("no host");
        assertThat(Templates.fill(t, Map.of())).isEqualTo("no host");
        // a fragment is decided by its own placeholders, not by those of fragments nested in it
        assertThat(Templates.fill("[a {a}[ b {b}] c]", Map.of("a", "1"))).isEqualTo("a 1 c");
        assertThat(Templates.fill("[a {a}[ b {b}] c]", Map.of("b", "2"))).isEmpty();
        // ...and by those after a nested fragment too
        assertThat(Templates.fill("[a {a}[ b {b}] {c}]", Map.of("a", "1"))).isEmpty();
        assertThat(Templates.fill("[a {a}[ b {b}] {c}]", Map.of("a", "1", "c", "3"))).isEqualTo("a 1 3");
    }

    @Test
    void aPlaceholderIsALetterThenLettersDigitsOrUnderscores() {
        Map<String, String> v = Map.of("a", "A", "a1", "B", "x_y", "C");
        assertThat(Templates.fill("{a} {a1} {x_y} {1a} {_a} {a-b} {a b} {} {a", v)).isEqualTo("A B C {1a} {_a} {a-b} {a b} {} {a");
        assertThat(Templates.fill("{", v)).isEqualTo("{");
        assertThat(Templates.fill("{z}{Z}{A}{b9}{az}", Map.of("z", "1", "Z", "2", "A", "3", "b9", "4", "az", "5"))).isEqualTo("12345");
        assertThat(Templates.fill("{a`} {a@} {a[} {a{}", v)).isEqualTo("{a`} {a@} {a[} {a{}");
        assertThat(Templates.fill("x{a}", v)).isEqualTo("xA");
        assertThat(Templates.placeholders("{a} {a1} {x_y} {1a} {_a} {a-b} {} {a")).containsExactly("a", "a1", "x_y");
        assertThat(Templates.placeholders(null)).isEmpty();
        // brackets around something that is not a placeholder stay text
        assertThat(Templates.fill("[{1a}] [{_} x]", v)).isEqualTo("[{1a}] [{_} x]");
    }

    @Test
    void unguardedLooksOutsideEveryFragmentOnly() {
        assertThat(Templates.unguarded(null)).isEmpty();
        assertThat(Templates.unguarded("[no placeholder] {a} [x {b}|{c}] [{d}[ {e}]] {f}")).containsExactly("a", "f");
        assertThat(Templates.unguarded("[plain] {z} {y}")).containsExactly("y", "z");
        assertThat(Templates.unguarded("{1a} {a")).isEmpty();
    }

    @Test
    void genericProseReadsAsWithNoValueKnown() {
        assertThat(Templates.generic("blocks [TCP {port}|the RDP port][ for {user}]")).isEqualTo("blocks the RDP port");
        assertThat(Templates.generic(null)).isNull();
    }

    @Test
    void aListPhraseSkipsNullItemsAndAnyOtherValueIsItsString() {
        java.util.List<String> withNull = new java.util.ArrayList<>(java.util.Arrays.asList("a", null, "b"));
        assertThat(Templates.valueText(withNull)).isEqualTo("a and b");
        assertThat(Templates.valueText(java.util.Collections.singletonList(null))).isNull();
        assertThat(Templates.valueText(new java.util.TreeSet<>(java.util.List.of("z", "y", "x")))).isEqualTo("x, y and z");
        assertThat(Templates.valueText(null)).isNull();
        assertThat(Templates.valueText(true)).isEqualTo("true");
    }
}
