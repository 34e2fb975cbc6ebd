package io.rdpdoctor.derived;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdpdoctor.facts.ConnectionAttempt;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The security layer an attempt asked for, from its options or its command line, and FreeRDP-based clients. */
class ClientSwitchesTest {

    private static ConnectionAttempt attempt(String app, Map<String, String> options) {
        return new ConnectionAttempt(null, null, app, null, null, null, true, null, null, null, null, null, null, null, options, null);
    }

    @Test
    void theOptionWins() {
        assertThat(ClientSwitches.securityLayer(attempt("xfreerdp /sec:tls", Map.of("/sec", "RDP")))).isEqualTo("rdp");
    }

    @Test
    void aSwitchInTheCommandLineIsRead() {
        assertThat(ClientSwitches.securityLayer(attempt("xfreerdp /sec:rdp", null))).isEqualTo("rdp");
        assertThat(ClientSwitches.securityLayer(attempt("xfreerdp /v:host -sec:nla /u:x", null))).isEqualTo("nla");
    }

    @Test
    void noSwitchOrAWordThatOnlyContainsItIsNothing() {
        assertThat(ClientSwitches.securityLayer(attempt("xfreerdp", null))).isNull();
        assertThat(ClientSwitches.securityLayer(attempt("xfreerdp /sec-foo:rdp /v:host/sec:rdp", null))).isNull();
        assertThat(ClientSwitches.securityLayer(attempt(null, null))).isNull();
    }

    @Test
    void freeRdpBasedClients() {
        assertThat(ClientSwitches.freeRdpBased("xfreerdp /sec:rdp")).isTrue();
        assertThat(ClientSwitches.freeRdpBased("Remmina")).isTrue();
        assertThat(ClientSwitches.freeRdpBased("mstsc")).isFalse();
        assertThat(ClientSwitches.freeRdpBased(null)).isFalse();
    }

    @Test
    void clientsWithTheirOwnRdpStackAreNotThoseThatEmbedMicrosoftsControl() {
        assertThat(ClientSwitches.ownRdpStack("FreeRDP (Thinstation)")).isTrue();
        assertThat(ClientSwitches.ownRdpStack("ironrdp-client")).isTrue();
        assertThat(ClientSwitches.ownRdpStack("MeshCentral web RDP")).isTrue();
        assertThat(ClientSwitches.ownRdpStack("rdesktop")).isTrue();
        assertThat(ClientSwitches.ownRdpStack("Apache Guacamole")).isTrue();
        assertThat(ClientSwitches.ownRdpStack("mstsc")).isFalse();
        assertThat(ClientSwitches.ownRdpStack("mstsc.exe /v:srv01")).isFalse();
        assertThat(ClientSwitches.ownRdpStack("mRemoteNG")).isFalse();
        assertThat(ClientSwitches.ownRdpStack("Windows App")).isFalse();
        assertThat(ClientSwitches.ownRdpStack(null)).isFalse();
    }

    @Test
    void clientsBuiltOnFreeRdpOrIronRdpToolsAndProxiesHaveAStackOfTheirOwn() {
        assertThat(ClientSwitches.ownRdpStack("aRDP")).isTrue();
        assertThat(ClientSwitches.ownRdpStack("RustConn")).isTrue();
        assertThat(ClientSwitches.ownRdpStack("OxideTerm 2.0.12")).isTrue();
        assertThat(ClientSwitches.ownRdpStack("hydra -t 1 rdp://10.0.0.5")).isTrue();
        assertThat(ClientSwitches.ownRdpStack("nxc rdp 10.0.0.0/24")).isTrue();
        assertThat(ClientSwitches.ownRdpStack("PyRDP (man-in-the-middle)")).isTrue();
        assertThat(ClientSwitches.ownRdpStack("WALLIX Redemption rdpproxy")).isTrue();
        // the names are whole words: a word that only contains one is not the tool
        assertThat(ClientSwitches.ownRdpStack("Hydrant desktop")).isFalse();
        assertThat(ClientSwitches.ownRdpStack("Seattle RDS farm")).isFalse();
        assertThat(ClientSwitches.ownRdpStack("r-shell v2.5.0 (IronRDP 0.17.0)")).isTrue();
        assertThat(ClientSwitches.ownRdpStack("Power-Shell remoting")).isFalse();
        assertThat(ClientSwitches.ownRdpStack("Remote Desktop Connection Manager")).isFalse();
    }

