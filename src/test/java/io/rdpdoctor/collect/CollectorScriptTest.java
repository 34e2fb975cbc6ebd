package io.rdpdoctor.collect;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdpdoctor.facts.ConnectionAttempt;
import io.rdpdoctor.facts.HostInfo;
import io.rdpdoctor.parse.CaptureLoader;
import io.rdpdoctor.parse.CaptureText;
import io.rdpdoctor.parse.CommandParser;
import io.rdpdoctor.parse.Parsers;
import io.rdpdoctor.parse.Sniffer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks collect/Collect-RdpFacts.ps1 without running it (no PowerShell here): every command it
 * runs is on the read-only allow-list of {@link ScriptChecker}; every file it writes is read by a
 * parser (its name without extension is a parser id) or is the manifest; every parser is fed by
 * the collector or named below as deliberately not collected; the command line written before
 * each output leads the loader to the parser that the file is named after; and a capture folder
 * laid out as the collector lays it out, filled with the parsers' own samples, is read whole.
 */
class CollectorScriptTest {

    static final Path SCRIPT = Path.of("collect/Collect-RdpFacts.ps1");

    /** Parser ids the collector does not write, and why. */
    static final Map<String, String> NOT_COLLECTED = Map.of(
            "get-netfirewallportfilter", "alone it names no rule and yields no facts; the collector writes each rule's port and"
                    + " address filter after the rule in get-netfirewallrule.txt",
            "get-winevent", "the same logs are read with wevtutil qe (wevtutil-qe.txt); Get-WinEvent | Format-List is for pasted output",
            "event-viewer-text", "the logs are read with wevtutil qe (wevtutil-qe.txt); an event copied from Event Viewer is for pasted tickets",
            "psping", "a Sysinternals tool that is not on Windows by default; the client part tests the port with Test-NetConnection",
            "get-itemproperty", "the collector reads the registry with reg query (types and missing keys shown); Get-ItemProperty is for pasted output");

    static String script;
    static ScriptChecker.Result read;

    @BeforeAll
    static void readScript() throws IOException {
        script = Files.readString(SCRIPT, StandardCharsets.UTF_8);
        read = ScriptChecker.read(script);
    }

    // ------------------------------------------------------------------ (a) read-only

    @Test
    void everyCommandTheScriptRunsIsOnTheReadOnlyAllowList() {
        assertThat(ScriptChecker.violations(read)).isEmpty();
    }

