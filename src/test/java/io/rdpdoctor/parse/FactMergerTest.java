package io.rdpdoctor.parse;

import io.rdpdoctor.facts.*;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdpdoctor.facts.Fact;
import io.rdpdoctor.facts.Session;
import io.rdpdoctor.facts.Source;
import io.rdpdoctor.facts.WinStationState;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactMergerTest {

    @Test
    void qwinstaAndQueryUserMakeOneSessionPerId() {
        Source qwinsta = new Source("qwinsta.txt", 4, "qwinsta");
        Source quser = new Source("query-user.txt", 2, "query user");
        List<Fact> merged = FactMerger.merge(List.of(
                new Session(2, "rdp-tcp#3", "alice", WinStationState.ACTIVE, null, null, qwinsta),
                new Session(65536, "rdp-tcp", null, WinStationState.LISTEN, null, null, qwinsta),
                new Session(2, "rdp-tcp#3", "alice", WinStationState.ACTIVE, 65, "3/14/2025 8:02 AM", quser)));
        assertThat(merged).containsExactly(
                new Session(2, "rdp-tcp#3", "alice", WinStationState.ACTIVE, 65, "3/14/2025 8:02 AM", qwinsta),
                new Session(65536, "rdp-tcp", null, WinStationState.LISTEN, null, null, qwinsta));
    }

    @Test
    void scQueryAndScQcMakeOneServiceWhateverTheCaseOfItsName() {
        Source query = new Source("sc-query.txt", 2, "sc query");
        Source qc = new Source("sc-qc.txt", 3, "sc qc");
        List<Fact> merged = FactMerger.merge(List.of(
                new ServiceState("TermService", null, ServiceStatus.STOPPED, null, 1067, null, null, query),
                new ServiceState("termservice", "Remote Desktop Services", ServiceStatus.RUNNING, StartType.MANUAL, null,
                        "NT Authority\\NetworkService", null, qc)));
        assertThat(merged).containsExactly(new ServiceState("TermService", "Remote Desktop Services", ServiceStatus.STOPPED,
                StartType.MANUAL, 1067, "NT Authority\\NetworkService", null, query));
    }

    @Test
    void oneHostFieldByFieldWithItsAddressesJoinedAndOneCollectedPerArea() {
        Source a = new Source("systeminfo.txt", 1, "systeminfo");
        Source b = new Source("ipconfig.txt", 1, "ipconfig /all");
        HostInfo first = new HostInfo("SRV01", null, 20348, null, null, null, null, null, null, List.of("10.0.0.5"),
                null, null, null, null, null, a);
        HostInfo second = new HostInfo("OTHER", "Windows Server 2022", 17763, null, null, null, null, null, null,
                List.of("10.0.0.5", "fe80::1"), null, null, null, null, null, b);
        List<Fact> merged = FactMerger.merge(List.of(new Collected(Area.HOST, a), first, new Collected(Area.HOST, b), second));
        assertThat(merged).containsExactly(new Collected(Area.HOST, a), new HostInfo("SRV01", "Windows Server 2022", 20348, null, null,
                null, null, null, null, List.of("10.0.0.5", "fe80::1"), null, null, null, null, null, a));
    }

    @Test
    void optionMapsAreJoinedTheFirstValueWinning() {
        Source a = new Source("a.txt", 1, null);
        ClientInfo first = new ClientInfo("PC01", null, null, null, null, null, null, Map.of("audiomode", "0"), null, null, null, null,
                Map.of(), null, a);
        ClientInfo second = new ClientInfo("PC02", "Windows 11", null, null, null, null, null, Map.of("audiomode", "2", "redirectclipboard", "1"),
                null, null, null, null, Map.of(), null, new Source("b.txt", 1, null));
        ClientInfo merged = (ClientInfo) FactMerger.merge(List.of(first, second)).get(0);
        assertThat(merged.name()).isEqualTo("PC01");
        assertThat(merged.os()).isEqualTo("Windows 11");
        assertThat(merged.rdpOptions()).containsExactlyInAnyOrderEntriesOf(Map.of("audiomode", "0", "redirectclipboard", "1"));
        assertThat(merged.source()).isEqualTo(a);
    }

    @Test
    void oneRegistryValuePerKeyAndNameAndNoFactTwiceWhateverItsSource() {
        Source a = new Source("reg.txt", 3, null);
        Source b = new Source("reg2.txt", 9, null);
        String key = "HKLM\\SYSTEM\\X";
        List<Fact> merged = FactMerger.merge(List.of(
                new RegistryKey(key, true, a), new RegistryKey(key.toLowerCase(java.util.Locale.ROOT), true, b),
                new RegistryValue(key, "PortNumber", RegistryType.REG_DWORD, "3389", a),
                new RegistryValue(key.toUpperCase(java.util.Locale.ROOT), "portnumber", RegistryType.REG_DWORD, "3390", b),
                new Collected(Area.SOCKETS, a), new Collected(Area.SOCKETS, b),
                new Session(null, "services", null, WinStationState.DISCONNECTED, null, null, a),
                new Session(null, "services", null, WinStationState.DISCONNECTED, null, null, b)));
        assertThat(merged).containsExactly(new RegistryKey(key, true, a), new RegistryValue(key, "PortNumber", RegistryType.REG_DWORD, "3389", a),
                new Collected(Area.SOCKETS, a), new Session(null, "services", null, WinStationState.DISCONNECTED, null, null, a));
    }

    @Test
    void factsOfDifferentTypesAreNeverMergedFieldByField() {
        Source a = new Source("a.txt", 1, null);
        ServiceState s = new ServiceState("TermService", null, null, null, null, null, null, a);
        assertThat(FactMerger.fieldwise((Fact) s, (Fact) new Collected(Area.SERVICES, a))).isSameAs(s);
    }

    @Test
    void licensingAndDomainStatusAreOneEachFieldByField() {
        Source a = new Source("a.txt", 1, null);
        Source b = new Source("b.txt", 1, null);
        List<Fact> merged = FactMerger.merge(List.of(
                new Licensing("PerUser", null, List.of("LS01"), null, null, null, null, a),
                new DomainStatus("contoso.local", null, true, a),
                new Licensing("PerDevice", 30, List.of("LS02"), 2019, null, null, true, b),
                new DomainStatus("other.local", false, false, b)));
        assertThat(merged).containsExactly(new Licensing("PerUser", 30, List.of("LS01", "LS02"), 2019, null, null, true, a),
                new DomainStatus("contoso.local", false, true, a));
    }

    @Test
    void otherFactsAreNeverMergedOnlyDeduplicated() {
        Source a = new Source("a.txt", 1, null);
        Source b = new Source("b.txt", 2, null);
        FirewallRule allow = new FirewallRule(null, "RDP", null, true, Direction.INBOUND, RuleAction.ALLOW, Protocol.TCP,
                List.of("3389"), List.of(), List.of(), null, null, a);
        FirewallRule sameElsewhere = allow.withSource(b);
        FirewallRule other = new FirewallRule(null, "RDP", null, false, Direction.INBOUND, RuleAction.ALLOW, Protocol.TCP,
                List.of(), List.of(), List.of(), null, null, b);
        assertThat(FactMerger.merge(List.of(allow, sameElsewhere, other))).containsExactly(allow, other);
        // a session without an id is kept per its values
        Session noId = new Session(null, "console", null, WinStationState.CONNECTED, null, null, a);
        Session noIdOther = new Session(null, "console", "bob", WinStationState.CONNECTED, null, null, b);
        assertThat(FactMerger.merge(List.of(noId, noIdOther))).containsExactly(noId, noIdOther);
    }
}
