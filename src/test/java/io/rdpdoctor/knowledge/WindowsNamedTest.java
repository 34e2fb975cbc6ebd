package io.rdpdoctor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdpdoctor.knowledge.WindowsNamed.Host;
import org.junit.jupiter.api.Test;

/**
 * The host's Windows as tickets name it. The texts are the words of real tickets in the corpus (the
 * case named beside each), where the host's Windows is said and where it is the client's.
 */
class WindowsNamedTest {

    private static Host host(String text) {
        return WindowsNamed.forHost(text).orElse(null);
    }

    @Test
    void aDesktopEditionCountsWhereTheWordsConnectToIt() {
        // bi-gh-freerdp-11234-win7-tls-seclevel
        assertThat(host("Connecting to Windows 7 with tls 1.2 enforced doesn't work with xfreerdp3 client while it works fine"))
                .isEqualTo(new Host("Windows 7", null, null, null));
        // bi-gh-freerdp-4502-credssp-version-win7
        assertThat(host("With current master (de83f4df2) nla connections to a Windows7 Prof. with CredSSP patch stopped working."))
                .isEqualTo(new Host("Windows 7 Professional", null, null, null));
    }

    @Test
    void theClientsWindowsIsNotTheHosts() {
        // br-gh-mremoteng-2198-error-3334-old-mstsclib-interop: Windows 11 is the client, Windows 10 Pro 1909 the host
        assertThat(host("Using version 1.76.20.24615 from Windows 11 and connecting to Windows 10 Pro version 1909 (whilst trying to update) or higher, disconnects with an RDP error 3334"))
                .isEqualTo(new Host("Windows 10 Pro", "1909", null, null));
        assertThat(host("I connect from Windows Server 2019 and it fails")).isNull();
        assertThat(host("Client: Windows 10 22H2")).isNull();
        // v-msptbr-rdsh-busy-listener-count-inplace-upgrade: the Windows a host was upgraded from is not the one it runs
        assertThat(host("Um problema foi observado em alguns servidores RDSH que foram atualizados diretamente do Windows Server 2008 R2 para o Windows Server 2012 R2 ou o Windows Server 2016."))
                .extracting(Host::edition).isEqualTo("Windows Server 2012 R2");
    }

    @Test
    void aDesktopEditionWithoutWordsThatMakeItTheHostSaysNothing() {
        // bl-gh-mremoteng-1058-insider-17728-mstsc-resources-dialog: the Insider build is the client's
        assertThat(host("There's an issue in the current Windows 10 Insider Preview (Build 17728) with the remote desktop client (mstsc.exe).")).isNull();
        // af-gh-remoteapptool-138: "using" a Windows 7 says nothing of which machine
        assertThat(host("I'm using a windows 7 pro, I tried to test your tool with paint and vscode, but it fails to launch.")).isNull();
    }

    @Test
    void aServerEditionIsTheHostsUnlessTheWordsMakeItTheClient() {
        // ao-jumpserver-5629-2008r2-not-online
        assertThat(host("jumpserver v2.7.0 连接windows(windows server2008 r2)资产报错，远程桌面服务器不在线。"))
                .isEqualTo(new Host("Windows Server 2008 R2", null, null, null));
        // s-gh-jumpserver-2653: the year alone, as a platform's name
        assertThat(host("同一网络中的不同windowsServer版本。只有2008R2可以正常登陆。")).extracting(Host::edition).isEqualTo("Windows Server 2008 R2");
        // y-gh-jumpserver-5601-system-user-not-rdp-protocol
        assertThat(host("新部署2.7.1版本，尝试RDP Windows 2016服务器时遇到如下错误")).extracting(Host::edition).isEqualTo("Windows Server 2016");
        // t-gh-freerdp-1510-expired-password-nla
        assertThat(host("When user with expired password is trying to connect to Windows Server 2008 R2 - he is getting an error"))
                .extracting(Host::edition).isEqualTo("Windows Server 2008 R2");
    }

    @Test
    void aVersionStringGivesBuildAndRevision() {
        // c-rdpwrap-1000-ws2016-not-supported
        assertThat(host("Can someone provide the ini configuration for Windows Server 2016: Ver. 10.0.14393.3503"))
                .isEqualTo(new Host("Windows Server 2016", null, 14393, 3503));
        // a build right after the host's edition is its build (constructed)
        assertThat(host("RDP into Windows 10 pro 64 bits 10.0.17763.437 fails since the update"))
                .isEqualTo(new Host("Windows 10 Pro", null, 17763, 437));
        // q-gh-rdpwrap-784: "tengo la misma version Windows 10 pro" names no machine
        assertThat(host("y aun tengo la misma version Windows 10 pro 64 bits 10.0.17763.437. Las actualizaciones fueron la KB4494441.")).isNull();
        // a version string that does not fit the edition is not its build
        assertThat(host("Connecting to Windows 7 fails; the server is 10.0.19045.3693")).isEqualTo(new Host("Windows 7", null, null, null));
    }

    @Test
    void aVersionStringAloneCountsOnlyWhereTheWordsMakeItTheHosts() {
        // c-rdpwrap-704: "My windows version" names no machine
        assertThat(host("What should I do? My windows version 10.0.17763.379.")).isNull();
        assertThat(host("The server is 10.0.20348.2113 and refuses every connection")) // constructed
                .isEqualTo(new Host(null, null, 20348, 2113));
    }

    @Test
    void textWithoutWindowsSaysNothing() {
        assertThat(host("RDP to the server fails with 0x204")).isNull();
        assertThat(host("FreeRDP 2.11.7 on Ubuntu 22.04 fails")).isNull();
        assertThat(host("")).isNull();
    }
}
