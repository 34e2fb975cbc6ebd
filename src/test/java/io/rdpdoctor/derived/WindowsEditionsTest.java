package io.rdpdoctor.derived;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdpdoctor.facts.HostInfo;
import org.junit.jupiter.api.Test;

/** Which hosts accept a full desktop but cannot host RemoteApp programs (Windows 7, 8 and 8.1 Professional), and which are personal PCs. */
class WindowsEditionsTest {

    private static HostInfo host(String edition, String editionId, Integer build) {
        return new HostInfo("H", edition, build, null, null, null, null, null, null, null, editionId, null, null, null, null, null);
    }

    @Test
    void professionalOfWindows7And8ByNameOrByEditionIdAndBuild() {
        assertThat(WindowsEditions.desktopWithoutRemoteApp(host("Windows 7 Professional", null, null))).isTrue();
        assertThat(WindowsEditions.desktopWithoutRemoteApp(host("Windows 8.1 Pro", null, null))).isTrue();
        assertThat(WindowsEditions.desktopWithoutRemoteApp(host(null, "Professional", 7601))).isTrue();
        assertThat(WindowsEditions.desktopWithoutRemoteApp(host(null, "ProfessionalN", 9600))).isTrue();
    }

    @Test
    void editionsThatHostRemoteAppAndHomeEditionsAreNot() {
        assertThat(WindowsEditions.desktopWithoutRemoteApp(host("Windows 7 Enterprise", null, null))).isFalse();
        assertThat(WindowsEditions.desktopWithoutRemoteApp(host("Windows 7 Ultimate", null, 7601))).isFalse();
        assertThat(WindowsEditions.desktopWithoutRemoteApp(host(null, "Enterprise", 9200))).isFalse();
        assertThat(WindowsEditions.desktopWithoutRemoteApp(host("Windows 10 Pro", "Professional", 19045))).isFalse();
        assertThat(WindowsEditions.desktopWithoutRemoteApp(host("Windows Server 2008 R2 Standard", null, 7601))).isFalse();
        // Home hosts nothing at all: HOME-EDITION-NO-HOST, not this
        assertThat(WindowsEditions.desktopWithoutRemoteApp(host("Windows 7 Home Premium", null, null))).isFalse();
        assertThat(WindowsEditions.desktopWithoutRemoteApp(host(null, "Core", 9600))).isFalse();
    }

    @Test
    void unknownVersionOrEditionIsNot() {
        assertThat(WindowsEditions.desktopWithoutRemoteApp(host(null, "Professional", null))).isFalse();
        assertThat(WindowsEditions.desktopWithoutRemoteApp(host("Windows 7", null, null))).isFalse();
        assertThat(WindowsEditions.desktopWithoutRemoteApp(null)).isFalse();
    }

    @Test
    void readOnHostNeedsEditionIdAndBuild() {
        assertThat(WindowsEditions.readOnHost(host(null, "Professional", 7601))).isTrue();
        assertThat(WindowsEditions.readOnHost(host("Windows 7 Professional", null, 7601))).isFalse();
        assertThat(WindowsEditions.readOnHost(host(null, "Professional", null))).isFalse();
    }

    @Test
    void aPersonalPcIsWindows10Or11HomeOrPro() {
        assertThat(WindowsEditions.personalWindows10Or11(host("Windows 11 Pro", null, null))).isTrue();
        assertThat(WindowsEditions.personalWindows10Or11(host("Windows 10 Home", null, null))).isTrue();
        assertThat(WindowsEditions.personalWindows10Or11(host(null, "Professional", 22631))).isTrue();
        // organisations' editions, servers and older versions are not
        assertThat(WindowsEditions.personalWindows10Or11(host("Windows 11 Enterprise", null, null))).isFalse();
        assertThat(WindowsEditions.personalWindows10Or11(host("Windows 10 Enterprise LTSC 2021", null, null))).isFalse();
        assertThat(WindowsEditions.personalWindows10Or11(host("Windows Server 2022 Standard", null, 20348))).isFalse();
        assertThat(WindowsEditions.personalWindows10Or11(host("Windows 7 Professional", null, 7601))).isFalse();
        assertThat(WindowsEditions.personalWindows10Or11(host(null, null, null))).isFalse();
    }
}