    @Test
    void aCertificateSwitchThatAcceptsTheHostsCertificateAsItIsNow() {
        assertThat(ClientSwitches.acceptsAnyCertificate(attempt("xfreerdp3", Map.of("/cert", "tofu")))).isTrue();
        assertThat(ClientSwitches.acceptsAnyCertificate(attempt("xfreerdp /v:h /cert:ignore", null))).isTrue();
        assertThat(ClientSwitches.acceptsAnyCertificate(attempt("xfreerdp /v:h -cert-ignore", null))).isTrue();
        assertThat(ClientSwitches.acceptsAnyCertificate(attempt("xfreerdp /v:h /cert:deny", null))).isFalse();
        assertThat(ClientSwitches.acceptsAnyCertificate(attempt("xfreerdp", Map.of("/cert", "deny")))).isFalse();
        assertThat(ClientSwitches.acceptsAnyCertificate(attempt(null, null))).isFalse();
    }

    private static io.rdpdoctor.facts.ClientInfo client(String os, String rdpClient) {
        return new io.rdpdoctor.facts.ClientInfo(null, os, null, null, rdpClient, null, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void windowsOwnClientIsMstscOrAWindowsClientThatNamesNoOther() {
        assertThat(ClientSwitches.windowsOwnClient(client("Windows 10 Pro", null))).isTrue();
        assertThat(ClientSwitches.windowsOwnClient(client(null, "mstsc.exe"))).isTrue();
        assertThat(ClientSwitches.windowsOwnClient(client("Windows 11", "Remote Desktop Connection"))).isTrue();
        // a FreeRDP client on Windows has its own CredSSP
        assertThat(ClientSwitches.windowsOwnClient(client("Windows 10", "wfreerdp"))).isFalse();
        assertThat(ClientSwitches.windowsOwnClient(client("Fedora 33", null))).isFalse();
        assertThat(ClientSwitches.windowsOwnClient(client("Windowsill OS", null))).isFalse();
        assertThat(ClientSwitches.windowsOwnClient(client(null, null))).isFalse();
        assertThat(ClientSwitches.windowsOwnClient(null)).isFalse();
    }

    @Test
    void windowsRdpStackIsMstscAndTheManagersThatEmbedItsControl() {
        assertThat(ClientSwitches.windowsRdpStack("mstsc")).isTrue();
        assertThat(ClientSwitches.windowsRdpStack("mRemoteNG 1.76.20")).isTrue();
        assertThat(ClientSwitches.windowsRdpStack("Terminals")).isTrue();
        assertThat(ClientSwitches.windowsRdpStack("RDCMan")).isTrue();
        assertThat(ClientSwitches.windowsRdpStack("Royal TS")).isTrue();
        assertThat(ClientSwitches.windowsRdpStack("Devolutions Remote Desktop Manager")).isTrue();
        // their own RDP stacks, whatever the name shares
        assertThat(ClientSwitches.windowsRdpStack("Next Terminal")).isFalse();
        assertThat(ClientSwitches.windowsRdpStack("Royal TSX")).isFalse();
        assertThat(ClientSwitches.windowsRdpStack("xfreerdp")).isFalse();
        assertThat(ClientSwitches.windowsRdpStack("mstsc via xrdp/NeutrinoRDP")).isFalse();
        assertThat(ClientSwitches.windowsRdpStack(null)).isFalse();
        // a Windows client machine running mRemoteNG follows its Windows updates as mstsc does
        assertThat(ClientSwitches.windowsOwnClient(client("Windows 10 Pro 1803", "mRemoteNG"))).isTrue();
    }

    @Test
    void lowersTlsSecurityLevelByOptionOrSwitch() {
        assertThat(ClientSwitches.lowersTlsSecurityLevel(attempt("xfreerdp", java.util.Map.of("/tls-seclevel", "0")))).isTrue();
        assertThat(ClientSwitches.lowersTlsSecurityLevel(attempt("xfreerdp /v:srv /tls:seclevel:0", java.util.Map.of()))).isTrue();
        assertThat(ClientSwitches.lowersTlsSecurityLevel(attempt("Remmina", java.util.Map.of("TLS security level", "0")))).isTrue();
        // the default level, or no such switch
        assertThat(ClientSwitches.lowersTlsSecurityLevel(attempt("xfreerdp", java.util.Map.of("/tls-seclevel", "2")))).isFalse();
        assertThat(ClientSwitches.lowersTlsSecurityLevel(attempt("xfreerdp /v:srv /sec:tls", java.util.Map.of()))).isFalse();
        assertThat(ClientSwitches.lowersTlsSecurityLevel(null)).isFalse();
    }

    @Test
    void webGatewaysByName() {
        assertThat(ClientSwitches.webGateway("Apache Guacamole 1.5")).isTrue();
        assertThat(ClientSwitches.webGateway("JumpServer")).isTrue();
        assertThat(ClientSwitches.webGateway("Next Terminal (guacd)")).isTrue();
        assertThat(ClientSwitches.webGateway("Termix web (Chrome)")).isTrue();
        assertThat(ClientSwitches.webGateway("Nexterm 1.0")).isTrue();
        assertThat(ClientSwitches.webGateway("Windows Admin Center (Remote Desktop extension)")).isTrue();
        assertThat(ClientSwitches.webGateway("Terminals 4.0")).isFalse();
        // a browser cannot speak RDP: a cloud console's browser-based client is a gateway
        assertThat(ClientSwitches.webGateway("Lightsail browser-based RDP client")).isTrue();
        assertThat(ClientSwitches.webGateway("Cloudflare browser-based RDP")).isTrue();
        assertThat(ClientSwitches.webGateway("Microsoft Edge")).isFalse();
        assertThat(ClientSwitches.webGateway("node-rdpjs (mstsc.js)")).isTrue();
        // the library alone is no gateway: electerm runs it on the user's desktop
        assertThat(ClientSwitches.webGateway("electerm (node-rdpjs)")).isFalse();
        assertThat(ClientSwitches.ownRdpStack("electerm (node-rdpjs)")).isTrue();
        assertThat(ClientSwitches.webGateway("mstsc (through Warpgate)")).isTrue();
        assertThat(ClientSwitches.webGateway("FreeRDP-WebConnect (browser)")).isTrue();
        // a bastion host that opens its own RDP session to the host (Alibaba Cloud's Bastionhost)
        assertThat(ClientSwitches.webGateway("云盾堡垒机 (Alibaba Cloud Bastionhost)")).isTrue();
        assertThat(ClientSwitches.webGateway("跳板机")).isTrue();
        assertThat(ClientSwitches.webGateway("Azure Bastion")).as("Microsoft's bastion is named apart").isFalse();
        assertThat(ClientSwitches.webGateway("mstsc")).isFalse();
        assertThat(ClientSwitches.webGateway("xfreerdp")).isFalse();
        assertThat(ClientSwitches.webGateway(null)).isFalse();
        // a gateway is a client with an RDP stack of its own
        assertThat(ClientSwitches.ownRdpStack("JumpServer")).isTrue();
    }

    @Test
    void microsoftsWebClientByNameOrAddress() {
        assertThat(ClientSwitches.microsoftWebClient("Remote Desktop web client")).isTrue();
        assertThat(ClientSwitches.microsoftWebClient("AVD web client (Edge)")).isTrue();
        assertThat(ClientSwitches.microsoftWebClient("https://client.wvd.microsoft.com/arm/webclient")).isTrue();
        assertThat(ClientSwitches.microsoftWebClient("https://rds.contoso.com/RDWeb/webclient")).isTrue();
        // a web gateway of another maker, and Microsoft's installed clients, are not it
        assertThat(ClientSwitches.microsoftWebClient("Guacamole web client")).isFalse();
        assertThat(ClientSwitches.microsoftWebClient("Windows App")).isFalse();
        assertThat(ClientSwitches.microsoftWebClient("mstsc")).isFalse();
        assertThat(ClientSwitches.microsoftWebClient(null)).isFalse();
        assertThat(ClientSwitches.windowsAdminCenter("Windows Admin Center - Remote Desktop tool")).isTrue();
        assertThat(ClientSwitches.windowsAdminCenter("Remote Desktop web client")).isFalse();
        assertThat(ClientSwitches.windowsAdminCenter(null)).isFalse();
    }

    @Test
    void aClientsNameWithoutItsVersionTellsOneProgramInTwoVersionsFromTwoPrograms() {
        assertThat(ClientSwitches.clientName("UniTerm v1.4.0-alpha")).isEqualTo("uniterm");
        assertThat(ClientSwitches.clientName("Guacamole 1.3 (guacd)")).isEqualTo("guacamole (guacd)");
        assertThat(ClientSwitches.sameClientOtherVersion("Myrtille 1.9.0", "Myrtille 1.9.1")).isTrue();
        assertThat(ClientSwitches.sameClientOtherVersion("UniTerm v1.3.3", "UniTerm v1.4.0-alpha")).isTrue();
        // the same string, or names without a version, are not two versions
        assertThat(ClientSwitches.sameClientOtherVersion("Myrtille 1.9.0", "myrtille 1.9.0")).isFalse();
        assertThat(ClientSwitches.sameClientOtherVersion("mstsc (cache on)", "mstsc (cache off)")).isFalse();
        assertThat(ClientSwitches.sameClientOtherVersion(null, "Myrtille 1.9.1")).isFalse();
        // a build named in brackets is a version too, and one side's version is enough
        assertThat(ClientSwitches.clientName("xfreerdp (git master of 2015-02)")).isEqualTo("xfreerdp");
        assertThat(ClientSwitches.sameClientOtherVersion("xfreerdp", "xfreerdp (git master of 2015-02)")).isTrue();
        assertThat(ClientSwitches.sameClientOtherVersion("Myrtille", "Myrtille 1.9.1")).isTrue();
        // brackets that say something else are part of the name
        assertThat(ClientSwitches.sameClientOtherVersion("mstsc", "mstsc (through Warpgate)")).isFalse();
        assertThat(ClientSwitches.otherClient("mRemoteNG 1.76", "mstsc")).isTrue();
        assertThat(ClientSwitches.otherClient("Myrtille 1.9.0", "Myrtille 1.9.1")).isFalse();
        assertThat(ClientSwitches.otherClient("mstsc", null)).isFalse();
        // a change's text names the client by the first word of its name
        assertThat(ClientSwitches.namedIn("FreeRDP 2.1.0 since upgrading", "FreeRDP (Remmina)")).isTrue();
        assertThat(ClientSwitches.namedIn("unable to connect via Remmina.", "Remmina")).isTrue();
        assertThat(ClientSwitches.namedIn("Windows 10 1803", "mstsc")).isFalse();
        assertThat(ClientSwitches.namedIn("FreeRDPx 3", "FreeRDP")).isFalse();
        assertThat(ClientSwitches.namedIn(null, "mstsc")).isFalse();
        // a short command names it too, as a whole word only
        assertThat(ClientSwitches.namedIn("I have updated my az cli version", "az network bastion tunnel")).isTrue();
        assertThat(ClientSwitches.namedIn("Azure CLI update", "az network bastion tunnel")).isFalse();
    }

    @Test
    void theAdministrativeSessionByOptionRdpFileOrSwitch() {
        assertThat(ClientSwitches.adminSession(attempt(null, Map.of("console", "/console")))).isTrue();
        assertThat(ClientSwitches.adminSession(attempt(null, Map.of("/admin", "")))).isTrue();
        assertThat(ClientSwitches.adminSession(attempt(null, Map.of("administrative session:i", "1")))).isTrue();
        assertThat(ClientSwitches.adminSession(attempt("mstsc /v:srv01 /admin", null))).isTrue();
        assertThat(ClientSwitches.adminSession(attempt("mstsc /v:srv01", null))).isFalse();
        assertThat(ClientSwitches.adminSession(attempt("mstsc /v:administrator-pc", null))).isFalse();
        assertThat(ClientSwitches.adminSession(attempt(null, Map.of("administrative session:i", "0")))).isFalse();
        assertThat(ClientSwitches.adminSession(null)).isFalse();
    }

    @Test
    void aRemoteAppLaunchByTheRdpFileFreeRdpOrTheAppsName() {
        assertThat(ClientSwitches.remoteApp(attempt("mstsc", Map.of("remoteapplicationmode:i", "1")))).isTrue();
        assertThat(ClientSwitches.remoteApp(attempt("mstsc", Map.of("remoteapplicationmode", "i:1")))).isTrue();
        assertThat(ClientSwitches.remoteApp(attempt("mstsc", Map.of("remoteapplicationprogram:s", "||notepad")))).isTrue();
        assertThat(ClientSwitches.remoteApp(attempt("xfreerdp", Map.of("/app", "C:\\Windows\\notepad.exe")))).isTrue();
        assertThat(ClientSwitches.remoteApp(attempt("xfreerdp /v:host /app:program:notepad", null))).isTrue();
        assertThat(ClientSwitches.remoteApp(attempt("mstsc (RemoteApp .rdp file from RemoteApp Tool)", null))).isTrue();
    }

    @Test
    void aFullDesktopIsNoRemoteApp() {
        assertThat(ClientSwitches.remoteApp(attempt("mstsc", Map.of("remoteapplicationmode:i", "0")))).isFalse();
        assertThat(ClientSwitches.remoteApp(attempt("mstsc", Map.of("remoteapplicationprogram:s", "")))).isFalse();
        assertThat(ClientSwitches.remoteApp(attempt("xfreerdp /v:host /apply-later", null))).isFalse();
        assertThat(ClientSwitches.remoteApp(attempt("mstsc /admin", null))).isFalse();
        assertThat(ClientSwitches.remoteApp((ConnectionAttempt) null)).isFalse();
    }

    private static io.rdpdoctor.facts.ClientInfo client(Map<String, String> rdpOptions) {
        return new io.rdpdoctor.facts.ClientInfo("PC01", null, null, null, "mstsc", null, null, rdpOptions, null, null, null, null, null, null, null);
    }

    @Test
    void aClientsRdpFileThatAsksForARemoteApp() {
        io.rdpdoctor.facts.ClientInfo remoteApp = client(Map.of("remoteapplicationmode", "i:1"));
        io.rdpdoctor.facts.ClientInfo desktop = client(Map.of("remoteapplicationmode", "i:0"));
        assertThat(ClientSwitches.remoteApp(remoteApp)).isTrue();
        assertThat(ClientSwitches.remoteApp(desktop)).isFalse();
        assertThat(ClientSwitches.remoteApp((io.rdpdoctor.facts.ClientInfo) null)).isFalse();
    }

    @Test
    void rdesktopPyrdpAndSethCannotDoNlaWithAPasswordFreeRdpAndMstscCan() {
        assertThat(ClientSwitches.noPasswordNla("rdesktop 1.8.3")).isTrue();
        assertThat(ClientSwitches.noPasswordNla("mstsc through the Seth MITM proxy")).isTrue();
        assertThat(ClientSwitches.noPasswordNla("PyRDP (pyrdp-mitm.py)")).isTrue();
        assertThat(ClientSwitches.noPasswordNla("xfreerdp")).isFalse();
        assertThat(ClientSwitches.noPasswordNla("mstsc")).isFalse();
        assertThat(ClientSwitches.noPasswordNla("Sethbridge")).isFalse();
        assertThat(ClientSwitches.noPasswordNla(null)).isFalse();
    }

    private static io.rdpdoctor.facts.ClientInfo freeRdp(String rdpClient, String version) {
        return new io.rdpdoctor.facts.ClientInfo(null, null, null, null, rdpClient, version, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void freeRdpItselfBefore2IsTheOldReleaseLineAndRemminaIsNot() {
        assertThat(ClientSwitches.freeRdpBefore2(freeRdp("FreeRDP", "1.0.2"))).isTrue();
        assertThat(ClientSwitches.freeRdpBefore2(freeRdp("xfreerdp", "1.2.4-dev (git c12bc0e)"))).isTrue();
        assertThat(ClientSwitches.freeRdpBefore2(freeRdp("xfreerdp", "freerdp-1.2.0-0.2.beta.1.fc21.x86_64"))).isTrue();
        assertThat(ClientSwitches.freeRdpBefore2(freeRdp("FreeRDP", "2.0.0-dev2"))).isFalse();
        assertThat(ClientSwitches.freeRdpBefore2(freeRdp("xfreerdp", "3.5.1"))).isFalse();
        assertThat(ClientSwitches.freeRdpBefore2(freeRdp("FreeRDP", "10.1"))).isFalse();
        // Remmina numbers its own releases; its 1.x ran on FreeRDP 2 as well
        assertThat(ClientSwitches.freeRdpBefore2(freeRdp("Remmina (FreeRDP)", "1.2.0-rcgit-27"))).isFalse();
        assertThat(ClientSwitches.freeRdpBefore2(freeRdp("FreeRDP", null))).isFalse();
        assertThat(ClientSwitches.freeRdpBefore2(freeRdp("mstsc", "1.0"))).isFalse();
    }

    @Test
    void theGatewaysWhoseRdpSideIsGuacdAreToldFromTheOthers() {
        assertThat(ClientSwitches.guacdBased("JumpServer web terminal")).isTrue();
        assertThat(ClientSwitches.guacdBased("Apache Guacamole 1.5")).isTrue();
        assertThat(ClientSwitches.guacdBased("Nexterm v1.2.1-BETA (Docker, Guacamole)")).isTrue();
        assertThat(ClientSwitches.guacdBased("Teleport Web UI")).isFalse();
        assertThat(ClientSwitches.guacdBased("Windows Admin Center")).isFalse();
        assertThat(ClientSwitches.guacdBased(null)).isFalse();
    }

    @Test
    void anAttemptGivesTheCollectionsLoadBalanceInfoInItsCommandLineOrOptions() {
        assertThat(ClientSwitches.givesLoadBalanceInfo(attempt("xfreerdp /app:notepad /load-balance-info:tsv://MS Terminal Services Plugin.1.Apps", null))).isTrue();
        assertThat(ClientSwitches.givesLoadBalanceInfo(attempt("mstsc", Map.of("loadbalanceinfo:s", "tsv://MS Terminal Services Plugin.1.Apps")))).isTrue();
        assertThat(ClientSwitches.givesLoadBalanceInfo(attempt("FreeRDP (/app:, RemoteApp)", null))).isFalse();
        assertThat(ClientSwitches.givesLoadBalanceInfo(null)).isFalse();
    }
}
