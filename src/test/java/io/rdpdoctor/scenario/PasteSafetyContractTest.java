package io.rdpdoctor.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdpdoctor.TestRules;
import io.rdpdoctor.knowledge.Catalogue;
import io.rdpdoctor.knowledge.DiagnosisDef;
import io.rdpdoctor.knowledge.FixStep;
import io.rdpdoctor.knowledge.QuestionDef;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the knowledge audit (December 2026) found wrong across the catalogue, kept from coming back:
 * every command works when pasted as printed on today's Windows, and every undo takes back what its
 * step changed. Each check is a plain function of the command text, tested below on a line that
 * must fail and a near miss that must pass (as {@link FixContractTest} does for localized names).
 */
class PasteSafetyContractTest {

    private final Catalogue catalogue = TestRules.bundled().catalogue();

    /** One command of the catalogue with where it sits, for the messages. */
    record Cmd(String where, String field, String text) {}

    private List<Cmd> allCommands() {
        List<Cmd> all = new ArrayList<>();
        for (DiagnosisDef d : catalogue.diagnoses()) {
            int n = 1;
            for (FixStep s : d.fix()) {
                String w = d.id() + " step " + n++;
                add(all, w, "powershell", s.powershell());
                add(all, w, "cmd", s.cmd());
                add(all, w, "command", s.command());
                add(all, w, "backup", s.backup());
                add(all, w, "undo", s.undo());
            }
            if (d.verify() != null) {
                add(all, d.id() + " verify", "powershell", d.verify().powershell());
                add(all, d.id() + " verify", "cmd", d.verify().cmd());
                add(all, d.id() + " verify", "command", d.verify().command());
            }
        }
        for (QuestionDef q : catalogue.questions()) {
            add(all, q.id(), "powershell", q.powershell());
            add(all, q.id(), "cmd", q.cmd());
        }
        return all;
    }

    private static void add(List<Cmd> all, String where, String field, String text) {
        if (text != null) all.add(new Cmd(where, field, text));
    }

    // ---- wmic ------------------------------------------------------------------------------------

    private static final Pattern WMIC = Pattern.compile("(?i)(?<![\\w-])wmic(\\.exe)?(?![\\w-])");

    /** WMIC is off by default on Windows 11 24H2 and not installed on Windows Server 2025. */
    static boolean usesWmic(String command) {
        return WMIC.matcher(command).find();
    }

    @Test
    void noCommandUsesWmic() {
        List<String> problems = new ArrayList<>();
        for (Cmd c : allCommands()) {
            if (usesWmic(c.text())) problems.add(c.where() + " " + c.field() + ": " + c.text());
        }
        assertThat(problems).as("use Get-CimInstance / Invoke-CimMethod, or powershell -NoProfile -Command in cmd").isEmpty();
    }

    @Test
    void theWmicCheckCatchesWmic() {
        assertThat(usesWmic("wmic qfe list brief")).isTrue();
        assertThat(usesWmic("sc query TermService & WMIC.exe os get Caption")).isTrue();
        assertThat(usesWmic("Get-CimInstance Win32_QuickFixEngineering")).isFalse();
        assertThat(usesWmic("Get-CimInstance Win32_OperatingSystem; # no-wmic-here")).isFalse();
    }

    // ---- a backup folder the command does not make -----------------------------------------------

    /** A folder (one level under a drive root) that a command writes into, e.g. C:\rdp-doctor-backup. */
    private static final Pattern FOLDER = Pattern.compile("(?i)\\b([A-Z]:\\\\[^\\\\\\s\"'<>|;&()]+)(?=\\\\)");

    private static final Pattern BACKUP_GPO = Pattern.compile("(?i)Backup-GPO\\b[^;|&]*?-Path\\s+'?([A-Z]:\\\\[^'\\s;|]+)");

    /** Folders every Windows has; a command may write below them without making them. */
    private static final Set<String> EXISTING = Set.of("windows", "programdata", "users", "program files",
            "program files (x86)", "windows\\temp");

