package io.rdpdoctor.factfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.Change;
import io.rdpdoctor.facts.ConnectionAttempt;
import io.rdpdoctor.facts.HostInfo;
import io.rdpdoctor.facts.FactSet;
import io.rdpdoctor.facts.FirewallRule;
import io.rdpdoctor.facts.Licensing;
import io.rdpdoctor.facts.Software;
import io.rdpdoctor.facts.RegistryKey;
import io.rdpdoctor.facts.RegistryPaths;
import io.rdpdoctor.facts.RegistryType;
import io.rdpdoctor.facts.RegistryValue;
import io.rdpdoctor.facts.ServiceState;
import io.rdpdoctor.facts.ServiceStatus;
import io.rdpdoctor.facts.StartType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactFileReaderTest {

    private final FactFileReader reader = new FactFileReader();

    @TempDir
    Path dir;

    private FactSet read(String name, String content) throws InputException {
        return reader.read(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private InputException error(String name, String content) {
        try {
            read(name, content);
        } catch (InputException e) {
            return e;
        }
        throw new AssertionError("expected an InputException for:\n" + content);
    }

    @Test
    void aSectionListedInPartHasItsEntriesButIsNotCollected() throws InputException {
        FactSet facts = read("partial.yaml", """
                partial: [firewallRules, registry]
                firewallRules:
                  - {name: RDP-3390, enabled: true, direction: Inbound, action: Allow, protocol: TCP, localPorts: ['3390']}
                registry:
                  'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server': {fDenyTSConnections: 0}
                services: []
                """);
        assertThat(facts.all(FirewallRule.class)).hasSize(1);
        assertThat(facts.all(RegistryValue.class)).hasSize(1);
        assertThat(facts.all(RegistryKey.class)).as("a key named in part is not read in full").isEmpty();
        assertThat(facts.collected(Area.FIREWALL_RULES)).isFalse();
        assertThat(facts.collected(Area.REGISTRY)).isFalse();
        assertThat(facts.collected(Area.SERVICES)).isTrue();
    }

    @Test
    void aHostWithOnlyAPartialSectionWasStillCollectedSomethingAbout() throws InputException {
        // what a partial section lists was read: the input is not refused as "nothing collected"
        FactSet partial = read("partial.yaml", """
                host: {name: SRV01}
                partial: [services]
                services:
                  - {name: TermService, status: Stopped, startType: Disabled}
                """);
        assertThat(partial.collected(Area.SERVICES)).isFalse();
        assertThat(partial.nothingCollected()).isFalse();
        FactSet nameOnly = read("name.yaml", "host: {name: SRV01}\n");
        assertThat(nameOnly.nothingCollected()).isTrue();
    }

    @Test
    void anEventWithNeitherIdNorTextIsAnErrorWithItsLine() {
        InputException e = error("ev.yaml", "host: {name: H}\nevents:\n  - {log: System, provider: Schannel}\n");
        assertThat(e.getMessage()).contains("ev.yaml:3").contains("message text");
    }

    @Test
    void partialMayNameOnlyListSections() {
        InputException e = error("partial.yaml", "host: {name: H}\npartial: [firewallRules, hosts]\n");
        assertThat(e.getMessage()).contains("partial.yaml:2").contains("'hosts'").contains("not a list section");
    }

    @Test
    void theHostsDisplayLanguageIsALanguageTag() throws InputException {
        assertThat(read("ja.yaml", "host: {name: H, displayLanguage: ja-JP}\n").host()).get()
                .satisfies(h -> assertThat(h.localized()).isTrue());
        assertThat(read("en.yaml", "host: {name: H, displayLanguage: en-GB}\n").host()).get()
                .satisfies(h -> assertThat(h.localized()).isFalse());
        assertThat(read("none.yaml", "host: {name: H}\n").host()).get()
                .satisfies(h -> assertThat(h.localized()).isFalse());
        InputException e = error("lang.yaml", "host:\n  name: H\n  displayLanguage: Japanese (Japan)\n");
        assertThat(e.getMessage()).contains("lang.yaml:3").contains("not a language tag").contains("BCP 47");
    }

    @Test
    void attemptsSayHowTheyNamedTheHostAndWhenAgainstTheChange() throws InputException {
        FactSet facts = read("attempts.yaml", """
                host: {name: H, customRdpPort: true}
                changes:
                  - {kind: tool-run, name: O&O ShutUp10, time: '2024-05-02'}
                connectionAttempts:
                  - {app: RDPCheck, targetForm: localhost, succeeded: true, relativeToChange: after}
                  - {target: 127.0.0.1, succeeded: true}
                  - {target: h.corp.example, succeeded: false, options: {'/sec': tls}}
                """);
        List<ConnectionAttempt> a = facts.all(ConnectionAttempt.class);
        assertThat(a).extracting(ConnectionAttempt::local).containsExactly(true, true, false);
        assertThat(a.get(0).relativeToChange()).isEqualTo(ConnectionAttempt.ChangeOrder.AFTER);
        assertThat(a.get(2).form()).isEqualTo(ConnectionAttempt.TargetForm.FQDN);
        assertThat(a.get(2).options()).containsEntry("/sec", "tls");
        assertThat(facts.host()).get().extracting(HostInfo::customRdpPort).isEqualTo(true);
        Change c = facts.all(Change.class).get(0);
        assertThat(c.kind()).isEqualTo(Change.Kind.TOOL_RUN);
        assertThat(c.onHost()).isTrue();
        assertThat(c.source().line()).isEqualTo(3);
        assertThat(facts.collected(Area.CHANGES)).isTrue();
    }

    @Test
    void aWrongTargetFormOrAChangeWithoutItsKindIsAnErrorWithItsLine() {
        InputException form = error("form.yaml", "host: {name: H}\nconnectionAttempts:\n  - {succeeded: false, targetForm: telepathy}\n");
        assertThat(form.getMessage()).contains("form.yaml:3").contains("targetForm").contains("LOCALHOST");
        InputException kind = error("change.yaml", "host: {name: H}\nchanges:\n  - {name: a baseline}\n");
        assertThat(kind.getMessage()).contains("change.yaml:3").contains("missing required key 'kind'");
    }

    @Test
    void aRegistryValueKnownToExistWithUnknownData() throws InputException {
        FactSet facts = read("reg.yaml", """
                registry:
                  'HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services':
                    fDenyTSConnections: {type: REG_DWORD, data: null}
                    fPromptForPassword: {data: null}
                """);
        List<RegistryValue> v = facts.all(RegistryValue.class);
        assertThat(v).allSatisfy(x -> assertThat(x.dataUnknown()).isTrue());
        assertThat(v).extracting(RegistryValue::type).containsExactly(RegistryType.REG_DWORD, null);
        assertThat(v.get(0).number()).isNull();
        assertThat(v.get(0).describe()).contains("its data not known");
        InputException missing = error("reg2.yaml", "registry:\n  'HKLM\\SOFTWARE\\X':\n    Y: {type: REG_DWORD}\n");
        assertThat(missing.getMessage()).contains("reg2.yaml:3").contains("data: null when the value exists");
    }

    @Test
    void licensingWithoutItsServerListLeavesTheServersUnknown() throws InputException {
        Licensing unknown = read("l.yaml", "licensing: {mode: PerUser}\n").all(Licensing.class).get(0);
        assertThat(unknown.licenseServers()).isNull();
        assertThat(unknown.noLicenseServer()).isFalse();
        Licensing none = read("l.yaml", "licensing: {mode: PerUser, licenseServers: []}\n").all(Licensing.class).get(0);
        assertThat(none.noLicenseServer()).isTrue();
    }

    @Test
    void readsFactsWithTheLineTheyStandOn() throws InputException {
        FactSet facts = read("host.yaml", """
                host:
                  name: SRV01
                services:
                  - name: TermService
                    status: stopped
                    startType: Manual
                """);
        ServiceState s = facts.all(ServiceState.class).get(0);
        assertThat(s.status()).isEqualTo(ServiceStatus.STOPPED);
        assertThat(s.startType()).isEqualTo(StartType.MANUAL);
        assertThat(s.source().file()).isEqualTo("host.yaml");
        assertThat(s.source().line()).isEqualTo(4);
        assertThat(facts.host()).get().extracting(h -> h.name()).isEqualTo("SRV01");
    }

    @Test
    void aSectionLeftOutIsNotCollectedButAnEmptyOneIs() throws InputException {
        FactSet facts = read("h.yaml", "firewallRules: []\n");
        assertThat(facts.collected(Area.FIREWALL_RULES)).isTrue();
        assertThat(facts.collected(Area.SERVICES)).isFalse();
    }

    @Test
    void registryFormsAndCanonicalSpelling() throws InputException {
        FactSet facts = read("r.yaml", """
                registry:
                  'hkey_local_machine\\system\\currentcontrolset\\control\\terminal server\\winstations\\rdp-tcp':
                    portnumber: 3390
                    WdName: Microsoft RDP 8.0
                    Multi: [a, b]
                    SSLCertificateSHA1Hash: {type: REG_BINARY, data: 'ab12'}
                    MinEncryptionLevel: {type: REG_DWORD, data: '0x4'}
                  'HKLM:\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services': null
                """);
        var values = facts.all(RegistryValue.class);
        RegistryValue port = values.get(0);
        assertThat(port.key()).isEqualTo(RegistryPaths.RDP_TCP);
        assertThat(port.name()).isEqualTo("PortNumber");
        assertThat(port.number()).isEqualTo(3390L);
        assertThat(values.get(1).type()).isEqualTo(RegistryType.REG_SZ);
        assertThat(values.get(2).type()).isEqualTo(RegistryType.REG_MULTI_SZ);
        assertThat(values.get(2).data()).isEqualTo("a\nb");
        assertThat(values.get(4).number()).isEqualTo(4L);
        assertThat(facts.all(RegistryKey.class)).extracting(RegistryKey::path, RegistryKey::exists)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RegistryPaths.RDP_TCP, true),
                        org.assertj.core.groups.Tuple.tuple(RegistryPaths.TS_POLICY, false));
    }

    @Test
    void readsJson() throws InputException {
        FactSet facts = read("h.json", "{\"host\": {\"name\": \"J1\"}, \"services\": [{\"name\": \"TermService\", \"status\": \"Running\"}]}");
        assertThat(facts.all(ServiceState.class)).hasSize(1);
    }

    @Test
    void brokenYamlNamesTheLine() {
        InputException e = error("broken.yaml", "host:\n  name: A\nservices:\n  - name: TermService\n     status: Running\n");
        assertThat(e.file()).isEqualTo("broken.yaml");
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.problem()).startsWith("not valid YAML");
    }

    @Test
    void wrongTypeSaysWhatWasExpected() {
        InputException e = error("t.yaml", "services:\n  - name: TermService\n    pid: twelve\n");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.problem()).contains("services[0].pid").contains("a whole number");
    }

    @Test
    void unknownEnumValueListsTheAllowedOnes() {
        InputException e = error("t.yaml", "services:\n  - name: TermService\n    status: Sleeping\n");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.problem()).contains("services[0].status").contains("RUNNING").contains("STOPPED");
    }

    @Test
    void unknownKeyListsTheKnownKeys() {
        InputException e = error("u.yaml", "services:\n  - name: TermService\n    statuss: Running\n");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.problem()).contains("unknown key 'statuss'").contains("status").contains("startType");
    }

    @Test
    void unknownSectionIsAnError() {
        InputException e = error("u.yaml", "host: {name: A}\nfirewall: []\n");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.problem()).contains("unknown key 'firewall'").contains("firewallRules");
    }

    @Test
    void missingRequiredKey() {
        InputException e = error("m.yaml", "services:\n  - status: Running\n");
        assertThat(e.problem()).contains("missing required key 'name'").contains("services[0]");
        assertThat(e.line()).isGreaterThan(0);
    }

    /** Adversarial review F7: a required key given as null crashed a rule (exit 1) or was accepted silently. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "n.json|{\"host\":{\"name\":\"N\"},\"portTests\":[{\"target\":\"A\",\"port\":3389,\"succeeded\":null}]}|succeeded|portTests[0]|1",
        "n.yaml|services:\\n  - {name: null, status: Running}\\n|name|services[0]|2",
        "n.yaml|listeners:\\n  - name: rdp-tcp\\n    state: null\\n|state|listeners[0]|3",
        "n.yaml|host:\\n  name: ~\\n|name|host|2",
        "n.yaml|certificates:\\n  - {store: Remote Desktop, thumbprint: null}\\n|thumbprint|certificates[0]|2",
        "n.yaml|groupMembers:\\n  - {group: S-1-5-32-555, member: null}\\n|member|groupMembers[0]|2",
        "n.yaml|accounts:\\n  - {name: null}\\n|name|accounts[0]|2",
    })
    void aRequiredKeyThatIsNullIsAnErrorWithItsPlace(String name, String content, String key, String where, int line) {
        InputException e = error(name, content.replace("\\n", "\n"));
        assertThat(e.problem()).contains("missing required key '" + key + "' (it is null)").contains(" at " + where);
        assertThat(e.line()).isEqualTo(line);
        assertThat(e.getMessage()).startsWith(name + ":" + line + ":");
    }

    /** Adversarial review F23: impossible values are errors with their line, not diagnoses of port 70000. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "registry:\\n  'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp': {PortNumber: 70000}\\n|2|not a TCP port (1-65535)",
        "registry:\\n  'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp': {PortNumber: 0}\\n|2|not a TCP port",
        "registry:\\n  'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp': {PortNumber: -3389}\\n|2|not a TCP port",
        "registry:\\n  'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server': {fDenyTSConnections: 4294970685}\\n|2|does not fit a REG_DWORD",
        "registry:\\n  'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server': {fDenyTSConnections: {type: REG_DWORD, data: '0x1FFFFFFFF'}}\\n|2|does not fit 32 bits",
        "sockets:\\n  - {protocol: TCP, port: -1}\\n|2|expected a port (1-65535)",
        "sockets:\\n  - {protocol: TCP, port: 3389}\\n  - {protocol: TCP, port: 70000}\\n|3|sockets[1].port",
        "sockets:\\n  - {protocol: TCP, port: 3389.7}\\n|2|sockets[0].port",
        "portTests:\\n  - {target: A, port: 0, succeeded: false}\\n|2|expected a port (1-65535)",
        "cloudFilter:\\n  - {provider: Azure, direction: Inbound, action: Allow, priority: 0}\\n|2|expected 1-65535",
        "cloudFilter:\\n  - {provider: Azure, direction: Inbound, action: Allow}\\n  - {provider: Azure, direction: Inbound, action: Block, priority: 70000}\\n|3|priority 70000",
        "cloudFilter:\\n  - {provider: Azure, direction: Inbound, action: Allow, sourcePorts: [rdp]}\\n|2|source port 'rdp' is not a port range",
        "cloudFilter:\\n  - {provider: Azure, direction: Inbound, action: Allow, sourcePorts: ['1024-70000']}\\n|2|is not a port range",
        "cloudFilter:\\n  - {provider: Azure, direction: Inbound, action: Allow, scope: vnet}\\n|2|expected one of SUBNET, NIC",
        "cloudPath: {nextHopType: router}\\n|1|expected one of INTERNET",
    })
    void impossibleValuesAreErrorsWithTheirLine(String content, int line, String problem) {
        InputException e = error("v.yaml", content.replace("\\n", "\n").replace("\\\\", "\\"));
        assertThat(e.getMessage()).contains(problem);
        assertThat(e.line()).isEqualTo(line);
    }

    @Test
    void aDriverIsASoftwareEntryOfKindDriverAndAnUnknownKindNamesItsLine() throws InputException {
        FactSet f = read("d.yaml", """
                software:
                  - {name: Red Hat VirtIO Ethernet Adapter, kind: driver, version: 0.1.190}
                  - {name: Intel vGPU, kind: DRIVER, running: false}
                """);
        assertThat(f.all(Software.class)).extracting(Software::kind).containsExactly(Software.Kind.DRIVER, Software.Kind.DRIVER);
        assertThat(f.all(Software.class).get(1).running()).isFalse();
        InputException e = error("d.yaml", "software:\n  - {name: netvsc.sys, kind: NIC-DRIVER}\n");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.getMessage()).contains("DRIVER");
    }

    @Test
    void aSignedDwordAsPowerShellPrintsItAndARealQwordAreFine() throws InputException {
        FactSet f = read("d.yaml", "registry:\n  'HKLM\\SOFTWARE\\X': {A: -1, B: 4294967295, C: {type: REG_QWORD, data: 4294970685}}\n");
        assertThat(f.facts()).hasSizeGreaterThan(3);
    }

    /** F14: a long YAML line is refused at once, not after a minute of quadratic scanning. */
    @Test
    void aVeryLongYamlLineIsRefusedFast() {
        String content = "host: {name: '" + "x".repeat(10 * 1024 * 1024) + "'}\n";
        long t0 = System.nanoTime();
        InputException e = error("long.yaml", content);
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(5);
        assertThat(e.getMessage()).startsWith("long.yaml:1:").contains("at most 1048576");
    }

    /** F15: a YAML fact file above SnakeYAML's 3 MiB default and below the documented 16 MiB is read. */
    @Test
    void aYamlFactFileOfFourMegabytesIsRead() throws InputException {
        StringBuilder b = new StringBuilder("services:\n");
        for (int i = 0; i < 90_000; i++) {
            b.append("  - {name: service").append(i).append(", status: Running}\n");
        }
        assertThat(b.length()).isGreaterThan(3 * 1024 * 1024);
        assertThat(read("big.yaml", b.toString()).facts()).hasSizeGreaterThan(90_000);
    }

    /** F22: the same registry value twice, spelled differently, was read as the first one silently. */
    @Test
    void aRegistryValueGivenTwiceUnderTwoSpellingsIsAnError() {
        InputException keys = error("k.yaml", "registry:\n"
                + "  'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server': {fDenyTSConnections: 1}\n"
                + "  'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server': {fDenyTSConnections: 0}\n");
        assertThat(keys.getMessage()).contains("is given twice (line 2 and line 3");
        InputException names = error("n.yaml", "registry:\n"
                + "  'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server':\n"
                + "    fDenyTSConnections: 1\n"
                + "    fdenytsconnections: 0\n");
        assertThat(names.getMessage()).contains("registry value 'fDenyTSConnections'").contains("is given twice (line 3 and line 4");
        assertThat(names.line()).isEqualTo(4);
    }

    @Test
    void anOptionalKeyThatIsNullIsLeftOut() throws InputException {
        FactSet f = read("o.yaml", "services:\n  - {name: TermService, status: Running, startType: null}\n");
        assertThat(f.facts()).isNotEmpty();
    }

    @Test
    void invalidValueFromTheFactItself() {
        InputException e = error("f.yaml", "firewallRules:\n  - {name: X, enabled: true, direction: In, action: Allow, profiles: [Office]}\n");
        assertThat(e.problem()).contains("unknown firewall profile 'Office'");
        assertThat(e.line()).isEqualTo(2);
    }

    @Test
    void duplicateKeyIsAnError() {
        InputException e = error("d.yaml", "host: {name: A}\nhost: {name: B}\n");
        assertThat(e.line()).isEqualTo(2);
    }

    @Test
    void emptyFile() {
        assertThat(error("e.yaml", "  \n").problem()).contains("is empty");
    }

    @Test
    void aScalarInsteadOfAMapping() {
        assertThat(error("s.yaml", "just text\n").problem()).isNotBlank();
    }

    @Test
    void wrongSchemaVersion() {
        assertThat(error("v.yaml", "schema: rdp-doctor/facts/v9\n").problem()).contains("rdp-doctor/facts/v1");
    }

    @Test
    void missingFileAndDirectory() throws IOException, InputException {
        assertThatThrownBy(() -> reader.read(dir.resolve("nope.yaml")))
                .isInstanceOf(InputException.class).hasMessageContaining("nope.yaml").hasMessageContaining("no such file");
        assertThatThrownBy(() -> reader.read(dir))
                .isInstanceOf(InputException.class).hasMessageContaining("is a directory");
        Path bom = dir.resolve("bom.yaml");
        Files.write(bom, "\uFEFFhost: {name: BOM}\n".getBytes(StandardCharsets.UTF_8));
        assertThat(reader.read(bom).host()).isPresent();
    }

    @Test
    void aNullEntryIsAnInputErrorAtItsLine() {
        InputException e = error("n.yaml", "host: {name: A}\nsockets:\n  - null\n");
        assertThat(e.problem()).contains("empty entry").contains("sockets");
        assertThat(e.line()).isEqualTo(3);
    }

    @Test
    void anUnknownTopLevelKeySaysSo() {
        assertThat(error("u.yaml", "sokets: []\n").problem()).isEqualTo(
                error("u.yaml", "sokets: []\n").problem()).contains("unknown key 'sokets' at the top level").contains("sockets");
    }

    @Test
    void aCommentOnlyFileHoldsNoMapping() {
        assertThat(error("c.yaml", "# nothing yet\n# still nothing\n").problem()).contains("holds no mapping");
    }

    @Test
    void aBareNumberIsNotAnEnumPosition() {
        assertThat(error("e.yaml", "services:\n  - name: TermService\n    status: 4\n").problem()).contains("services[0].status");
    }

    // ---- the client's credential vocabulary and the license server's versions (issue 13 part 4) ----

    @Test
    void clientCredentialFieldsAreReadAndPolicyNamesTakeTheirCanonicalSpelling() throws InputException {
        FactSet f = read("c.yaml", """
                client:
                  domainJoined: true
                  credentialGuard: true
                  savedCredentials: true
                  restrictedMode: /remoteGuard
                  delegationPolicies: {allowsavedcredentialswhenntlmonly: Disabled, DenySavedCredentials: enabled}
                """);
        io.rdpdoctor.facts.ClientInfo c = f.all(io.rdpdoctor.facts.ClientInfo.class).get(0);
        assertThat(c.credentialGuard()).isTrue();
        assertThat(c.domainJoined()).isTrue();
        assertThat(c.restrictedMode()).isEqualTo(io.rdpdoctor.facts.RestrictedMode.REMOTE_GUARD);
        assertThat(c.delegation("AllowSavedCredentialsWhenNTLMOnly")).isEqualTo(io.rdpdoctor.facts.PolicyState.DISABLED);
        assertThat(c.delegation("DenySavedCredentials")).isEqualTo(io.rdpdoctor.facts.PolicyState.ENABLED);
        assertThat(c.delegation("AllowFreshCredentials")).as("left out: unknown").isNull();
    }

    @Test
    void anUnknownDelegationPolicyIsAnErrorWithItsLine() {
        InputException e = error("c.yaml", "host: {name: PC}\nclient:\n  delegationPolicies: {AllowSavedCreds: Enabled}\n");
        assertThat(e.problem()).contains("unknown Credentials Delegation policy 'AllowSavedCreds'").contains("AllowSavedCredentialsWhenNTLMOnly");
        assertThat(e.line()).as("the line of the refused key").isEqualTo(3);
    }

    @Test
    void aDelegationPolicyStateMustBeAPolicyState() {
        InputException e = error("c.yaml", "client:\n  delegationPolicies: {DenySavedCredentials: yes please}\n");
        assertThat(e.problem()).contains("yes please").contains("ENABLED");
        assertThat(e.line()).isEqualTo(2);
    }

    @Test
    void aRestrictedModeThatIsNoneOfTheSpellingsListsThem() {
        InputException e = error("c.yaml", "client:\n  restrictedMode: /admin\n");
        assertThat(e.problem()).contains("client.restrictedMode").contains("RESTRICTED_ADMIN").contains("REMOTE_GUARD");
        assertThat(e.line()).isEqualTo(2);
    }

    @Test
    void licenseServerAndCalVersionsAreYearsAndTheCalTypeAnEnum() throws InputException {
        Licensing l = read("l.yaml", "licensing: {licenseServerVersion: 2016, calVersion: 2019, calType: Per User, activated: false}\n")
                .all(Licensing.class).get(0);
        assertThat(l.licenseServerVersion()).isEqualTo(2016);
        assertThat(l.calVersion()).isEqualTo(2019);
        assertThat(l.calType()).isEqualTo(io.rdpdoctor.facts.CalType.PER_USER);
        assertThat(l.activated()).isFalse();
        InputException e = error("l.yaml", "host: {name: RDSH}\nlicensing:\n  calVersion: 19\n");
        assertThat(e.problem()).contains("calVersion is 19").contains("2019");
        assertThat(e.line()).as("the line of the refused key").isEqualTo(3);
        assertThat(error("l.yaml", "licensing: {calType: PerSeat}\n").problem()).contains("PER_USER").contains("PER_DEVICE");
    }
}
