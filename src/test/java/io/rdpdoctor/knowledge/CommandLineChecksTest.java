package io.rdpdoctor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.rdpdoctor.knowledge.QuotingContract.Template;
import io.rdpdoctor.knowledge.PowerShellGrammar.Leaf;
import io.rdpdoctor.knowledge.PowerShellGrammar.Request;
import io.rdpdoctor.knowledge.ShellQuoting.Shell;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The catalogue's command lines checked for what breaks them on a real host, each check a plain
 * function tested on a line that must fail: cmd lines for cmd's pitfalls (no quote left open, no
 * caret inside quotes, no PowerShell syntax); every {@code reg} call for a known root key, a value
 * name, a known type and data of that type's form; registry keys made, guarded, before a value is
 * written into them; every cmdlet and parameter against
 * docs/cmdlets.yaml, the cmdlets the catalogue may use with the module each needs and where it
 * runs. wmic and GUI programs chained in cmd are PasteSafetyContractTest's.
 */
class CommandLineChecksTest {

    // ---- cmd -------------------------------------------------------------------------------------

    /** What is wrong with a cmd line as cmd reads it; empty when nothing is. */
    static List<String> cmdProblems(String line) {
        List<String> problems = new ArrayList<>();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (quoted && c == '^') {
                problems.add("a caret inside \"...\" is written literally (cmd escapes nothing there)");
            } else if (!quoted && c == ';') {
                problems.add("; does not separate commands in cmd (use &)");
            } else if (!quoted && (c == '$' || c == '\'')) {
                problems.add(c + " outside \"...\" is PowerShell syntax, not cmd's");
            } else if (c == '\n' || c == '\r') {
                problems.add("a line break ends the command in cmd");
            }
        }
        if (quoted) problems.add("a \" is left open");
        return problems.stream().distinct().toList();
    }

    @Test
    void everyCmdLineAvoidsCmdsPitfalls() {
        List<String> problems = new ArrayList<>();
        for (Template t : CatalogueCommands.all()) {
            if (t.shell() == Shell.CMD || t.shell() == Shell.BOTH) {
                for (String p : cmdProblems(t.text())) problems.add(t.where() + " " + t.field() + ": " + p + ": " + t.text());
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theCmdCheckFindsEachPitfall() {
        assertThat(cmdProblems("reg add \"HKLM\\X\" /v ServiceDll /t REG_EXPAND_SZ /d \"^%SystemRoot^%\\x.dll\" /f")).anyMatch(p -> p.contains("caret"));
        assertThat(cmdProblems("sc.exe stop TermService; sc.exe start TermService")).anyMatch(p -> p.contains("; does not"));
        assertThat(cmdProblems("dir $env:TEMP")).anyMatch(p -> p.contains("PowerShell"));
        assertThat(cmdProblems("find \"x")).anyMatch(p -> p.contains("left open"));
        assertThat(cmdProblems("reg add \"HKLM\\X\" /v ServiceDll /t REG_EXPAND_SZ /d \"%SystemRoot%\\x.dll\" /f & powershell -NoProfile -Command \"Get-Service; $x\"")).isEmpty();
    }

    // ---- reg -------------------------------------------------------------------------------------

    static final Set<String> ROOTS = Set.of("HKLM", "HKCU", "HKCR", "HKU", "HKCC",
            "HKEY_LOCAL_MACHINE", "HKEY_CURRENT_USER", "HKEY_CLASSES_ROOT", "HKEY_USERS", "HKEY_CURRENT_CONFIG");
    static final Set<String> TYPES = Set.of("REG_SZ", "REG_EXPAND_SZ", "REG_MULTI_SZ", "REG_DWORD", "REG_QWORD", "REG_BINARY", "REG_NONE");
    private static final Pattern REG = Pattern.compile("(?i)(?<![\\w.-])reg(?:\\.exe)?\\s+(add|delete|query|export|import)\\b");
    private static final Pattern FILL_IN = Pattern.compile("<[^<>]+>|\\{\\w+\\}");

    /** The arguments of one command, cmd-style: split on blanks, "..." kept together (quotes removed), up to a separator. */
    static List<String> arguments(String line, int from) {
        List<String> args = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            Matcher fillIn = FILL_IN.matcher(line).region(i, line.length());
            if (!quoted && fillIn.lookingAt()) {
                cur.append(fillIn.group());
                any = true;
                i = fillIn.end() - 1;
            } else if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (!quoted && (c == '&' || c == '|' || c == ';' || c == '}' || c == ')' || c == '>')) {
                break;
            } else if (!quoted && Character.isWhitespace(c)) {
                if (any) args.add(cur.toString());
                cur.setLength(0);
                any = false;
            } else {
                cur.append(c);
                any = true;
            }
        }
        if (any) args.add(cur.toString());
        return args;
    }

    /** What is wrong with the reg calls of a line (any shell); empty when nothing is. */
    static List<String> regProblems(String line) {
        List<String> problems = new ArrayList<>();
        Matcher m = REG.matcher(line);
        while (m.find()) {
            String op = m.group(1).toLowerCase(Locale.ROOT);
            List<String> args = arguments(line, m.end());
            String where = "reg " + op + " " + String.join(" ", args) + ": ";
            if (!op.equals("import")) {
                if (args.isEmpty()) {
                    problems.add(where + "no key");
                    continue;
                }
                String key = args.get(0);
                String local = key.replaceFirst("^\\\\\\\\[^\\\\]+\\\\", ""); // \\computer\ of a remote registry
                String root = local.contains("\\") ? local.substring(0, local.indexOf('\\')) : local;
                if (!FILL_IN.matcher(key).matches() && !ROOTS.contains(root.toUpperCase(Locale.ROOT))) {
                    problems.add(where + "the key does not start with a root key (HKLM, HKCU, HKCR, HKU, HKCC): " + key);
                }
            } else if (args.size() != 1) {
                problems.add(where + "reg import takes one file");
            }
            Map<String, String> opts = new HashMap<>();
            for (int i = 1; i < args.size(); i++) {
                String a = args.get(i);
                if (a.startsWith("/")) {
                    String name = a.substring(1).toLowerCase(Locale.ROOT);
                    boolean takesValue = Set.of("v", "t", "d", "s", "reg:32", "reg:64").contains(name) && !name.startsWith("reg:");
                    opts.put(name, takesValue && i + 1 < args.size() ? args.get(++i) : "");
                }
            }
            switch (op) {
                case "add" -> {
                    if (!opts.containsKey("v") && !opts.containsKey("ve")) problems.add(where + "no value name (/v or /ve)");
                    if (!opts.containsKey("f")) problems.add(where + "no /f: reg asks before overwriting and waits");
                    String type = opts.getOrDefault("t", "REG_SZ").toUpperCase(Locale.ROOT);
                    if (!TYPES.contains(type)) problems.add(where + "unknown type " + type);
                    String data = opts.get("d");
                    if (opts.containsKey("v") && data == null && !type.equals("REG_NONE")) problems.add(where + "no data (/d)");
                    if (data != null && !FILL_IN.matcher(data).matches()) {
                        String bad = dataProblem(type, data);
                        if (bad != null) problems.add(where + bad);
                    }
                }
                case "delete" -> {
                    if (!opts.containsKey("f")) problems.add(where + "no /f: reg asks for confirmation and waits");
                }
                case "export" -> {
                    if (args.size() < 2 || args.get(1).startsWith("/")) problems.add(where + "no file to export to");
                    if (!opts.containsKey("y")) problems.add(where + "no /y: reg asks before overwriting the file and waits");
                }
                default -> { }
            }
        }
        return problems;
    }

    /** Why data does not fit its registry type, or null. */
    static String dataProblem(String type, String data) {
        return switch (type) {
            case "REG_DWORD" -> fitsBits(data, 32) ? null : "REG_DWORD data is not a decimal or 0x hex number of 32 bits: " + data;
            case "REG_QWORD" -> fitsBits(data, 64) ? null : "REG_QWORD data is not a decimal or 0x hex number of 64 bits: " + data;
            case "REG_BINARY" -> data.matches("(?:[0-9A-Fa-f]{2})*") ? null : "REG_BINARY data is not hex bytes: " + data;
            default -> null;
        };
    }

    static boolean fitsBits(String data, int bits) {
        try {
            java.math.BigInteger v = data.matches("0[xX][0-9A-Fa-f]+") ? new java.math.BigInteger(data.substring(2), 16)
                    : data.matches("[0-9]+") ? new java.math.BigInteger(data) : null;
            return v != null && v.bitLength() <= bits;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    @Test
    void everyRegCallNamesARootKeyAValueATypeAndDataOfItsForm() {
        List<String> problems = new ArrayList<>();
        int calls = 0;
        for (Template t : CatalogueCommands.all()) {
            Matcher m = REG.matcher(t.text());
            while (m.find()) calls++;
            for (String p : regProblems(t.text())) problems.add(t.where() + " " + t.field() + ": " + p);
        }
        assertThat(calls).isGreaterThan(100);
        assertThat(problems).isEmpty();
    }

    @Test
    void theRegCheckFindsEachMistake() {
        assertThat(regProblems("reg add \"SYSTEM\\CurrentControlSet\\Control\" /v X /t REG_DWORD /d 1 /f")).anyMatch(p -> p.contains("root key"));
        assertThat(regProblems("reg add \"HKLM\\X\" /t REG_DWORD /d 1 /f")).anyMatch(p -> p.contains("no value name"));
        assertThat(regProblems("reg add \"HKLM\\X\" /v X /t REG_WORD /d 1 /f")).anyMatch(p -> p.contains("unknown type"));
        assertThat(regProblems("reg add \"HKLM\\X\" /v X /t REG_DWORD /d 0x1ffffffff /f")).anyMatch(p -> p.contains("32 bits"));
        assertThat(regProblems("reg add \"HKLM\\X\" /v X /t REG_DWORD /d -1 /f")).anyMatch(p -> p.contains("32 bits"));
        assertThat(regProblems("reg add \"HKLM\\X\" /v X /t REG_DWORD /d 1")).anyMatch(p -> p.contains("/f"));
        assertThat(regProblems("reg export \"HKLM\\X\" C:\\x.reg")).anyMatch(p -> p.contains("/y"));
        assertThat(regProblems("reg delete \"HKLM\\X\" /v Y")).anyMatch(p -> p.contains("/f"));
        assertThat(regProblems("reg add \"HKLM\\X\" /v X /t REG_DWORD /d 0xffffffff /f & reg add HKLM\\Y /v Z /t REG_SZ /d <name> /f"
                + " & reg export \"HKLM\\X\" C:\\x.reg /y & reg delete \"{key}\" /v X /f & reg import C:\\x.reg"
                + " & reg query \\\\{host}\\HKLM\\X /v Y & reg export HKLM\\S\\{name} C:\\b\\{name}.reg /y")).isEmpty();
    }

    // ---- registry keys that may not exist ---------------------------------------------------------

    private static final Pattern NEW_KEY = Pattern.compile("New-Item\\s+(?!-ItemType\\s+Directory)");
    private static final Pattern SET_POLICY = Pattern.compile("(?i)Set-ItemProperty\\s+(-Path\\s+)?'[^']*\\\\Policies\\\\");

    /**
     * What is wrong with how a PowerShell line makes a registry key: New-Item -Force on a key that
     * exists replaces it with an empty one, so it must stand behind {@code if (-not (Test-Path ...))};
     * a policy key often does not exist, and Set-ItemProperty does not make it (audit S6).
     */
    static List<String> registryKeyProblems(String line) {
        List<String> problems = new ArrayList<>();
        Matcher m = NEW_KEY.matcher(line);
        while (m.find()) {
            if (!line.substring(Math.max(0, m.start() - 40), m.start()).matches("(?s).*if \\(-not \\(Test-Path [^)]*\\)\\) \\{ $")) {
                problems.add("New-Item of a key not behind if (-not (Test-Path ...)) { ... }: -Force empties a key that exists");
            }
        }
        if (SET_POLICY.matcher(line).find()) {
            problems.add("Set-ItemProperty under a Policies key that may not exist: make it first, guarded by Test-Path");
        }
        return problems;
    }

    @Test
    void everyRegistryKeyIsMadeGuardedBeforeItIsWritten() {
        List<String> problems = new ArrayList<>();
        for (Template t : CatalogueCommands.all()) {
            if (t.shell() == Shell.POWERSHELL || t.shell() == Shell.BOTH) {
                for (String p : registryKeyProblems(t.text())) problems.add(t.where() + " " + t.field() + ": " + p + ": " + t.text());
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theRegistryKeyCheckFindsAnUnguardedKey() {
        assertThat(registryKeyProblems("New-Item 'HKLM:\\SOFTWARE\\X' -Force | Out-Null; Set-ItemProperty 'HKLM:\\SOFTWARE\\X' -Name A -Value 1")).hasSize(1);
        assertThat(registryKeyProblems("Set-ItemProperty 'HKLM:\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services' -Name A -Value 1")).hasSize(1);
        assertThat(registryKeyProblems("$k = 'HKLM:\\SOFTWARE\\Policies\\X'; if (-not (Test-Path $k)) { New-Item $k -Force | Out-Null }; Set-ItemProperty $k -Name A -Value 1")).isEmpty();
        assertThat(registryKeyProblems("New-Item -ItemType Directory -Force -Path 'C:\\rdp-doctor-backup' | Out-Null")).isEmpty();
    }

    // ---- cmdlets ---------------------------------------------------------------------------------

    /** Parameters every cmdlet takes (about_CommonParameters), and -WhatIf/-Confirm. */
    static final Set<String> COMMON = Set.of("verbose", "debug", "erroraction", "warningaction", "informationaction", "progressaction",
            "errorvariable", "warningvariable", "informationvariable", "outvariable", "outbuffer", "pipelinevariable", "whatif", "confirm");
    private static final Pattern CMDLET = Pattern.compile("[A-Za-z]+-[A-Za-z]+");

    /** The cmdlets of the list: name (lower case) to its parameters (lower case). */
    static Map<String, Set<String>> cmdletList() throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(Path.of("docs", "cmdlets.yaml").toFile());
        Map<String, Set<String>> list = new TreeMap<>();
        root.get("cmdlets").fields().forEachRemaining(e -> {
            JsonNode c = e.getValue();
            assertThat(c.path("module").asText()).as(e.getKey() + " module").isNotBlank();
            assertThat(c.path("runs").asText()).as(e.getKey() + " runs").isNotBlank();
            Set<String> params = new TreeSet<>();
            c.path("parameters").forEach(p -> params.add(p.asText().toLowerCase(Locale.ROOT)));
            list.put(e.getKey().toLowerCase(Locale.ROOT), params);
        });
        return list;
    }

    /** Each Verb-Noun command of the parsed line with the parameters written after it: "Name -Param". */
    static List<String> cmdletUses(List<Leaf> leaves) {
        List<String> uses = new ArrayList<>();
        Deque<String> outer = new ArrayDeque<>();
        String current = null;
        for (Leaf l : leaves) {
            switch (l.type()) {
                case "command_name" -> {
                    current = CMDLET.matcher(l.text()).matches() ? l.text() : null;
                    if (current != null) uses.add(current);
                }
                case "command_parameter" -> {
                    if (current != null) uses.add(current + " " + l.text().replaceAll(":$", ""));
                }
                case "(", "{", "@(", "$(", "@{" -> {
                    outer.push(current == null ? "" : current);
                    current = null;
                }
                case ")", "}" -> current = pop(outer);
                case "|", ";", "&&", "||" -> current = null;
                default -> { }
            }
        }
        return uses;
    }

    private static String pop(Deque<String> outer) {
        if (outer.isEmpty()) return null;
        String s = outer.pop();
        return s.isEmpty() ? null : s;
    }

    /** Why a use ("Name" or "Name -Param") is not in the list, or null. */
    static String cmdletProblem(Map<String, Set<String>> list, String use) {
        String[] p = use.split(" ", 2);
        Set<String> params = list.get(p[0].toLowerCase(Locale.ROOT));
        if (params == null) return "the cmdlet " + p[0] + " is not in docs/cmdlets.yaml";
        if (p.length == 1) return null;
        String name = p[1].substring(1).toLowerCase(Locale.ROOT);
        return params.contains(name) || COMMON.contains(name) ? null : p[0] + " has no parameter " + p[1] + " in docs/cmdlets.yaml";
    }

    @Test
    void everyCmdletAndParameterIsInTheList() throws IOException {
        Map<String, Set<String>> list = cmdletList();
        Map<String, String> ordinary = CatalogueCommands.ordinaryValues();
        List<String> where = new ArrayList<>();
        List<Request> requests = new ArrayList<>();
        Pattern fromCmd = PowerShellGrammarTest.POWERSHELL_FROM_CMD;
        for (Template t : CatalogueCommands.all()) {
            CommandFiller.Filled f = CommandFiller.fill(t.shell(), t.text(), ordinary);
            if (f.isWithheld()) continue;
            if (t.shell() == Shell.POWERSHELL || t.shell() == Shell.BOTH) {
                where.add(t.where() + " " + t.field());
                requests.add(new Request(f.command(), true));
            }
            Matcher m = fromCmd.matcher(f.command());
            while (t.shell() == Shell.CMD && m.find()) {
                where.add(t.where() + " cmd, powershell -Command");
                requests.add(new Request(m.group(2), true));
            }
        }
        List<PowerShellGrammar.Parsed> parsed = PowerShellGrammar.parse(requests);
        List<String> problems = new ArrayList<>();
        Set<String> used = new TreeSet<>();
        for (int i = 0; i < parsed.size(); i++) {
            for (String use : cmdletUses(parsed.get(i).leaves())) {
                used.add(use.split(" ")[0].toLowerCase(Locale.ROOT));
                String problem = cmdletProblem(list, use);
                if (problem != null) problems.add(where.get(i) + ": " + problem);
            }
        }
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(problems.stream().distinct().toList()).isEmpty();
        assertThat(list.keySet()).as("cmdlets in docs/cmdlets.yaml that no command uses").isSubsetOf(used);
    }

    @Test
    void theCmdletCheckFindsAnUnknownCmdletAndParameter() throws IOException {
        Map<String, Set<String>> list = cmdletList();
        List<PowerShellGrammar.Parsed> p = PowerShellGrammar.parse(List.of(
                new Request("Invoke-CimMethod -InputObject (Get-CimInstance -Namespace root/x -ClassName Y) -MethodName Z | Format-List -Property A", true),
                new Request("Get-Service -Nme TermService; Get-Frobnicator -Name x", true)));
        assertThat(cmdletUses(p.get(0).leaves())).containsExactly("Invoke-CimMethod", "Invoke-CimMethod -InputObject", "Get-CimInstance",
                "Get-CimInstance -Namespace", "Get-CimInstance -ClassName", "Invoke-CimMethod -MethodName", "Format-List", "Format-List -Property");
        assertThat(cmdletUses(p.get(0).leaves())).allMatch(u -> cmdletProblem(list, u) == null);
        assertThat(cmdletUses(p.get(1).leaves()).stream().map(u -> cmdletProblem(list, u)).toList())
                .contains("Get-Service has no parameter -Nme in docs/cmdlets.yaml", "the cmdlet Get-Frobnicator is not in docs/cmdlets.yaml");
    }
}
