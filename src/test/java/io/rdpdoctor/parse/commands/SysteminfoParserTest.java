package io.rdpdoctor.parse.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.CloudProvider;
import io.rdpdoctor.facts.HostInfo;
import io.rdpdoctor.facts.UpdateRecord;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.ParseException;
import io.rdpdoctor.parse.Parsed;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the class javadoc promises beyond the sample pairs: domain membership from the configuration
 * (member, controller, standalone; a workgroup is no domain), the platform (virtual, AWS, GCE), the
 * hotfixes listed under their field only, and a text without host name. The lines are the en-1
 * sample's.
 */
class SysteminfoParserTest {

    private final SysteminfoParser parser = new SysteminfoParser();

    private static List<String> systeminfo(String configuration, String domain, String manufacturer, String model) {
        return new ArrayList<>(List.of(
                "Host Name:                 DESKTOP-WIN01",
                "OS Name:                   Microsoft Windows 10 Enterprise",
                "OS Version:                10.0.19042 N/A Build 19042",
                "OS Configuration:          " + configuration,
                "System Manufacturer:       " + manufacturer,
                "System Model:              " + model,
                "Processor(s):              1 Processor(s) Installed.",
                "                           [01]: Intel64 Family 6 Model 158 Stepping 13 GenuineIntel ~2400 Mhz",
                "Domain:                    " + domain));
    }

    private HostInfo host(List<String> lines) throws ParseException {
        return (HostInfo) parser.parse(new Capture("si.txt", "systeminfo", lines, 1)).facts().get(0);
    }

    @Test
    void domainMembershipFromTheConfiguration() throws ParseException {
        assertThat(host(systeminfo("Member Workstation", "TEST.local", "VMware, Inc.", "VMware7,1")))
                .extracting(HostInfo::domainJoined, HostInfo::domain).containsExactly(true, "TEST.local");
        assertThat(host(systeminfo("Primary Domain Controller", "TEST.local", "x", "y")).domainJoined()).isTrue();
        assertThat(host(systeminfo("Standalone Server", "WORKGROUP", "x", "y")))
                .extracting(HostInfo::domainJoined, HostInfo::domain).containsExactly(false, null);
        assertThat(host(systeminfo("Eigenständige Arbeitsstation", "WORKGROUP", "x", "y")).domainJoined()).isFalse();
        assertThat(host(systeminfo("Something else", "WORKGROUP", "x", "y")))
                .extracting(HostInfo::domainJoined, HostInfo::domain).containsExactly(null, "WORKGROUP");
    }

    @Test
    void theFieldsRead() throws ParseException {
        Capture c = new Capture("si.txt", null, systeminfo("Member Workstation", "TEST.local", "Dell Inc.", "PowerEdge R740"), 1);
        Parsed p = parser.parse(c);
        assertThat(p.facts()).containsExactly(new HostInfo("DESKTOP-WIN01", "Windows 10 Enterprise", 19042, null, true, "TEST.local", null,
                null, null, null, null, null, null, null, null, null, c.source(0)));
        assertThat(p.collected()).containsExactly(Area.HOST);
    }

    @Test
    void thePlatformFromManufacturerAndModel() throws ParseException {
        assertThat(host(systeminfo("Member Server", "d", "VMware, Inc.", "VMware7,1"))).extracting(HostInfo::virtual, HostInfo::cloud)
                .containsExactly(true, null);
        assertThat(host(systeminfo("Member Server", "d", "Microsoft Corporation", "Virtual Machine"))).extracting(HostInfo::virtual, HostInfo::cloud)
                .containsExactly(true, null);
        assertThat(host(systeminfo("Member Server", "d", "Amazon EC2", "t3.large"))).extracting(HostInfo::virtual, HostInfo::cloud)
                .containsExactly(true, CloudProvider.AWS);
        assertThat(host(systeminfo("Member Server", "d", "Google", "Google Compute Engine"))).extracting(HostInfo::virtual, HostInfo::cloud)
                .containsExactly(true, CloudProvider.GCE);
        List<String> noPlatform = systeminfo("Member Server", "d", "x", "y");
        noPlatform.remove(5);
        noPlatform.remove(4);
        assertThat(host(noPlatform)).extracting(HostInfo::virtual, HostInfo::cloud).containsExactly(null, null);
    }

    @Test
    void theHotfixesUnderTheirFieldOnly() throws ParseException {
        List<String> lines = systeminfo("Member Server", "d", "x", "y");
        lines.addAll(List.of("Hotfix(s):                 3 Hotfix(s) Installed.",
                "                           [01]: KB5005039",
                "                           [02]: kb5005565",
                "Network Card(s):           1 NIC(s) Installed.",
                "                           [01]: KB9999999"));
        Capture c = new Capture("si.txt", null, lines, 1);
        Parsed p = parser.parse(c);
        assertThat(p.facts()).filteredOn(UpdateRecord.class::isInstance).containsExactly(
                new UpdateRecord("KB5005039", null, null, c.source(10)), new UpdateRecord("KB5005565", null, null, c.source(11)));
        assertThat(p.collected()).containsExactlyInAnyOrder(Area.HOST, Area.UPDATES);
        // a lone hotfix printed on the field's line
        List<String> one = systeminfo("Member Server", "d", "x", "y");
        one.add("Hotfix(s):                 [01]: KB5005039");
        Capture c1 = new Capture("si.txt", null, one, 1);
        assertThat(parser.parse(c1).facts()).filteredOn(UpdateRecord.class::isInstance)
                .containsExactly(new UpdateRecord("KB5005039", null, null, c1.source(9)));
    }

    @Test
    void noHostNameFails() {
        List<String> lines = systeminfo("Member Server", "d", "x", "y");
        lines.set(0, "Host Name:");
        assertThatThrownBy(() -> parser.parse(new Capture("si.txt", null, lines, 1))).isInstanceOf(ParseException.class)
                .hasMessageStartingWith("si.txt:1: a 'Host Name:' line");
        lines.remove(0);
        assertThatThrownBy(() -> parser.parse(new Capture("si.txt", null, lines, 1))).isInstanceOf(ParseException.class);
    }

    @Test
    void recognisedByTwoKnownFields() {
        assertThat(parser.recognises(new Capture("si.txt", null, List.of("Host Name: SRV01", "Domain: x"), 1))).isFalse();
        assertThat(parser.recognises(new Capture("si.txt", null, List.of("OS Version: 10.0.19042 N/A Build 19042", "OS Configuration: Member Server"), 1))).isTrue();
        assertThat(parser.recognises(new Capture("si.txt", null, List.of("Host Name: SRV01", "OS Name: Microsoft Windows 10 Enterprise"), 1))).isTrue();
    }
}