    /**
     * The first folder this command uses that it has not made before: a backup (or any command that
     * writes a file for a later undo) must begin by making its folder, since nothing else does.
     * PowerShell: {@code New-Item -ItemType Directory -Force -Path 'F'}; cmd: {@code (if not exist F mkdir F) &}
     * or {@code md F 2>nul &}. Returns null when every folder is made first.
     */
    static String folderNotMade(String command) {
        Matcher m = FOLDER.matcher(command);
        while (m.find()) {
            String folder = m.group(1);
            String name = folder.substring(3).toLowerCase(Locale.ROOT);
            if (EXISTING.contains(name) || name.contains("*") || name.contains("<") || name.contains("{")) continue;
            if (!madeBefore(command, folder, m.start())) return folder;
        }
        Matcher g = BACKUP_GPO.matcher(command); // Backup-GPO: "The backup directory and GPO must already exist."
        while (g.find()) {
            if (!madeBefore(command, g.group(1), g.start(1))) return g.group(1);
        }
        return null;
    }

    private static boolean madeBefore(String command, String folder, int at) {
        String f = Pattern.quote(folder);
        Pattern made = Pattern.compile("(?i)(New-Item\\s+(-ItemType\\s+Directory\\s+|-Force\\s+|-Path\\s+)+'?" + f + "'?"
                + "|(\\bif\\s+not\\s+exist\\s+\"?" + f + "\"?\\s+)?\\b(mkdir|md)\\s+\"?" + f + "\"?(?=\\s|\\)|$))");
        Matcher m = made.matcher(command);
        return m.find() && m.start() <= at;
    }

    private static final Pattern MAKES = Pattern.compile(
            "(?i)New-Item\\s+(?:-ItemType\\s+Directory\\s+|-Force\\s+|-Path\\s+)+'?([A-Z]:\\\\[^'\\s|;]+)'?|\\b(?:mkdir|md)\\s+\"?([A-Z]:\\\\[^\"\\s)&]+)");

    /** The folders a command makes (lower case). */
    static Set<String> foldersMade(String command) {
        Set<String> f = new LinkedHashSet<>();
        if (command == null) return f;
        Matcher m = MAKES.matcher(command);
        while (m.find()) f.add((m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT));
        return f;
    }

