package io.rdpdoctor.derived;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdpdoctor.facts.HostInfo;
import org.junit.jupiter.api.Test;

/** The lowest build a host can have by its facts: rules compare it with the build a feature or a default came with. */
class WindowsVersionsTest {

    private static HostInfo host(String edition, Integer build, String version) {
        return new HostInfo("H", edition, build, version, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void theBuildReadWinsOverVersionAndEdition() {
        assertThat(WindowsVersions.leastBuild(host("Windows Server 2019", 20348, "1809"))).isEqualTo(20348);
    }

    @Test
    void aDisplayVersionGivesTheFirstBuildOfThatVersion() {
        assertThat(WindowsVersions.leastBuild(host("Windows 10 Pro", null, "1903"))).isEqualTo(18362);
        assertThat(WindowsVersions.leastBuild(host("Windows 10", null, "1809"))).isEqualTo(17763);
        assertThat(WindowsVersions.leastBuild(host(null, null, "22H2"))).isEqualTo(19045);
    }

    @Test
    void anEditionNameGivesItsFirstBuildMostSpecificFirst() {
        assertThat(WindowsVersions.leastBuild(host("Windows Server 2008 R2 Standard", null, null))).isEqualTo(7601);
        assertThat(WindowsVersions.leastBuild(host("Windows Server 2012 R2 Datacenter", null, null))).isEqualTo(9600);
        assertThat(WindowsVersions.leastBuild(host("Windows 8.1 Pro", null, null))).isEqualTo(9600);
        assertThat(WindowsVersions.leastBuild(host("Windows 11 Pro", null, null))).isEqualTo(22000);
        assertThat(WindowsVersions.leastBuild(host("Windows 7 Professional", null, null))).isEqualTo(7601);
    }

    @Test
    void windows10OfUnknownVersionIsUnknown() {
        assertThat(WindowsVersions.leastBuild(host("Windows 10 Pro", null, null))).isNull();
        assertThat(WindowsVersions.leastBuild(host(null, null, null))).isNull();
        assertThat(WindowsVersions.leastBuild(null)).isNull();
    }
}
