package io.rdpdoctor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rdpdoctor.factfile.FactFileReader;
import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.ClientInfo;
import io.rdpdoctor.facts.Collected;
import io.rdpdoctor.facts.Direction;
import io.rdpdoctor.facts.Fact;
import io.rdpdoctor.facts.FactSet;
import io.rdpdoctor.facts.FirewallRule;
import io.rdpdoctor.facts.PolicyState;
import io.rdpdoctor.facts.Protocol;
import io.rdpdoctor.facts.RegistryKey;
import io.rdpdoctor.facts.RegistryType;
import io.rdpdoctor.facts.RegistryValue;
import io.rdpdoctor.facts.RuleAction;
import io.rdpdoctor.facts.ServiceState;
import io.rdpdoctor.facts.Source;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * FactYaml's javadoc: a fact file that reads back to the same facts, one section per collected
 * area (empty when collected and empty), enums by name, registry values typed, and each source
 * kept whole, as its line only, or not at all.
 */
class FactYamlTest {

    static final Source SRC = new Source("reg.txt", 7, "reg query HKLM\\X");
    static final String KEY = "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server";

    static RegistryValue value(String name, RegistryType type, String data) {
        return new RegistryValue(KEY, name, type, data, SRC);
    }

    static FirewallRule rule() {
        return new FirewallRule(null, "Remote Desktop - User Mode (TCP-In)", "Remote Desktop", true, Direction.INBOUND, RuleAction.ALLOW,
                Protocol.TCP, List.of("3389"), List.of(), List.of("10.0.0.0/8"), null, null, SRC);
    }

    @Test
    void theAreaOfAFactIsItsSection() {
        assertThat(FactYaml.areaOf(new RegistryKey(KEY, true, SRC))).isEqualTo(Area.REGISTRY);
        assertThat(FactYaml.areaOf(value("x", RegistryType.REG_SZ, "y"))).isEqualTo(Area.REGISTRY);
        assertThat(FactYaml.areaOf(rule())).isEqualTo(Area.FIREWALL_RULES);
        assertThat(FactYaml.areaOf(new Collected(Area.SOCKETS, SRC))).isNull();
    }

    @Test
    void registryValuesAreTypedAsTheFactFileWantsThem() {
        List<Fact> facts = List.of(new RegistryKey(KEY, true, SRC),
                value("fDenyTSConnections", RegistryType.REG_DWORD, "0"),
                value("PortNumber", RegistryType.REG_DWORD, "3389"),
                value("Max", RegistryType.REG_DWORD, "4294967295"),
                value("Big", RegistryType.REG_QWORD, "4294967296"),
                value("Name", RegistryType.REG_SZ, "RDP-Tcp"),
                value("Nothing", RegistryType.REG_SZ, null),
                value("Packages", RegistryType.REG_MULTI_SZ, "kerberos\nmsv1_0"),
                value("NoPackages", RegistryType.REG_MULTI_SZ, ""),
                value("Hash", RegistryType.REG_BINARY, "3F2A"));
        JsonNode key = FactYaml.tree(facts, FactYaml.Sources.NONE, null).get("registry").get(KEY);
        assertThat(key.get("fDenyTSConnections").isNumber()).isTrue();
        assertThat(key.get("fDenyTSConnections").asLong()).isZero();
        assertThat(key.get("PortNumber").asLong()).isEqualTo(3389);
        assertThat(key.get("Max").asLong()).isEqualTo(0xFFFFFFFFL);
        assertThat(key.get("Big").toString()).isEqualTo("{\"type\":\"REG_QWORD\",\"data\":\"4294967296\"}");
        assertThat(key.get("Name").asText()).isEqualTo("RDP-Tcp");
        assertThat(key.get("Nothing").asText()).isEmpty();
        assertThat(key.get("Packages").toString()).isEqualTo("[\"kerberos\",\"msv1_0\"]");
        assertThat(key.get("NoPackages").toString()).isEqualTo("[]");
        assertThat(key.get("Hash").toString()).isEqualTo("{\"type\":\"REG_BINARY\",\"data\":\"3F2A\"}");
    }

    @Test
    void aDwordThatIsNoUnsigned32BitNumberIsWrittenTyped() {
        List<Fact> facts = List.of(value("Negative", RegistryType.REG_DWORD, "-1"), value("Huge", RegistryType.REG_DWORD, "4294967296"),
                value("Text", RegistryType.REG_DWORD, "n/a"));
        JsonNode key = FactYaml.tree(facts, FactYaml.Sources.NONE, null).get("registry").get(KEY);
        assertThat(key.get("Negative").get("type").asText()).isEqualTo("REG_DWORD");
        assertThat(key.get("Huge").get("data").asText()).isEqualTo("4294967296");
        assertThat(key.get("Text").get("data").asText()).isEqualTo("n/a");
    }