    /**
     * A backup makes its folder itself. Another command that writes into one of our folders makes
     * it too, unless this step's backup or an earlier step of the same fix already did (a step that
     * opens or applies the copy an earlier step exported).
     */
    @Test
    void everyCommandMakesTheFolderItWritesInto() {
        List<String> problems = new ArrayList<>();
        for (DiagnosisDef d : catalogue.diagnoses()) {
            Set<String> made = new LinkedHashSet<>();
            int n = 1;
            for (FixStep s : d.fix()) {
                String w = d.id() + " step " + n++;
                if (s.backup() != null) {
                    String f = folderNotMade(s.backup());
                    if (f != null) problems.add(w + " backup writes into " + f + " without making it: " + s.backup());
                    made.addAll(foldersMade(s.backup()));
                }
                for (String c : new String[] {s.powershell(), s.cmd(), s.command()}) {
                    if (c == null || !c.toLowerCase(Locale.ROOT).contains("c:\\rdp-doctor")) continue;
                    String f = folderNotMade(c);
                    if (f != null && !made.contains(f.toLowerCase(Locale.ROOT))) problems.add(w + " writes into " + f + " without making it: " + c);
                }
                for (String c : new String[] {s.powershell(), s.cmd(), s.command()}) made.addAll(foldersMade(c));
            }
        }
        for (Cmd c : allCommands()) {
            if (!c.where().endsWith(" verify") && c.where().contains(" step ")) continue; // fix steps: above
            if (!c.text().toLowerCase(Locale.ROOT).contains("c:\\rdp-doctor")) continue;
            String f = folderNotMade(c.text());
            if (f != null) problems.add(c.where() + " " + c.field() + " writes into " + f + " without making it: " + c.text());
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theFolderCheckCatchesAnUnmadeFolder() {
        assertThat(folderNotMade("reg export \"HKLM\\SYSTEM\\X\" C:\\rdp-doctor-backup\\X.reg /y")).isEqualTo("C:\\rdp-doctor-backup");
        assertThat(folderNotMade("Backup-GPO -Name 'G' -Path C:\\rdp-doctor-gpo-backup")).isEqualTo("C:\\rdp-doctor-gpo-backup");
        // made after the write, as MACHINEKEYS-ACL once did
        assertThat(folderNotMade("icacls C:\\x /save C:\\b\\acl.txt; New-Item -ItemType Directory C:\\b -Force")).isEqualTo("C:\\b");
        assertThat(folderNotMade("New-Item -ItemType Directory -Force -Path 'C:\\rdp-doctor-backup' | Out-Null; reg export \"HKLM\\SYSTEM\\X\" C:\\rdp-doctor-backup\\X.reg /y")).isNull();
        assertThat(folderNotMade("(if not exist C:\\rdp-doctor-backup mkdir C:\\rdp-doctor-backup) & gpresult /h C:\\rdp-doctor-backup\\gp.html /f")).isNull();
        assertThat(folderNotMade("md C:\\rdp-doctor-backup 2>nul & net accounts > C:\\rdp-doctor-backup\\a.txt")).isNull();
        assertThat(folderNotMade("reg export \"HKLM\\SYSTEM\\X\" C:\\x.reg /y")).isNull(); // the drive root exists
        assertThat(folderNotMade("icacls C:\\ProgramData\\Microsoft\\Crypto\\RSA\\MachineKeys /save C:\\Windows\\Temp\\a.txt")).isNull();
    }

    // ---- GUI programs in a cmd chain -------------------------------------------------------------

    private static final Pattern GUI = Pattern.compile(
            "(?i)(?<![\\w.\\\\-])(notepad|mmc|regedit|procmon(64)?|gpedit\\.msc|[\\w-]+\\.msc|control|explorer)(\\.exe)?(?![\\w-])");
    private static final Pattern CHAIN = Pattern.compile("&&?|\\|\\|");

    /**
     * A GUI program chained with {@code &} or {@code &&} in a cmd line. Typed at a prompt, cmd does
     * not wait for a GUI program, so the next command runs at once (secedit applies the unedited
     * file). Allowed only as the last command, launched with {@code start}, when nothing follows it.
     */
    static boolean chainsAGuiProgram(String cmdLine) {
        Matcher g = GUI.matcher(cmdLine);
        while (g.find()) {
            boolean before = CHAIN.matcher(cmdLine.substring(0, g.start())).find();
            boolean after = CHAIN.matcher(cmdLine.substring(g.end())).find();
            if (after) return true;
            if (before && !Pattern.compile("(?i)\\bstart\\s+(\"[^\"]*\"\\s+)?(/\\w+\\s+)*$").matcher(cmdLine.substring(0, g.start())).find()) {
                return true;
            }
        }
        return false;
    }

    @Test
    void noCmdLineChainsAGuiProgram() {
        List<String> problems = new ArrayList<>();
        for (Cmd c : allCommands()) {
            boolean cmdShell = c.field().equals("cmd") || (List.of("backup", "undo").contains(c.field()) && CHAIN.matcher(c.text()).find());
            if (cmdShell && chainsAGuiProgram(c.text())) problems.add(c.where() + " " + c.field() + ": " + c.text());
        }
        assertThat(problems).as("put a GUI program in a step of its own").isEmpty();
    }

    @Test
    void theGuiCheckCatchesAChainedGuiProgram() {
        assertThat(chainsAGuiProgram("copy a.inf b.inf && notepad b.inf && secedit /configure /cfg b.inf")).isTrue();
        assertThat(chainsAGuiProgram("procmon /Quiet /BackingFile x.pml & sc start TermService & procmon /Terminate")).isTrue();
        assertThat(chainsAGuiProgram("gpedit.msc & gpupdate /force")).isTrue();
        assertThat(chainsAGuiProgram("copy a.inf b.inf && notepad b.inf")).isTrue();
        assertThat(chainsAGuiProgram("notepad C:\\rdp-doctor-backup\\ur-fixed.inf")).isFalse();
        assertThat(chainsAGuiProgram("(if not exist C:\\b mkdir C:\\b) & start \"\" procmon /Quiet /BackingFile C:\\b\\pm.pml")).isFalse();
        assertThat(chainsAGuiProgram("secedit /configure /db C:\\b\\ur.sdb /cfg C:\\b\\ur-fixed.inf /areas USER_RIGHTS")).isFalse();
        assertThat(chainsAGuiProgram("netsh advfirewall show currentprofile & sc query TermService")).isFalse();
    }

    // ---- -Restart before another command ---------------------------------------------------------

    private static final Pattern RESTART_THEN_MORE = Pattern.compile(
            "(?i)(-Restart\\b(?!:\\$false)|\\bRestart-Computer\\b|\\bshutdown(\\.exe)?\\s+/r\\b)[^;&|]*(;|&&?|\\|\\|?)\\s*\\S");

    /** A restart that comes before another command on the same line: the machine reboots and the rest never runs. */
    static boolean restartsBeforeMore(String command) {
        return RESTART_THEN_MORE.matcher(command).find();
    }

    @Test
    void noRestartPrecedesAnotherCommand() {
        List<String> problems = new ArrayList<>();
        for (Cmd c : allCommands()) {
            if (restartsBeforeMore(c.text())) problems.add(c.where() + " " + c.field() + ": " + c.text());
        }
        assertThat(problems).as("make the restart the last command, in a step of its own when more must follow").isEmpty();
    }

    @Test
    void theRestartCheckCatchesARestartInTheMiddle() {
        assertThat(restartsBeforeMore("Uninstall-WindowsFeature -Name RDS-RD-Server -Restart; Install-WindowsFeature -Name RDS-RD-Server -Restart")).isTrue();
        assertThat(restartsBeforeMore("shutdown /r /t 0 & echo done")).isTrue();
        assertThat(restartsBeforeMore("Restart-Computer -Force; Get-Service TermService")).isTrue();
        assertThat(restartsBeforeMore("Uninstall-WindowsFeature -Name RDS-RD-Server -Restart")).isFalse();
        assertThat(restartsBeforeMore("Install-WindowsFeature -Name RDS-RD-Server -Restart")).isFalse();
        assertThat(restartsBeforeMore("Restart-Service -Name TermService -Force; Get-Service TermService")).isFalse();
    }

    // ---- an undo that takes back what its step changed -------------------------------------------

    /** Files an undo reads back: a .reg, .wfw, .inf, .txt, .cer, .xml or a bcd export. */
    private static final Pattern FILE = Pattern.compile("(?i)[A-Z]:\\\\[^\\s\"'<>|;&]+\\.(reg|wfw|inf|txt|cer|xml|pfx)\\b|[A-Z]:\\\\[^\\s\"'<>|;&]*bcd-backup\\b");
    private static final Pattern REG_EXPORT = Pattern.compile("(?i)reg(\\.exe)?\\s+export\\s+\"?([^\"]+?)\"?\\s+\"?([A-Z]:\\\\[^\\s\"]+)");
    private static final Pattern ICACLS_SAVE = Pattern.compile("(?i)icacls(\\.exe)?\\s+['\"]?([^'\"]+?)['\"]?\\s+/save\\s+['\"]?([A-Z]:\\\\[^\\s'\"]+)");
    private static final Pattern ICACLS_RESTORE = Pattern.compile("(?i)icacls(\\.exe)?\\s+['\"]?([^'\"]+?)['\"]?\\s+/restore\\s+['\"]?([A-Z]:\\\\[^\\s'\"]+)");
    private static final Pattern REG_KEY_CHANGED = Pattern.compile(
            "(?i)(?:reg(?:\\.exe)?\\s+(?:add|delete)|(?:Set|New|Remove)-ItemProperty(?:\\s+-Path)?|Remove-Item(?:\\s+-Path)?)\\s+"
            + "(?:\"(HKLM:?\\\\[^\"]+)\"|'(?:Registry::)?(HKLM:?\\\\[^']+)'|(HKLM:?\\\\\\S+))");
    private static final List<Pattern> OBJECTS = List.of(
            Pattern.compile("(?i)\\s/v\\s+\"?([\\w$.-]+)"),                                   // registry value (reg)
            Pattern.compile("(?i)-(?:Value)?Name\\s+'?([\\w$.{}-]+)'?"),                         // value, rule, service, account
            Pattern.compile("(?i)\\bsc(?:\\.exe)?\\s+config\\s+([\\w{}-]+)"),                    // service
            Pattern.compile("(?i)Set-Service\\s+(?:-Name\\s+)?([\\w{}-]+)"),
            Pattern.compile("(?i)(?:-Group\\s+'|group=\")([^'\"]+)"),                            // firewall group
            Pattern.compile("(?i)(?:-DisplayName\\s+'|\\bname=\")([^'\"]+)"),                    // firewall rule
            Pattern.compile("(?i)-Member\\s+'?([^'\\s]+)"),                                      // group member
            Pattern.compile("(?i)-SID\\s+(S-1-[\\d-]+)"),
            Pattern.compile("(?i)\\bnet\\s+user\\s+\"?([^\"\\s]+)"),
            Pattern.compile("(?i)subinterface\\s+\"([^\"]+)\""),
            Pattern.compile("(?i)-PackageName\\s+'([^']+)'|/packagename:(\\S+)"),
            Pattern.compile("(?i)(?:Uninstall|Install)-WindowsFeature\\s+-Name\\s+(\\S+)"),
            Pattern.compile("(?i)\\bsc(?:\\.exe)?\\s+(?:start|stop)\\s+([\\w-]+)|(?:Start|Stop|Restart)-Service\\s+(?:-Name\\s+)?([\\w-]+)"),
            Pattern.compile("(?i)Set-VpnConnection\\s+-Name\\s+'([^']+)'"),
            Pattern.compile("(?i)firewall-rules\\s+create\\s+([\\w-]+)|nsg\\s+rule\\s+create\\b.*--name\\s+(\\S+)|authorize-security-group-ingress\\b.*--group-id\\s+(\\S+)"),
            Pattern.compile("(?i)\\bcreate-route\\b.*--destination-cidr-block\\s+(\\S+)"),           // AWS route
            Pattern.compile("(?i)role\\s+assignment\\s+create\\b.*--role\\s+(\"[^\"]+\"|\\S+)"),      // Azure role assignment
            Pattern.compile("(?i)\\bchange\\s+logon\\b|TSServerDrainMode"),
            Pattern.compile("(?i)(lockoutthreshold)"),
            Pattern.compile("(?i)GracePeriod"),
            // a certificate store a certificate is imported into (certutil -addstore, Import-Certificate)
            Pattern.compile("(?i)certutil(?:\\.exe)?\\s+-addstore\\s+\"?([\\w ]+?)\"?\\s|-CertStoreLocation\\s+'?Cert:\\\\LocalMachine\\\\([\\w ]+)"));

    /** What a step changes, as the names an undo would use (lower case). */
    static Set<String> objectsChanged(String commands) {
        Set<String> o = new LinkedHashSet<>();
        for (Pattern p : OBJECTS) {
            Matcher m = p.matcher(commands);
            while (m.find()) {
                if (m.groupCount() == 0) {
                    o.add(m.group().toLowerCase(Locale.ROOT));
                    continue;
                }
                for (int i = 1; i <= m.groupCount(); i++) {
                    if (m.group(i) != null) o.add(m.group(i).toLowerCase(Locale.ROOT));
                }
            }
        }
        return o;
    }

    private static String key(String k) {
        return k.toLowerCase(Locale.ROOT).replace("hklm:\\", "hklm\\").replaceAll("\\\\+$", "");
    }

    /**
     * Why this undo does not take back what its step changes, or null when it does: it reads back a
     * file the step's own backup wrote (a registry export that covers every key the step changes,
     * an ACL saved from the folder it restores into or from one of its files), or it names an
     * object (registry value, service, firewall rule or group, account, package) the step changes.
     */
    static String undoProblem(String commands, String backup, String undo) {
        Matcher f = FILE.matcher(undo);
        boolean readsAFile = false;
        while (f.find()) {
            readsAFile = true;
            String file = f.group();
            if (backup == null || !backup.toLowerCase(Locale.ROOT).contains(file.toLowerCase(Locale.ROOT))) {
                return "reads " + file + ", which the step's backup does not write";
            }
        }
        if (readsAFile) {
            Matcher e = REG_EXPORT.matcher(backup);
            List<String> exported = new ArrayList<>();
            while (e.find()) exported.add(key(e.group(2)));
            if (!exported.isEmpty() && undo.toLowerCase(Locale.ROOT).contains("reg import")) {
                Matcher k = REG_KEY_CHANGED.matcher(commands);
                while (k.find()) {
                    String changed = key(k.group(1) != null ? k.group(1) : k.group(2) != null ? k.group(2) : k.group(3));
                    if (exported.stream().noneMatch(x -> changed.equals(x) || changed.startsWith(x + "\\"))) {
                        return "imports a backup of " + exported + ", which does not hold " + changed;
                    }
                }
            }
            Matcher s = ICACLS_SAVE.matcher(backup);
            Matcher r = ICACLS_RESTORE.matcher(undo);
            if (s.find() && r.find()) {
                String saved = s.group(2).replaceAll("\\\\[^\\\\]*\\*[^\\\\]*$", "\\\\x").toLowerCase(Locale.ROOT);
                String parent = saved.contains("\\") ? saved.substring(0, saved.lastIndexOf('\\')) : saved;
                String into = r.group(2).toLowerCase(Locale.ROOT);
                if (!into.equals(parent) && !saved.startsWith("<") && !into.startsWith("<")) {
                    return "restores ACLs saved from " + s.group(2) + " into " + r.group(2) + " (icacls /restore takes the parent folder)";
                }
            }
            return null;
        }
        Set<String> objects = objectsChanged(commands);
        String u = undo.toLowerCase(Locale.ROOT);
        if (objects.stream().anyMatch(u::contains)) return null;
        return "names none of what the step changes " + objects;
    }

    @Test
    void everyUndoTakesBackWhatItsStepChanges() {
        List<String> problems = new ArrayList<>();
        for (DiagnosisDef d : catalogue.diagnoses()) {
            int n = 1;
            for (FixStep s : d.fix()) {
                int step = n++;
                if (s.undo() == null) continue;
                String commands = String.join("\n", s.powershell() == null ? "" : s.powershell(), s.cmd() == null ? "" : s.cmd(),
                        s.command() == null ? "" : s.command());
                String p = undoProblem(commands, s.backup(), s.undo());
                if (p != null) problems.add(d.id() + " step " + step + ": the undo " + p + ": " + s.undo());
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theUndoCheckCatchesAnUndoOfSomethingElse() {
        // reads a file nothing wrote (the firewall backup was a separate step with no backup field)
        assertThat(undoProblem("Enable-NetFirewallRule -Group '@FirewallAPI.dll,-28752'", null,
                "netsh advfirewall import \"C:\\rdp-doctor-firewall.wfw\"")).isNotNull();
        // the backup exported another key than the step changes
        assertThat(undoProblem("reg add \"HKLM\\SYSTEM\\CurrentControlSet\\Services\\TermService\\Parameters\" /v ServiceDll /d x /f",
                "reg export \"HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\" C:\\b\\ts.reg /y", "reg import C:\\b\\ts.reg")).isNotNull();
        // an undo that names another value than the one changed
        assertThat(undoProblem("Set-ItemProperty 'HKLM:\\X' -Name SecurityLayer -Value 0", null,
                "reg add \"HKLM\\X\" /v MinEncryptionLevel /t REG_DWORD /d 2 /f")).isNotNull();
        // icacls /restore into the folder itself instead of its parent
        assertThat(undoProblem("icacls C:\\P\\MachineKeys /grant *S-1-5-32-544:F", "icacls C:\\P\\MachineKeys /save C:\\b\\a.txt",
                "icacls C:\\P\\MachineKeys /restore C:\\b\\a.txt")).isNotNull();
        // near misses
        assertThat(undoProblem("reg add \"HKLM\\SYSTEM\\CurrentControlSet\\Services\\TermService\\Parameters\" /v ServiceDll /d x /f",
                "New-Item -ItemType Directory -Force -Path 'C:\\b' | Out-Null; reg export \"HKLM\\SYSTEM\\CurrentControlSet\\Services\\TermService\" C:\\b\\TermService.reg /y",
                "reg import C:\\b\\TermService.reg")).isNull();
        assertThat(undoProblem("icacls C:\\P\\MachineKeys /grant *S-1-5-32-544:F", "icacls C:\\P\\MachineKeys /save C:\\b\\a.txt",
                "icacls C:\\P /restore C:\\b\\a.txt")).isNull();
        assertThat(undoProblem("sc.exe config TermService type= own", "reg export \"HKLM\\X\" C:\\b\\x.reg /y", "sc.exe config TermService type= share")).isNull();
        assertThat(undoProblem("Add-LocalGroupMember -SID S-1-5-32-555 -Member '{user}'", null,
                "Remove-LocalGroupMember -SID S-1-5-32-555 -Member '{user}'")).isNull();
        // a certificate imported into a store, taken out of that store again - and not out of another
        assertThat(undoProblem("Import-Certificate -FilePath 'x.cer' -CertStoreLocation 'Cert:\\LocalMachine\\Root'\ncertutil -addstore Root \"x.cer\"", null,
                "certutil -delstore Root \"<thumbprint>\"")).isNull();
        assertThat(undoProblem("certutil -addstore Root \"x.cer\"", null, "certutil -delstore My \"<thumbprint>\"")).isNotNull();
    }
}
