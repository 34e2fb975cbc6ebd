package io.rdpdoctor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The transcript splitter's javadoc: which lines are prompts, one capture per command with the
 * file's line numbers, PsExec's banner and progress dropped (numbering kept), blank edges dropped,
 * text before the first prompt, and the command inside psexec, Invoke-Command and cmd /c.
 */
class TranscriptTest {

    @Test
    void thePromptsOfCmdPowerShellRemotingAndEvilWinRmGiveTheirCommand() {
        assertThat(Transcript.promptCommand("C:\\>netstat -ano")).isEqualTo("netstat -ano");
        assertThat(Transcript.promptCommand("C:\\Users\\admin>sc query TermService  ")).isEqualTo("sc query TermService");
        assertThat(Transcript.promptCommand("PS C:\\> Get-Service TermService")).isEqualTo("Get-Service TermService");
        assertThat(Transcript.promptCommand("PS C:\\Windows\\system32> qwinsta")).isEqualTo("qwinsta");
        assertThat(Transcript.promptCommand("[SRV01]: PS C:\\Users\\admin\\Documents> ipconfig /all")).isEqualTo("ipconfig /all");
        assertThat(Transcript.promptCommand("*Evil-WinRM* PS C:\\Users\\admin> netstat -ano")).isEqualTo("netstat -ano");
        assertThat(Transcript.promptCommand("PS HKLM:\\SYSTEM> Get-ItemProperty .")).isEqualTo("Get-ItemProperty .");
        assertThat(Transcript.promptCommand("[SRV01]: C:\\>whoami")).isEqualTo("whoami");
        assertThat(Transcript.promptCommand("PS C:\\> ")).isEmpty();
        assertThat(Transcript.isPrompt("C:\\Users\\admin>")).isTrue();
    }

    @Test
    void outputLinesAreNoPrompts() {
        assertThat(Transcript.isPrompt("  TCP    0.0.0.0:3389           0.0.0.0:0              LISTENING       1184")).isFalse();
        assertThat(Transcript.isPrompt("Status      : Running -> Stopped")).isFalse();
        assertThat(Transcript.isPrompt("<Rsop xmlns=\"http://www.microsoft.com/GroupPolicy/Rsop\">")).isFalse();
        assertThat(Transcript.promptCommand("")).isNull();
    }

    @Test
    void aLineOfMoreThan2000CharactersIsNoPrompt() {
        String prompt = "C:\\>";
        String at2000 = prompt + "x".repeat(2000 - prompt.length());
        assertThat(Transcript.isPrompt(at2000)).isTrue();
        assertThat(Transcript.isPrompt(at2000 + "x")).isFalse();
    }

    @Test
    void eachCommandIsACaptureWithTheFileLineNumbersAndBlankEdgesDropped() {
        List<String> lines = List.of(
                "C:\\>hostname",              // 1
                "",                           // 2
                "SRV01",                      // 3
                "",                           // 4
                "C:\\>whoami",                // 5
                "contoso\\admin",             // 6
                "",                           // 7
                "   ",                        // 8
                "second line",                // 9
                "",                           // 10
                "C:\\>");                     // 11
        List<Capture> caps = Transcript.split("t.txt", lines, null);
        assertThat(caps).extracting(Capture::command).containsExactly("hostname", "whoami");
        assertThat(caps.get(0).lines()).containsExactly("SRV01");
        assertThat(caps.get(0).firstLine()).isEqualTo(3);
        assertThat(caps.get(1).lines()).containsExactly("contoso\\admin", "", "   ", "second line");
        assertThat(caps.get(1).firstLine()).isEqualTo(6);
        assertThat(caps).allSatisfy(c -> assertThat(c.file()).isEqualTo("t.txt"));
    }

    @Test
    void aCommandWithoutOutputIsKeptAtItsPromptLineAndABarePromptOnlyEndsTheCommandBefore() {
        List<String> lines = List.of("header", "C:\\>sc query TermService", "", "PS C:\\> ", "", "C:\\>qwinsta");
        List<Capture> caps = Transcript.split("t.txt", lines, null);
        assertThat(caps).extracting(Capture::command).containsExactly(null, "sc query TermService", "qwinsta");
        assertThat(caps).extracting(Capture::firstLine).containsExactly(1, 2, 6);
        assertThat(caps.get(1).lines()).isEmpty();
        assertThat(caps.get(2).lines()).isEmpty();
    }

    @Test
    void textWithoutPromptsIsOneCaptureWithTheDefaultCommand() {
        List<Capture> caps = Transcript.split("netstat-ano.txt", List.of("", "Active Connections", "", "  Proto  Local Address"), "netstat -ano");
        assertThat(caps).singleElement().satisfies(c -> {
            assertThat(c.command()).isEqualTo("netstat -ano");
            assertThat(c.firstLine()).isEqualTo(2);
            assertThat(c.lines()).containsExactly("Active Connections", "", "  Proto  Local Address");
        });
        // blank text before the first prompt, or an empty file, is no capture even with a default command
        assertThat(Transcript.split("x.txt", List.of("", " "), "netstat -ano")).isEmpty();
        assertThat(Transcript.split("x.txt", List.of(" ", "C:\\>ver"), "netstat -ano")).extracting(Capture::command).containsExactly("ver");
    }

