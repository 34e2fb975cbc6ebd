package io.rdpdoctor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/rules.md as generated from a small catalogue of its own. */
class CatalogueMarkdownTest {

    @TempDir
    Path dir;
    /** Rendered in each test, not once before all: PIT credits a test only with the code it runs itself. */
    String md;

    @BeforeEach
    void render() throws Exception {
        Path f = dir.resolve("c.yaml");
        Files.writeString(f, """
                diagnoses:
                  - id: PORT-BLOCKED
                    title: "A firewall blocks [TCP {port}|the RDP port] | really"
                    kind: cause
                    layer: network
                    severity: critical
                    order: 2
                    explains: [NO-LISTENER]
                    inventory: [ROW-7, ROW-8]
                    explanation: |
                      The   port[ {port}] is
                      blocked.
                    fix:
                      - step: "  Open[ TCP {port}] in the firewall.  "
                        backup: "netsh advfirewall export C:\\\\b\\\\fw.wfw"
                        powershell: "Set-NetFirewallRule -Name '{rule}'  "
                        cmd: "echo `x`"
                        warning: " Opens[ {port}] to everyone. "
                        undo: "netsh advfirewall import C:\\\\b\\\\fw.wfw"
                      - step: Check the provider's rules.
                        command: "gcloud compute firewall-rules list"
                    verify:
                      powershell: Test-NetConnection -Port 3389
                      cmd: netstat -an
                      command: nc -z host 3389
                      expect: " TcpTestSucceeded[ on {port}] is True "
                    sources: [https://example.org/a, seed 1.2]
                  - {id: NO-LISTENER, title: Nothing listens, kind: symptom, layer: listener, severity: high, order: 1,
                     explanation: x, sources: [s]}
                  - {id: WEAK-TLS, title: TLS 1.0 is on, kind: security, layer: security, severity: low, order: 3,
                     explanation: y, sources: [s], triggers: [PORT-BLOCKED]}
                questions:
                  - {id: Q-1, ask: which one, where: server, order: 1, outcomes: [{result: r, means: m}]}
                messages:
                  - {id: MSG-A, title: "An internal error | has occurred", codes: ['0x4'], extendedCodes: ['0x07'],
                     hypotheses: [{id: PORT-BLOCKED, prior: 0.6}, {id: NO-LISTENER, prior: 0.2}], explainedBy: [WEAK-TLS], sources: [s]}
                  - {id: MSG-B, title: b, extendedCodes: ['0x1000-0x7fff'], hypotheses: [], sources: [s]}
                  - {id: MSG-C, title: c, codes: ['0x204'], hypotheses: [{id: NO-LISTENER, prior: 0.5}], sources: [s]}
                """);
        md = CatalogueMarkdown.render(Catalogue.read(List.of(f), Path::toString));
    }

    @Test
    void itStartsWithTheGeneratedHeaderAndTheCounts() {
        assertThat(md).startsWith(CatalogueMarkdown.HEADER + "\n\n# The rule catalogue\n\n"
                + "3 diagnoses (1 causes, 1 symptoms, 1 security findings), 3 client messages, 1 next-step questions.\n\n");
        assertThat(CatalogueMarkdown.HEADER).contains("GENERATED", "DO NOT EDIT");
    }

    @Test
    void theTableListsTheDiagnosesInTroubleshootingOrderWithGenericTitles() {
        assertThat(md).contains("""
                | id | kind | layer | severity | title |
                |---|---|---|---|---|
                | [NO-LISTENER](#no-listener) | symptom | listener | high | Nothing listens |
                | [PORT-BLOCKED](#port-blocked) | cause | network | critical | A firewall blocks the RDP port \\| really |
                | [WEAK-TLS](#weak-tls) | security | security | low | TLS 1.0 is on |
                """);
        assertThat(md.indexOf("\n## NO-LISTENER\n")).isPositive().isLessThan(md.indexOf("\n## PORT-BLOCKED\n"));
        assertThat(md.indexOf("\n## PORT-BLOCKED\n")).isLessThan(md.indexOf("\n## WEAK-TLS\n"));
    }

    @Test
    void eachDiagnosisHasItsSectionWithExplanationLinksFixVerifyAndSources() {
        assertThat(md).contains("""
                ## PORT-BLOCKED

                **A firewall blocks the RDP port | really** (cause, network, severity critical, troubleshooting order 2)

                The port is blocked.

                Explains: NO-LISTENER

                Inventory rows: ROW-7, ROW-8

                1. Open in the firewall.
                   - backup first: `netsh advfirewall export C:\\b\\fw.wfw`
                   - PowerShell: `Set-NetFirewallRule -Name '{rule}'`
                   - cmd: `echo 'x'`
                   - **Warning:** Opens to everyone.
                   - undo: `netsh advfirewall import C:\\b\\fw.wfw`
                2. Check the provider's rules.
                   - run: `gcloud compute firewall-rules list`

                Verify:
                   - PowerShell: `Test-NetConnection -Port 3389`
                   - cmd: `netstat -an`
                   - run: `nc -z host 3389`
                   - healthy: TcpTestSucceeded is True

                Sources:
                - https://example.org/a
                - seed 1.2
                """);
    }

    @Test
    void whatADiagnosisDoesNotHaveIsLeftOut() {
        String noListener = md.substring(md.indexOf("\n## NO-LISTENER\n"), md.indexOf("\n## PORT-BLOCKED\n"));
        assertThat(noListener).isEqualTo("""

                ## NO-LISTENER

                **Nothing listens** (symptom, listener, severity high, troubleshooting order 1)

                x


                Sources:
                - s
                """);
        String weak = md.substring(md.indexOf("\n## WEAK-TLS\n"), md.indexOf("\n# Client messages"));
        assertThat(weak).contains("Triggers: PORT-BLOCKED (any other confirmed cause explains the failure without it)\n\n")
                .doesNotContain("Explains:", "Inventory rows:", "Verify:", "1. ");
    }

    @Test
    void theClientMessagesTableGivesCodesAndWhatEachPointsTo() {
        assertThat(md).endsWith("""

                # Client messages

                | id | message | codes | points to |
                |---|---|---|---|
                | MSG-A | An internal error \\| has occurred | 0x4; extended 0x7 | PORT-BLOCKED (0.6), NO-LISTENER (0.2); explained by WEAK-TLS too |
                | MSG-B | b | extended 0x1000-0x7fff |  |
                | MSG-C | c | 0x204 | NO-LISTENER (0.5) |
                """);
    }

    @Test
    void aCatalogueWithoutMessagesHasNoMessagesTable() throws Exception {
        Path f = dir.resolve("d.yaml");
        Files.writeString(f, """
                diagnoses:
                  - {id: ONLY, title: only, kind: cause, layer: l, severity: high, order: 1, explanation: x, sources: [s]}
                """);
        String only = CatalogueMarkdown.render(Catalogue.read(List.of(f), Path::toString));
        assertThat(only).contains("1 diagnoses (1 causes, 0 symptoms, 0 security findings), 0 client messages, 0 next-step questions.")
                .doesNotContain("# Client messages").endsWith("Sources:\n- s\n");
    }
}
