package io.rdpdoctor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdpdoctor.knowledge.PowerShellGrammar.Parsed;
import io.rdpdoctor.knowledge.PowerShellGrammar.Request;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The distribution's PowerShell launcher (src/dist/bin/rdp-doctor.ps1) parses without an ERROR or
 * MISSING node in tree-sitter's PowerShell grammar ({@link PowerShellGrammar}): the build machine has
 * no PowerShell, and src/test/dist/dist-test.sh checks the launcher's structure only.
 */
class LauncherScriptGrammarTest {

    static final Path LAUNCHER = Path.of("src", "dist", "bin", "rdp-doctor.ps1");

    @Test
    void thePowerShellLauncherParses() throws IOException {
        String script = Files.readString(LAUNCHER);
        // The same script with its last closing brace taken out must not parse: the check can fail.
        String broken = script.substring(0, script.lastIndexOf('}')) + script.substring(script.lastIndexOf('}') + 1);
        List<Parsed> parsed = PowerShellGrammar.parse(List.of(new Request(script, false), new Request(broken, false)));
        assertThat(parsed.get(0).errors()).as("syntax errors in " + LAUNCHER).isEmpty();
        assertThat(parsed.get(1).errors()).as("syntax errors in " + LAUNCHER + " without its last '}'").isNotEmpty();
    }
}