    @Test
    void aMissingKeyIsNullAndItsValuesAreNotWritten() {
        String missing = "HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services";
        List<Fact> facts = List.of(new RegistryKey(missing, false, SRC), new RegistryValue(missing, "x", RegistryType.REG_SZ, "y", SRC),
                value("PortNumber", RegistryType.REG_DWORD, "3389"));
        ObjectNode reg = (ObjectNode) FactYaml.tree(facts, FactYaml.Sources.NONE, null).get("registry");
        assertThat(reg.get(missing).isNull()).isTrue();
        assertThat(reg.get(KEY).get("PortNumber").asLong()).isEqualTo(3389);
    }

    @Test
    void sourcesAreWrittenWholeAsTheirLineOrNotAtAll() {
        List<Fact> facts = List.of(rule());
        assertThat(FactYaml.tree(facts, FactYaml.Sources.FULL, null).get("firewallRules").get(0).get("source").toString())
                .isEqualTo("{\"file\":\"reg.txt\",\"line\":7,\"command\":\"reg query HKLM\\\\X\"}");
        assertThat(FactYaml.tree(facts, FactYaml.Sources.LINE, null).get("firewallRules").get(0).get("source").toString())
                .isEqualTo("{\"line\":7}");
        assertThat(FactYaml.tree(facts, FactYaml.Sources.NONE, null).get("firewallRules").get(0).has("source")).isFalse();
        FirewallRule lineless = rule().withSource(new Source("f.txt", null, null));
        assertThat(FactYaml.tree(List.of(lineless), FactYaml.Sources.LINE, null).get("firewallRules").get(0).has("source")).isFalse();
        assertThat(FactYaml.tree(List.of(lineless), FactYaml.Sources.FULL, null).get("firewallRules").get(0).get("source").toString())
                .isEqualTo("{\"file\":\"f.txt\"}");
    }

    @Test
    void valuesAreWrittenByTheirKindAndEmptyOnesLeftOut() {
        JsonNode r = FactYaml.tree(List.of(rule()), FactYaml.Sources.NONE, null).get("firewallRules").get(0);
        assertThat(r.get("enabled").isBoolean()).isTrue();
        assertThat(r.get("direction").asText()).isEqualTo("INBOUND");
        assertThat(r.get("localPorts").toString()).isEqualTo("[\"3389\"]");
        assertThat(r.has("profiles")).isFalse(); // empty list
        assertThat(r.has("name")).isFalse();     // null
        Map<String, PolicyState> delegation = new TreeMap<>(Map.of("AllowDefaultCredentials", PolicyState.ENABLED));
        ClientInfo client = new ClientInfo("PC01", null, 19045, null, null, null, true, Map.of(), null, 2, null, null, delegation, null, SRC);
        JsonNode c = FactYaml.tree(List.of(client), FactYaml.Sources.NONE, null).get("client");
        assertThat(c.get("build").isInt()).isTrue();
        assertThat(c.get("delegationPolicies").toString()).isEqualTo("{\"AllowDefaultCredentials\":\"ENABLED\"}");
        assertThat(c.has("rdpOptions")).isFalse(); // empty map
    }

    @Test
    void aCollectedAreaWithoutFactsIsAnEmptySectionAndAHostWithoutNameIsLeftOut() {
        List<Fact> facts = List.of(new Collected(Area.SOCKETS, SRC), new Collected(Area.CLIENT, SRC), new Collected(Area.HOST, SRC));
        ObjectNode t = FactYaml.tree(facts, FactYaml.Sources.NONE, "what was read");
        assertThat(t.get("schema").asText()).isEqualTo("rdp-doctor/facts/v1");
        assertThat(t.get("notes").asText()).isEqualTo("what was read");
        assertThat(t.get("sockets").toString()).isEqualTo("[]");
        assertThat(t.get("client").toString()).isEqualTo("{}");
        assertThat(t.has("host")).isFalse();
        assertThat(FactYaml.tree(facts, FactYaml.Sources.NONE, null).has("notes")).isFalse();
    }

    @Test
    void whatIsWrittenReadsBackToTheSameFacts(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        List<Fact> facts = List.of(rule(), new Collected(Area.FIREWALL_RULES, SRC), new RegistryKey(KEY, true, SRC),
                value("PortNumber", RegistryType.REG_DWORD, "3389"), value("Packages", RegistryType.REG_MULTI_SZ, "a\nb"));
        java.nio.file.Path f = dir.resolve("facts.yaml");
        java.nio.file.Files.writeString(f, FactYaml.write(facts, FactYaml.Sources.FULL, null), StandardCharsets.UTF_8);
        FactSet back = new FactFileReader().read(f);
        assertThat(back.all(FirewallRule.class)).containsExactly(rule());
        assertThat(back.all(RegistryValue.class)).extracting(v -> v.name() + "=" + v.data()).containsExactlyInAnyOrder("PortNumber=3389", "Packages=a\nb");
        assertThat(back.collected(Area.FIREWALL_RULES)).isTrue();
        assertThat(back.all(ServiceState.class)).isEmpty();
    }
}
