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
    void aPlaceholderWithoutAValueShowsWhatToPutThere() {
        assertThat(Templates.fill("Stop-Process -Id {pid}", Map.of())).isEqualTo("Stop-Process -Id <pid>");
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
}
