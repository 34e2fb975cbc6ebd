package io.rdpdoctor.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdpdoctor.TestRules;
import io.rdpdoctor.knowledge.Catalogue;
import io.rdpdoctor.knowledge.DiagnosisDef;
import io.rdpdoctor.knowledge.FixStep;
import io.rdpdoctor.knowledge.Kind;
import io.rdpdoctor.knowledge.QuestionDef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What every fix in the catalogue must be: commands that work on a Windows in any language, risky
 * steps with their warning, backup and undo, and a verification at the end.
 */
class FixContractTest {

    private final Catalogue catalogue = TestRules.bundled().catalogue();

    /**
     * Names Windows translates. A command that names them breaks on a German or Dutch server: use
     * the group's resource id (@FirewallAPI.dll,-28752), SIDs (*S-1-5-32-555) and service names.
     */
    private static final List<Pattern> LOCALIZED = Stream.of(
            "-DisplayGroup", "-DisplayName\\s+['\"]?Remote Desktop", "name=\"?Remote Desktop", "group=\"?Remote Desktop",
            "localgroup\\s+\"?(Administrators|Remote Desktop Users|Users)\\b", "Remote Desktop Users", "BUILTIN\\\\",
            "\\bEveryone\\b", "NETWORK SERVICE", "\\bJeder\\b", "Iedereen", "Administratoren", "Remotedesktopbenutzer",
            "Tout le monde", "\\bTodos\\b", "VORDEFINIERT", "INGEBOUWD",
            "net (start|stop) \"Remote Desktop", "Get-Service -DisplayName", "Message -match")
            .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE)).toList();

    /** Steps that lower security, drop sessions or are hard to undo: they need a warning. */
    private static final List<Pattern> RISKY = Stream.of(
            "UserAuthentication\\D{1,40}\\b0\\b", "SetUserAuthenticationRequired\\(0\\)", "AllowEncryptionOracle\\D{1,40}\\b2\\b",
            "SecurityLayer\\D{1,40}\\b0\\b", "state off", "-Enabled\\s+False", "Remove-Item\\b.*RDP-Tcp", "reg delete\\b.*RDP-Tcp",
            "Restart-Service\\s+(-Name\\s+)?TermService", "net stop TermService", "icacls\\b.*MachineKeys.*(/grant|/reset|/setowner|/restore)",
            "winsock reset", "int ip reset", "\\blogoff\\b", "Stop-Process", "Uninstall-WindowsFeature", "GracePeriod")
            .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE)).toList();

    /** Of those, the ones that change configuration: they need a backup before and an undo after. */
    private static final List<Pattern> HARD_TO_UNDO = Stream.of(
            "UserAuthentication\\D{1,40}\\b0\\b", "AllowEncryptionOracle\\D{1,40}\\b2\\b", "SecurityLayer\\D{1,40}\\b0\\b",
            "state off", "-Enabled\\s+False", "Remove-Item\\b.*RDP-Tcp", "reg delete\\b.*RDP-Tcp",
            "icacls\\b.*MachineKeys.*(/grant|/reset|/setowner|/restore)", "winsock reset", "int ip reset", "GracePeriod")
            .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE)).toList();

    private static List<String> commands(FixStep s) {
        List<String> c = new ArrayList<>();
        for (String x : new String[] {s.powershell(), s.cmd(), s.command(), s.backup(), s.undo()}) {
            if (x != null) c.add(x);
        }
        return c;
    }

    private static String firstMatch(List<Pattern> patterns, String text) {
        for (Pattern p : patterns) {
            Matcher m = p.matcher(text);
            if (m.find()) return m.group();
        }
        return null;
    }

    @Test
    void noCommandNamesALocalizedDisplayName() {
        List<String> problems = new ArrayList<>();
        for (DiagnosisDef d : catalogue.diagnoses()) {
            List<String> all = new ArrayList<>();
            d.fix().forEach(s -> all.addAll(commands(s)));
            if (d.verify() != null) {
                for (String x : new String[] {d.verify().powershell(), d.verify().cmd(), d.verify().command()}) {
                    if (x != null) all.add(x);
                }
            }
            for (String c : all) {
                String hit = firstMatch(LOCALIZED, c);
                if (hit != null) problems.add(d.id() + ": '" + hit + "' in: " + c);
            }
        }
        for (QuestionDef q : catalogue.questions()) {
            for (String c : new String[] {q.powershell(), q.cmd()}) {
                String hit = c == null ? null : firstMatch(LOCALIZED, c);
                if (hit != null) problems.add(q.id() + ": '" + hit + "' in: " + c);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theLocaleCheckCatchesALocalizedName() {
        assertThat(firstMatch(LOCALIZED, "Enable-NetFirewallRule -DisplayGroup \"Remote Desktop\"")).isNotNull();
        assertThat(firstMatch(LOCALIZED, "net localgroup \"Remote Desktop Users\" CORP\\jdoe /add")).isNotNull();
        assertThat(firstMatch(LOCALIZED, "icacls C:\\x /grant \"BUILTIN\\Administrators:F\"")).isNotNull();
        assertThat(firstMatch(LOCALIZED, "Enable-NetFirewallRule -Group '@FirewallAPI.dll,-28752'")).isNull();
        assertThat(firstMatch(LOCALIZED, "icacls C:\\x /grant *S-1-5-32-544:F")).isNull();
    }

    @Test
    void everyRiskyStepWarnsAndEveryHardToUndoStepHasABackupAndAnUndo() {
        List<String> problems = new ArrayList<>();
        for (DiagnosisDef d : catalogue.diagnoses()) {
            for (FixStep s : d.fix()) {
                String text = String.join("\n", new String[] {s.powershell() == null ? "" : s.powershell(),
                        s.cmd() == null ? "" : s.cmd(), s.command() == null ? "" : s.command()});
                String risky = firstMatch(RISKY, text);
                if (risky != null && s.warning() == null) {
                    problems.add(d.id() + " / " + s.step() + ": '" + risky + "' without a warning");
                }
                String hard = firstMatch(HARD_TO_UNDO, text);
                if (hard != null && (s.backup() == null || s.undo() == null)) {
                    problems.add(d.id() + " / " + s.step() + ": '" + hard + "' without a backup and an undo");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyCauseEndsWithAVerificationCommandAndItsHealthyOutput() {
        List<String> problems = new ArrayList<>();
        for (DiagnosisDef d : catalogue.diagnoses()) {
            if (d.kind() != Kind.CAUSE) continue;
            if (d.verify() == null || (d.verify().powershell() == null && d.verify().cmd() == null && d.verify().command() == null)) {
                problems.add(d.id() + ": no verification command");
            } else if (d.verify().expect() == null || d.verify().expect().isBlank()) {
                problems.add(d.id() + ": the verification does not say what healthy output looks like");
            }
        }
        assertThat(problems).isEmpty();
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
