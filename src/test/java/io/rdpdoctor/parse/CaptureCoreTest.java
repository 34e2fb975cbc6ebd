package io.rdpdoctor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdpdoctor.factfile.FactFileReader;
import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.Fact;
import io.rdpdoctor.facts.FactSet;
import io.rdpdoctor.facts.HostInfo;
import io.rdpdoctor.facts.Listener;
import io.rdpdoctor.facts.ListeningSocket;
import io.rdpdoctor.facts.RegistryKey;
import io.rdpdoctor.facts.RegistryValue;
import io.rdpdoctor.facts.ServiceState;
import io.rdpdoctor.facts.ServiceStatus;
import io.rdpdoctor.facts.Source;
import io.rdpdoctor.facts.Sourced;
import io.rdpdoctor.facts.StartType;
import io.rdpdoctor.cli.ParseCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CaptureCoreTest {

    static final String TRANSCRIPT = String.join("\r\n",
            "Microsoft Windows [Version 10.0.20348.2340]",
            "(c) Microsoft Corporation. All rights reserved.",
            "",
            "C:\\Users\\admin>psexec \\\\SRV01 -s cmd /c sc query TermService",
            "",
            "PsExec v2.43 - Execute processes remotely",
            "Copyright (C) 2001-2023 Mark Russinovich",
            "Sysinternals - www.sysinternals.com",
            "",
            "",
            "SERVICE_NAME: TermService",
            "        TYPE               : 30  WIN32",
            "        STATE              : 1  STOPPED",
            "        WIN32_EXIT_CODE    : 1067  (0x42b)",
            "        SERVICE_EXIT_CODE  : 0  (0x0)",
            "        CHECKPOINT         : 0x0",
            "        WAIT_HINT          : 0x0",
            "cmd exited on SRV01 with error code 0.",
            "",
            "C:\\Users\\admin>powershell",
            "PS C:\\Users\\admin> Enter-PSSession SRV01",
            "[SRV01]: PS C:\\Users\\admin\\Documents> qwinsta",
            " SESSIONNAME       USERNAME                 ID  STATE   TYPE        DEVICE",
            ">services                                    0  Disc",
            " rdp-tcp                                 65536  Listen",
            "[SRV01]: PS C:\\Users\\admin\\Documents> Invoke-Command -ComputerName SRV01 -ScriptBlock { netstat -ano }",
            "",
            "Active Connections",
            "",
            "  Proto  Local Address          Foreign Address        State           PID",
            "  TCP    0.0.0.0:3389           0.0.0.0:0              LISTENING       1184",
            "  TCP    10.0.0.5:3389          10.0.0.9:50123         ESTABLISHED     1184",
            "[SRV01]: PS C:\\Users\\admin\\Documents> ",
            "");

    @Test
    void aTranscriptIsSplitPerCommandWithPsexecBannerAndRemotePrompts() {
        List<Capture> caps = Transcript.split("ticket.txt", CaptureText.lines(TRANSCRIPT), null);
        assertThat(caps).extracting(Capture::command)
                .containsExactly(null, "sc query TermService", "powershell", "Enter-PSSession SRV01", "qwinsta", "netstat -ano");
        Capture sc = caps.get(1);
        assertThat(sc.firstLine()).isEqualTo(11);
        assertThat(sc.lines().get(0)).isEqualTo("SERVICE_NAME: TermService");
        assertThat(sc.lines()).noneMatch(l -> l.contains("PsExec") || l.contains("exited on"));
        Capture netstat = caps.get(5);
        assertThat(netstat.firstLine()).isEqualTo(28);
        assertThat(netstat.lines()).hasSize(5);
    }

    @Test
    void aPastedTranscriptGivesTheFactsOfEachCommandAndSaysWhatItSkipped() {
        CaptureLoader.Result r = new CaptureLoader().load("ticket.txt", TRANSCRIPT.getBytes(StandardCharsets.UTF_8));
        FactSet f = r.facts();
        assertThat(f.all(ServiceState.class)).singleElement().satisfies(s -> {
            assertThat(s.status()).isEqualTo(ServiceStatus.STOPPED);
            assertThat(s.lastError()).isEqualTo(1067);
            assertThat(s.source()).isEqualTo(new Source("ticket.txt", 11, "sc query TermService"));
        });
        assertThat(f.all(Listener.class)).singleElement().satisfies(l -> assertThat(l.source().line()).isEqualTo(25));
        assertThat(f.all(ListeningSocket.class)).singleElement().satisfies(s -> {
            assertThat(s.port()).isEqualTo(3389);
            assertThat(s.source()).isEqualTo(new Source("ticket.txt", 31, "netstat -ano"));
        });
        assertThat(f.collected(Area.SOCKETS)).isTrue();
        assertThat(r.blocks()).extracting(CaptureLoader.Block::parser).containsExactly("sc-query", "qwinsta", "netstat-ano");
        assertThat(r.skipped()).extracting(CaptureLoader.Skipped::why)
                .containsExactly(CaptureLoader.Why.NOT_RECOGNISED, CaptureLoader.Why.NO_OUTPUT, CaptureLoader.Why.NO_OUTPUT);
        assertThat(r.skipped().get(0).reason()).startsWith("not recognised").contains("Microsoft Windows [Version");
    }

    @Test
    void utf16WithBomAndWithoutBomAreDecoded() throws Exception {
        String text = "\r\nSERVICE_NAME: TermService\r\n        STATE              : 4  RUNNING\r\n";
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] bom = new byte[body.length + 2];
        bom[0] = (byte) 0xFF;
        bom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bom, 2, body.length);
        assertThat(CaptureText.decode(bom).text()).isEqualTo(text);
        assertThat(CaptureText.decode(bom).encoding()).isEqualTo("UTF-16LE (BOM)");
        assertThat(CaptureText.decode(body).text()).isEqualTo(text);
        assertThat(CaptureText.decode(text.getBytes(StandardCharsets.UTF_16BE)).encoding()).isEqualTo("UTF-16BE");
        byte[] utf8bom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        assertThat(CaptureText.decode(utf8bom).text()).isEqualTo(text);
    }

    @Test
    void germanNetstatInTheOemCodePageIsReadAsCp850() throws Exception {
        String text = "\r\nAktive Verbindungen\r\n\r\n  Proto  Lokale Adresse         Remoteadresse          Status           PID\r\n"
                + "  TCP    0.0.0.0:3389           0.0.0.0:0              ABHÖREN         1184\r\n";
        byte[] oem = text.getBytes(Charset.forName("IBM850"));
        assertThat(oem).contains((byte) 0x99);
        CaptureLoader.Result r = new CaptureLoader().load("netstat.txt", oem);
        assertThat(r.blocks()).singleElement().satisfies(b -> assertThat(b.encoding()).startsWith("cp850"));
        assertThat(r.facts().all(ListeningSocket.class)).singleElement().satisfies(s -> assertThat(s.pid()).isEqualTo(1184));
        assertThat(CaptureText.decode(oem).text()).contains("ABHÖREN");
    }

    @Test
    void mojibakeInPastedTextIsRepairedButGenuineTextIsLeftAlone() {
        assertThat(CaptureText.repairMojibake("  TCP    0.0.0.0:25   0.0.0.0:0   ABH™REN   4552")).contains("ABHÖREN");
        assertThat(CaptureText.repairMojibake("  Proto  Direcci¢n local")).isEqualTo("  Proto  Dirección local");
        assertThat(CaptureText.repairMojibake("Vollst„ndiger Name")).isEqualTo("Vollständiger Name");
        assertThat(CaptureText.repairMojibake("Nom de l’hôte: PC01, Windows™ „Zitat“")).isEqualTo("Nom de l’hôte: PC01, Windows™ „Zitat“");
        assertThat(CaptureText.repairMojibake("Größe Domäne État")).isEqualTo("Größe Domäne État");
    }

    @Test
    void aCaptureFolderWithAnUnreadableFileStillGivesTheOthersFactsAndSaysWhy(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("manifest.json"), "{\"host\": \"SRV01\", \"collectorVersion\": \"1\"}");
        Files.writeString(dir.resolve("sc-query.txt"), "\nSERVICE_NAME: TermService\n        STATE              : 4  RUNNING\n");
        Files.writeString(dir.resolve("sc-qc.txt"), "[SC] QueryServiceConfig SUCCESS\n\nSERVICE_NAME: TermService\n"
                + "        TYPE               : 20  WIN32_SHARE_PROCESS\n        START_TYPE         : 3   DEMAND_START\n"
                + "        ERROR_CONTROL      : 1   NORMAL\n        BINARY_PATH_NAME   : C:\\Windows\\System32\\svchost.exe -k NetworkService\n"
                + "        LOAD_ORDER_GROUP   :\n        TAG                : 0\n        DISPLAY_NAME       : Remote Desktop Services\n"
                + "        DEPENDENCIES       : RPCSS\n        SERVICE_START_NAME : NT Authority\\NetworkService\n");
        Files.write(dir.resolve("netstat-ano.txt"), new byte[] {0x50, 0x4B, 3, 4, 0, 0, 0, 0, 1, 2, 0, 0, 0, 0, 0, 0, 7, 0, 0, 0});
        Files.writeString(dir.resolve("qwinsta.txt"), " SESSIONNAME USERNAME ID STATE\n this is not qwinsta output\n and neither is this\n");
        CaptureLoader.Result r = new CaptureLoader().load(dir);
        assertThat(r.facts().host()).map(HostInfo::name).contains("SRV01");
        assertThat(r.facts().all(ServiceState.class)).singleElement().satisfies(s -> {
            assertThat(s.status()).isEqualTo(ServiceStatus.RUNNING);
            assertThat(s.startType()).isEqualTo(StartType.MANUAL);
            assertThat(s.account()).isEqualTo("NT Authority\\NetworkService");
        });
        assertThat(r.incomplete()).isTrue();
        assertThat(r.skipped()).extracting(s -> Path.of(s.file()).getFileName().toString() + ": " + s.why())
                .containsExactlyInAnyOrder("netstat-ano.txt: UNREADABLE", "qwinsta.txt: PARSE_ERROR");
        assertThat(r.skipped()).anySatisfy(s -> assertThat(s.toString()).contains("qwinsta.txt:2").contains("a session row"));
        assertThat(r.facts().collected(Area.SOCKETS)).isFalse();
    }

    @Test
    void parsedFactsRoundTripThroughTheFactFileReader(@TempDir Path dir) throws Exception {
        String reg = "\r\nHKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp\r\n"
                + "    PortNumber    REG_DWORD    0xd3d\r\n    SecurityLayer    REG_DWORD    0x2\r\n"
                + "    SSLCertificateSHA1Hash    REG_BINARY    3F2A9C41\r\n    Security Packages    REG_MULTI_SZ    kerberos\\0msv1_0\r\n"
                + "    WdName    REG_SZ    true\r\n    Big    REG_QWORD    0x100000000\r\n    Path    REG_EXPAND_SZ    %SystemRoot%\\x\r\n";
        String transcript = TRANSCRIPT + "C:\\>reg query \"HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp\"\r\n" + reg
                + "C:\\>reg query \"HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services\"\r\n"
                + "ERROR: The system was unable to find the specified registry key or value.\r\n";
        CaptureLoader.Result r = new CaptureLoader().load("paste.txt", transcript.getBytes(StandardCharsets.UTF_8));
        String yaml = FactYaml.write(r.facts().facts(), FactYaml.Sources.FULL, "round trip");
        Path file = dir.resolve("facts.yaml");
        Files.writeString(file, yaml);
        FactSet back = new FactFileReader().read(file);
        assertThat(withoutRegistrySources(back.facts())).containsExactlyInAnyOrderElementsOf(withoutRegistrySources(r.facts().facts()));
        assertThat(back.all(RegistryKey.class)).extracting(RegistryKey::exists).containsExactly(true, false);
        assertThat(back.all(RegistryValue.class)).extracting(v -> v.name() + "=" + v.type() + ":" + v.data())
                .contains("PortNumber=REG_DWORD:3389", "Security Packages=REG_MULTI_SZ:kerberos\nmsv1_0", "WdName=REG_SZ:true",
                        "Big=REG_QWORD:4294967296");
    }

    /** Collected facts and registry facts get the fact file's own source when read back; compare them without. */
    private static Set<Object> withoutRegistrySources(List<Fact> facts) {
        return facts.stream().map(f -> f instanceof io.rdpdoctor.facts.Collected c ? (Object) c.area()
                : f instanceof RegistryKey || f instanceof RegistryValue ? ((Sourced<?>) f).withSource(null) : (Object) f)
                .collect(Collectors.toSet());
    }

    @Test
    void theParseCommandPrintsAFactFileAndReportsBlocksOnStandardError(@TempDir Path dir) throws Exception {
        Path paste = dir.resolve("ticket.txt");
        Files.writeString(paste, TRANSCRIPT);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new ParseCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(paste.toString());
        assertThat(code).isEqualTo(3); // the banner before the first prompt was not recognised
        assertThat(err.toString()).contains("recognised from its content as sc-query").contains("skipped: not recognised");
        Path yaml = dir.resolve("out.yaml");
        Files.writeString(yaml, out.toString());
        FactSet back = new FactFileReader().read(yaml);
        assertThat(back.all(ServiceState.class)).singleElement()
                .satisfies(s -> assertThat(s.source()).isEqualTo(new Source(paste.toString(), 11, "sc query TermService")));
    }
}