    @Test
    void theCheckerSeesTheCommandsInsideTheScriptBlocks() {
        Set<String> names = new TreeSet<>();
        read.commands().forEach(c -> names.add(c.name().toLowerCase()));
        assertThat(names).contains("reg", "sc.exe", "netstat", "tasklist", "qwinsta", "query", "netsh", "gpresult", "icacls", "certutil",
                "wevtutil", "secedit", "systeminfo", "net", "ipconfig", "nslookup", "get-service", "get-netfirewallrule",
                "get-netfirewallportfilter", "get-ciminstance", "invoke-cimmethod", "test-netconnection", "resolve-dnsname",
                "get-hotfix", "get-childitem", "compress-archive", "invoke-capture");
        assertThat(read.commands().stream().filter(c -> c.name().equals("reg")).map(c -> c.args().get(0)).distinct()).containsExactly("query");
        assertThat(read.commands().stream().filter(c -> c.name().equals("sc.exe")).map(c -> c.args().get(0)).distinct())
                .containsExactlyInAnyOrder("query", "qc");
        assertThat(read.commands().stream().filter(c -> c.dynamic()).map(ScriptChecker.Command::name).distinct()).containsExactly("& $Run");
        assertThat(read.functions()).contains("save-text", "invoke-capture", "invoke-filecapture", "add-record");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "reg add \"HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\" /v fDenyTSConnections /t REG_DWORD /d 0 /f",
            "Set-ItemProperty -Path 'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server' -Name fDenyTSConnections -Value 0",
            "netsh advfirewall set allprofiles state off",
            "netsh advfirewall firewall add rule name=rdp dir=in action=allow protocol=TCP localport=3389",
            "Invoke-Expression 'reg query HKLM'",
            "iex $cmd",
            "sc config TermService start= auto",
            "sc.exe stop TermService",
            "icacls C:\\ProgramData\\Microsoft\\Crypto\\RSA\\MachineKeys /grant Everyone:F",
            "icacls C:\\ProgramData\\Microsoft\\Crypto\\RSA\\MachineKeys /reset /t",
            "secedit /configure /db x.sdb /cfg x.inf",
            "wevtutil cl Security",
            "certutil -delstore \"Remote Desktop\" 0",
            "net localgroup \"Remote Desktop Users\" someone /add",
            "ipconfig /release",
            "& \"reg.exe\" delete HKLM\\SOFTWARE\\X /f",
            "& $something",
            "Start-Process cmd.exe -ArgumentList '/c reg add x'",
            "cmd /c \"reg add x\"",
            "Stop-Service TermService",
            "Restart-Service -Name TermService -Force",
            "(Get-Service TermService).Stop()",
            "[System.IO.File]::WriteAllText('C:\\Windows\\x.txt', 'x')",
            "[ScriptBlock]::Create('reg add x').Invoke()",
            "Write-Host \"$(Remove-Item C:\\x -Force)\"",
            "Get-Process > C:\\processes.txt",
            "Invoke-CimMethod -ClassName Win32_TerminalServiceSetting -MethodName SetAllowTSConnections -Arguments @{AllowTSConnections=1}",
            "New-Object -ComObject WScript.Shell",
            "Invoke-Capture -File 'x.txt' -Run { Set-NetFirewallRule -Name RemoteDesktop-UserMode-In-TCP -Enabled True }",
            "$x = 1\r\n  $y = @{ a = 1 }; Remove-Item -Path $x"})
    void theCheckerCatchesACommandThatChangesSomething(String snippet) {
        assertThat(ScriptChecker.violations(ScriptChecker.read(snippet))).as(snippet).isNotEmpty();
    }

    @Test
    void readOnlySnippetsPassTheChecker() {
        for (String ok : List.of("reg query \"HKLM\\SOFTWARE\\X\" /s", "sc.exe qc TermService", "netsh advfirewall show allprofiles",
                "icacls C:\\ProgramData\\Microsoft\\Crypto\\RSA\\MachineKeys", "wevtutil qe System /c:10 /rd:true /f:text",
                "secedit /export /cfg x /areas USER_RIGHTS", "$h = @{ host = 'x'; time = (Get-Date) }",
                "Get-Service -Name TermService | Format-List Name, Status", "function Foo { param($f) netstat -ano }\nFoo")) {
            assertThat(ScriptChecker.violations(ScriptChecker.read(ok))).as(ok).isEmpty();
        }
    }

    // ------------------------------------------------------------------ (b) files and parsers

    static Set<String> parserIds() {
        Set<String> ids = new TreeSet<>();
        Parsers.all().forEach(p -> ids.add(p.id()));
        return ids;
    }

    static String stem(String file) {
        int dot = file.indexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    /** Problems with the files a script writes: a file without a parser. */
    static List<String> filesWithoutParser(ScriptChecker.Result r) {
        List<String> out = new ArrayList<>();
        for (String f : r.files()) {
            if (f.equals("manifest.json")) continue;
            if (!parserIds().contains(stem(f))) out.add(f + ": no parser has the id " + stem(f));
            if (f.toLowerCase().matches(".*\\.(json|ya?ml)")) out.add(f + ": would be read as a fact file");
        }
        return out;
    }

    @Test
    void everyFileTheScriptWritesHasAParser() {
        assertThat(read.files()).contains("manifest.json", "reg-query.txt", "netstat-ano.txt", "gpresult-h.html", "client-error.txt");
        assertThat(filesWithoutParser(read)).isEmpty();
    }

    @Test
    void theCheckerCatchesAFileWithoutAParser() {
        ScriptChecker.Result r = ScriptChecker.read("Invoke-Capture -File 'whoami-all.txt' -Run { netstat -ano }\n"
                + "Save-Text -File 'notes.json' -Text 'x'");
        assertThat(filesWithoutParser(r)).hasSize(3);
        // a file name the script uses but does not write through the capture functions
        assertThat(ScriptChecker.violations(ScriptChecker.read("$p = Join-Path $CaptureDir 'extra.txt'"))).isNotEmpty();
        assertThat(ScriptChecker.violations(ScriptChecker.read("Save-Text -File $name -Text 'x'"))).isNotEmpty();
    }

    @Test
    void everyParserIsFedByTheCollectorOrSaysWhyNot() {
        Set<String> written = new TreeSet<>();
        read.files().forEach(f -> written.add(stem(f)));
        for (String id : parserIds()) {
            assertThat(written.contains(id) || NOT_COLLECTED.containsKey(id))
                    .as("parser %s: the collector writes no %s.* and NOT_COLLECTED gives no reason", id, id).isTrue();
        }
        assertThat(parserIds()).as("NOT_COLLECTED names only existing parsers").containsAll(NOT_COLLECTED.keySet());
        assertThat(written).as("a parser is either collected or not").doesNotContainAnyElementsOf(NOT_COLLECTED.keySet());
    }

    // ------------------------------------------------------------------ command lines

    /** Values the script computes at run time, as they are on an English server. */
    static final Map<String, String> VARIABLES = Map.of("$MachineKeys", "C:\\ProgramData\\Microsoft\\Crypto\\RSA\\MachineKeys",
            "$RduGroup", "\"Remote Desktop Users\"", "$AdminGroup", "Administrators", "$Target", "srv01.corp.example.com",
            "$Port", "3389", "$MaxEvents", "100");

    private static final Pattern CAPTURE_LINE = Pattern.compile(
            "^\\s*Invoke-(File)?Capture -File '([^']+)'(?: -Command (?:'([^']*)'|\\S.*?))? -Run \\{ (?:param\\(\\$f\\) )?(.*) }\\s*$");

    record Captured(String file, String command, boolean toolWritesFile) {
    }

    /** Each capture of the script: the file and the command line written before its output. */
    static List<Captured> captures() {
        List<Captured> out = new ArrayList<>();
        for (String line : script.split("\r?\n")) {
            Matcher m = CAPTURE_LINE.matcher(line);
            if (!m.matches()) continue;
            String cmd = m.group(3) != null ? m.group(3) : m.group(4);
            for (Map.Entry<String, String> v : VARIABLES.entrySet()) {
                cmd = cmd.replace(v.getKey(), v.getValue());
            }
            out.add(new Captured(m.group(2), cmd.replace("(Join-Path C:\\ProgramData\\Microsoft\\Crypto\\RSA\\MachineKeys '", "C:\\ProgramData\\Microsoft\\Crypto\\RSA\\MachineKeys\\")
                    .replace("_*')", "_*"), m.group(1) != null));
        }
        return out;
    }

    @Test
    void theCommandBeforeEachOutputLeadsToTheParserTheFileIsNamedAfter() {
        List<Captured> caps = captures();
        long invokeLines = script.lines().filter(l -> l.matches("^\\s*Invoke-(File)?Capture -File .*")).count();
        assertThat(caps).as("every Invoke-Capture line is one line the test can read").hasSize((int) invokeLines).hasSizeGreaterThan(50);
        Sniffer sniffer = new Sniffer();
        for (Captured c : caps) {
            String id = stem(c.file());
            assertThat(sniffer.byFileName(c.file()).map(CommandParser::id)).as("the file name %s", c.file()).contains(id);
            if (c.toolWritesFile()) continue; // gpresult /x, /h and secedit write their own file, without a prompt line: read by name
            var p = sniffer.byCommand(c.command());
            if (p.isEmpty() && c.command().startsWith("wevtutil qe ")) continue; // the parser documents two logs; the others go by content, then file name
            assertThat(p.map(CommandParser::id)).as("'%s' is written to %s", c.command(), c.file()).contains(id);
        }
    }

    // ------------------------------------------------------------------ a folder as the collector writes it

    static List<Path> samples(String id) throws IOException {
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/parsers", id))) {
            return s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }

    @Test
    void aCaptureFolderLaidOutAsTheCollectorWritesItIsReadWhole(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("SRV01-20250314-093000");
        Files.createDirectories(folder);
        Map<String, StringBuilder> texts = new LinkedHashMap<>();
        Map<String, Integer> used = new LinkedHashMap<>();
        Set<String> promptFiles = new LinkedHashSet<>();
        for (Captured c : captures()) {
            String id = stem(c.file());
            List<Path> s = samples(id);
            int n = used.merge(id, 1, Integer::sum) - 1;
            Path sample = s.get(n % s.size());
            if (c.toolWritesFile()) { // gpresult /x, /h, secedit /export write their own file, in their own encoding
                Files.write(folder.resolve(c.file()), Files.readAllBytes(sample));
                continue;
            }
            String text = CaptureText.decode(Files.readAllBytes(sample)).text();
            texts.computeIfAbsent(c.file(), k -> new StringBuilder())
                    .append("PS C:\\> ").append(c.command()).append("\r\n").append(text.strip()).append("\r\n\r\n");
            promptFiles.add(c.file());
        }
        for (Map.Entry<String, StringBuilder> e : texts.entrySet()) {
            Files.write(folder.resolve(e.getKey()), ("\uFEFF" + e.getValue()).getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(folder.resolve("client-error.txt"), "\uFEFFAn authentication error has occurred.\r\n"
                + "This could be due to CredSSP encryption oracle remediation.\r\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("manifest.json"), "\uFEFF{\"host\": \"SRV01\", \"time\": \"2025-03-14T09:30:00Z\", \"role\": \"server\","
                + " \"os\": {\"caption\": \"Microsoft Windows Server 2022 Standard\", \"version\": \"10.0.20348\", \"build\": \"20348\"},"
                + " \"collector\": \"Collect-RdpFacts.ps1\", \"collectorVersion\": \"1.0.0\", \"files\": [], \"commands\": []}",
                StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(".secedit-export.log"), "secedit log: not a capture", StandardCharsets.UTF_8);

        CaptureLoader.Result result = new CaptureLoader().load(folder);

        assertThat(result.skipped()).as("nothing skipped").allMatch(s -> s.why() == CaptureLoader.Why.NO_OUTPUT);
        for (CaptureLoader.Block b : result.blocks()) {
            String file = Path.of(b.file()).getFileName().toString();
            String expected = file.equals("manifest.json") ? "manifest" : stem(file);
            assertThat(b.parser()).as("%s (%s): %s", file, b.command(), b.how()).isEqualTo(expected);
        }
        Set<String> read = new TreeSet<>();
        result.blocks().forEach(b -> read.add(Path.of(b.file()).getFileName().toString()));
        assertThat(read).containsAll(promptFiles).contains("gpresult-x.xml", "gpresult-h.html", "secedit-export.inf", "client-error.txt",
                "manifest.json").doesNotContain(".secedit-export.log");
        assertThat(result.facts().facts()).anyMatch(f -> f instanceof HostInfo h && "SRV01".equals(h.name()));
        assertThat(result.facts().facts()).anyMatch(f -> f instanceof ConnectionAttempt a && a.errorText() != null
                && a.errorText().startsWith("An authentication error has occurred."));
        // one block per command, each citing its command
        long blocksWithCommands = result.blocks().stream().filter(b -> b.command() != null && promptFiles.stream()
                .anyMatch(f -> b.file().endsWith(f))).count();
        assertThat(blocksWithCommands).isEqualTo(captures().stream().filter(c -> !c.toolWritesFile()).count());
    }

    @Test
    void parsersThatTheCollectorFeedsHaveSamples() throws IOException {
        for (Captured c : captures()) {
            assertThat(samples(stem(c.file()))).as(c.file()).isNotEmpty();
        }
        assertThat(Parsers.all().stream().map(CommandParser::id)).contains("client-error");
    }
}
