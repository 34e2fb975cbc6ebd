package io.rdpdoctor.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdpdoctor.TestRules;
import io.rdpdoctor.knowledge.Catalogue;
import io.rdpdoctor.knowledge.DiagnosisDef;
import io.rdpdoctor.knowledge.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the bundled catalogue owes the knowledge inventory, and the locale check's own test. The
 * checks every rules directory must pass (commands that work on a Windows in any language, risky
 * steps with their warning, backup and undo, a verification at the end) are RuleContract's, run on
 * the bundled rules by RuleContractTest and on an author's by test-rules.
 */
class FixContractTest {

    private final Catalogue catalogue = TestRules.bundled().catalogue();

    private static String firstMatch(List<java.util.regex.Pattern> patterns, String text) {
        return RuleContract.firstMatch(patterns, text);
    }

    private static final List<java.util.regex.Pattern> LOCALIZED = RuleContract.LOCALIZED;

    @Test
    void theLocaleCheckCatchesALocalizedName() {
        assertThat(firstMatch(LOCALIZED, "Enable-NetFirewallRule -DisplayGroup \"Remote Desktop\"")).isNotNull();
        assertThat(firstMatch(LOCALIZED, "net localgroup \"Remote Desktop Users\" CORP\\jdoe /add")).isNotNull();
        assertThat(firstMatch(LOCALIZED, "icacls C:\\x /grant \"BUILTIN\\Administrators:F\"")).isNotNull();
        assertThat(firstMatch(LOCALIZED, "Enable-NetFirewallRule -Group '@FirewallAPI.dll,-28752'")).isNull();
        assertThat(firstMatch(LOCALIZED, "icacls C:\\x /grant *S-1-5-32-544:F")).isNull();
    }

    @Test
    void everyDiagnosisBeyondTheInventoryCitesAPublicSource() throws IOException {
        Set<String> inventory = inventoryIds();
        List<String> problems = new ArrayList<>();
        for (DiagnosisDef d : catalogue.diagnoses()) {
            boolean fromInventory = inventory.contains(d.id()) || !d.inventory().isEmpty();
            if (!fromInventory && d.kind() != Kind.SYMPTOM && d.sources().stream().noneMatch(s -> s.contains("https://"))) {
                problems.add(d.id() + ": knowledge beyond the inventory must cite a public source (a URL)");
            }
        }
        assertThat(problems).isEmpty();
    }

    /** The ids in the tables of docs/knowledge-inventory.md (a copy of shared/KNOWLEDGE.md). */
    static Set<String> inventoryIds() throws IOException {
        Set<String> ids = new LinkedHashSet<>();
        Pattern row = Pattern.compile("^\\|\\s*([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*)\\s*\\|");
        for (String line : Files.readAllLines(Path.of("docs/knowledge-inventory.md"))) {
            Matcher m = row.matcher(line);
            if (m.find()) ids.add(m.group(1));
        }
        return ids;
    }

    @Test
    void theInventoryIsRead() throws IOException {
        assertThat(inventoryIds()).contains("RDP-DISABLED", "LISTENER-MISSING", "CREDSSP-ORACLE", "SEC-SELF-SIGNED").contains("MTU", "AUDIO", "LICENSING").hasSize(37);
    }

    @Test
    void everyRowOfTheInventoryIsTraceableToARule() throws IOException {
        Set<String> traced = new LinkedHashSet<>();
        for (DiagnosisDef d : catalogue.diagnoses()) {
            traced.add(d.id());
            traced.addAll(d.inventory());
        }
        Set<String> missing = new LinkedHashSet<>(inventoryIds());
        missing.removeAll(traced);
        assertThat(missing).as("inventory rows with no diagnosis of that id and none listing it under inventory:").isEmpty();
    }

    @Test
    void atLeastFortyDiagnosesComeFromPracticeBeyondTheInventory() throws IOException {
        Set<String> inventory = inventoryIds();
        long beyond = catalogue.diagnoses().stream()
                .filter(d -> !inventory.contains(d.id()) && d.inventory().stream().noneMatch(inventory::contains))
                .filter(d -> d.sources().stream().anyMatch(s -> s.contains("https://")))
                .count();
        assertThat(beyond).isGreaterThanOrEqualTo(40);
    }
}