    @Test
    void psexecBannerAndProgressAreDroppedAndTheNumberingStaysExact() {
        List<String> lines = List.of(
                "C:\\>psexec \\\\SRV01 netstat -ano",                         // 1
                "",                                                           // 2
                "PsExec v2.43 - Execute processes remotely",                  // 3
                "Copyright (C) 2001-2023 Mark Russinovich",                   // 4
                "Sysinternals - www.sysinternals.com",                        // 5
                "",                                                           // 6
                "Connecting to SRV01...",                                     // 7
                "Starting PSEXESVC service on SRV01...",                      // 8
                "Connecting with PsExec service on SRV01...",                 // 9
                "Starting netstat on SRV01...",                               // 10
                "Active Connections",                                         // 11: ends the banner
                "Copyright (C) is output here",                               // 12: after the banner, output
                "Connecting to nothing...",                                   // 13: likewise
                "  TCP    0.0.0.0:3389           0.0.0.0:0              LISTENING       1184", // 14
                "netstat exited on SRV01 with error code 0.",                 // 15
                "  TCP    0.0.0.0:445            0.0.0.0:0              LISTENING       4",    // 16
                "cmd exited on SRV01 with error code -1.");                   // 17
        List<Capture> caps = Transcript.split("t.txt", lines, null);
        assertThat(caps).singleElement().satisfies(c -> {
            assertThat(c.command()).isEqualTo("netstat -ano");
            assertThat(c.firstLine()).isEqualTo(11);
            assertThat(c.lines()).containsExactly("Active Connections", "Copyright (C) is output here", "Connecting to nothing...",
                    lines.get(13), "", lines.get(15));
            assertThat(c.lineNumber(5)).isEqualTo(16);
        });
    }

    @Test
    void onlyTheBannerAndProgressLinesThemselvesAreDropped() {
        List<String> lines = List.of("C:\\>type notes.txt", "Note: PsExec v2.43 was used here", "The service exited on its own.");
        assertThat(Transcript.split("t.txt", lines, null)).singleElement()
                .satisfies(c -> assertThat(c.lines()).containsExactly(lines.get(1), lines.get(2)));
    }

    @Test
    void theBannerEndsAtTheNextPrompt() {
        List<String> lines = List.of("C:\\>psexec \\\\SRV01 hostname", "PsExec v2.43 - Execute processes remotely",
                "C:\\>ver", "Copyright (C) 2001-2023 Mark Russinovich");
        List<Capture> caps = Transcript.split("t.txt", lines, null);
        assertThat(caps).extracting(Capture::command).containsExactly("hostname", "ver");
        assertThat(caps.get(1).lines()).containsExactly("Copyright (C) 2001-2023 Mark Russinovich");
    }

    @Test
    void theCommandInsidePsexecInvokeCommandAndCmdIsTheOneThatPrinted() {
        assertThat(Transcript.innerCommand("psexec \\\\SRV01 -s cmd /c netstat -ano")).isEqualTo("netstat -ano");
        assertThat(Transcript.innerCommand(".\\PsExec64.exe -accepteula \\\\SRV01 sc query termservice")).isEqualTo("sc query termservice");
        assertThat(Transcript.innerCommand("C:/tools/psexec.exe \\\\SRV01 -u CONTOSO\\admin -p secret -n 5 -w C:\\ qwinsta"))
                .isEqualTo("qwinsta");
        assertThat(Transcript.innerCommand("psexec -i 2 \\\\SRV01 qwinsta")).isEqualTo("qwinsta");
        assertThat(Transcript.innerCommand("psexec -i \\\\SRV01 qwinsta")).isEqualTo("qwinsta");
        assertThat(Transcript.innerCommand("psexec \\\\SRV01 -c -f -v /accepteula ipconfig /all")).isEqualTo("ipconfig /all");
        assertThat(Transcript.innerCommand("psexec \\\\SRV01 -h")).isEqualTo("psexec \\\\SRV01 -h");
        assertThat(Transcript.innerCommand("Invoke-Command -ComputerName SRV01 -ScriptBlock { qwinsta }")).isEqualTo("qwinsta");
        assertThat(Transcript.innerCommand("icm SRV01 {netstat -ano} -Credential $c")).isEqualTo("netstat -ano");
        assertThat(Transcript.innerCommand("Invoke-Command SRV01 { }")).isEqualTo("Invoke-Command SRV01 { }");
        assertThat(Transcript.innerCommand("cmd /c \"sc qc TermService\"")).isEqualTo("sc qc TermService");
        assertThat(Transcript.innerCommand("cmd.exe /K  netstat -ano ")).isEqualTo("netstat -ano");
        assertThat(Transcript.innerCommand("cmd /c \"\"")).isEmpty();
        assertThat(Transcript.innerCommand("cmd /c \"")).isEqualTo("\"");
        assertThat(Transcript.innerCommand("  netstat -ano  ")).isEqualTo("netstat -ano");
        assertThat(Transcript.innerCommand("psexec \\\\SRV01 -c ipconfig /all")).isEqualTo("ipconfig /all");
        assertThat(Transcript.innerCommand("psexec \\\\SRV01 -f ipconfig /all")).isEqualTo("ipconfig /all");
        assertThat(Transcript.innerCommand("psexec \\\\SRV01 -v ipconfig /all")).isEqualTo("ipconfig /all");
        assertThat(Transcript.innerCommand("psexec \\\\SRV01 -i")).isEqualTo("psexec \\\\SRV01 -i");
        // quotes around the whole command only
        assertThat(Transcript.innerCommand("cmd /c echo \"hi\"")).isEqualTo("echo \"hi\"");
        assertThat(Transcript.innerCommand("cmd /c \"C:\\tools\\psping.exe\" -n 5 srv01:3389")).isEqualTo("\"C:\\tools\\psping.exe\" -n 5 srv01:3389");
        assertThat(Transcript.innerCommand("mypsexec \\\\SRV01 qwinsta")).isEqualTo("mypsexec \\\\SRV01 qwinsta");
    }
}
