package io.rdpdoctor.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdpdoctor.derived.FailureReported;
import io.rdpdoctor.facts.FailureStage;
import io.rdpdoctor.knowledge.DiagnosisDef;
import io.rdpdoctor.knowledge.Kind;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Which causes fit the stage a failure was reported at (docs/ranking.md, "never empty while there is evidence"). */
class RankerStagesTest {

    private static DiagnosisDef cause(String id, String layer, Double prior) {
        return new DiagnosisDef(id, "t", Kind.CAUSE, layer, "high", 1, List.of(), "x", List.of(), null, List.of("test"), null, prior, null, null);
    }

    private static final double P = 0.05;

    private static DiagnosisDef cause(String id, String layer, Double prior, Double priorOwnStack) {
        return new DiagnosisDef(id, "t", Kind.CAUSE, layer, "high", 1, List.of(), "x", List.of(), null, List.of("test"), null, prior, priorOwnStack, null);
    }

    @Test
    void aClientWithItsOwnRdpStackStartsAtTheNegotiationNotAtTcp() {
        Predicate<DiagnosisDef> fits = Ranker.fitsNegotiation();
        assertThat(fits).accepts(cause("A", "tls", P), cause("B", "session", P), cause("C", "accounts", P), cause("SECURITY-LAYER", "x", null));
        assertThat(fits).rejects(cause("D", "reachability", P), cause("E", "network", P), cause("F", "listener", P), cause("G", "session", null));
    }

    @Test
    void withNoStageNamedTheCausesOfTcpAndTheMissingSignInRightAreListedNotTheOtherSessionCauses() {
        Predicate<DiagnosisDef> fits = Ranker.fitsNoStage();
        assertThat(fits).accepts(cause("D", "reachability", P), cause("E", "network", P), cause("NOT-AUTHORIZED", "session", P));
        // the other causes past TCP would have shown a dialog naming their stage
        assertThat(fits).rejects(cause("CREDSSP-ORACLE", "session", 0.1), cause("B", "accounts", P), cause("A", "tls", P));
        // a cause the corpus never counted is no hypothesis from practice, whatever its id
        assertThat(fits).rejects(cause("NOT-AUTHORIZED", "session", null));
    }

    @Test
    void aCauseSeenOnlyFromClientsOfTheirOwnStackIsTheirHypothesisOnly() {
        // CLIENT-DEFECT: no prior over all tickets, one over the tickets of FreeRDP-like clients
        DiagnosisDef ownStackOnly = cause("CLIENT-DEFECT", "session", null, 0.114);
        assertThat(Ranker.fitsNegotiation(true)).accepts(ownStackOnly);
        assertThat(Ranker.fitsNegotiation(false)).rejects(ownStackOnly);
        assertThat(Ranker.fitsNegotiation()).rejects(ownStackOnly);
        assertThat(Ranker.fitsStage(FailureStage.TCP, true)).rejects(ownStackOnly);
    }

    @Test
    void aClientOfItsOwnStackMayFailByItsOwnDefectAtAnyStagePastTcpButItsOtherCausesKeepTheirLayers() {
        DiagnosisDef defect = cause("CLIENT-DEFECT", "session", null, 0.114);
        DiagnosisDef tlsOwnStackOnly = cause("CLIENT-TLS-POLICY", "tls", null, 0.048);
        assertThat(Ranker.fitsStage(FailureStage.AFTER_LOGON, true)).accepts(defect).rejects(tlsOwnStackOnly);
        assertThat(Ranker.fitsStage(FailureStage.TLS, true)).accepts(defect, tlsOwnStackOnly);
        assertThat(Ranker.fitsStage(FailureStage.LOGON, true)).accepts(defect).rejects(tlsOwnStackOnly);
        // another client's failure after logon is not this client's defect
        assertThat(Ranker.fitsStage(FailureStage.AFTER_LOGON, false)).rejects(defect);
    }

    @Test
    void whereAnotherProgramConnectsTheFailingClientsOwnDefectTakesItsShareAmongOwnStackClients() {
        DiagnosisDef ownStackOnly = cause("CLIENT-DEFECT", "session", null, 0.114);
        DiagnosisDef both = cause("A", "session", 0.12, 0.27);
        assertThat(Ranker.practicePrior(ownStackOnly, false, true)).isEqualTo(0.114);
        assertThat(Ranker.practicePrior(ownStackOnly, false, false)).isEqualTo(Ranker.NEVER_SEEN);
        // a cause with an ordinary prior keeps it: the client's stack is not what is known
        assertThat(Ranker.practicePrior(both, false, true)).isEqualTo(0.12);
    }

    @Test
    void theOwnStackPriorCountsOnlyForSuchClientsAndACauseNeverSeenComesLast() {
        DiagnosisDef both = cause("A", "session", 0.12, 0.27);
        DiagnosisDef frequentElsewhere = cause("B", "reachability", 0.064, null);
        DiagnosisDef rare = cause("C", "session", 0.01, null);
        assertThat(Ranker.practicePrior(both, false)).isEqualTo(0.12);
        assertThat(Ranker.practicePrior(both, true)).isEqualTo(0.27);
        assertThat(Ranker.practicePrior(frequentElsewhere, true)).isEqualTo(Score.DEFAULT_PRIOR);
        assertThat(Ranker.practicePrior(rare, true)).isEqualTo(0.01);
        assertThat(Ranker.practicePrior(cause("D", "session", null, null), true)).isEqualTo(Ranker.NEVER_SEEN).isLessThan(0.004);
        assertThat(Ranker.practicePrior(cause("D", "session", null, null), false)).isEqualTo(Ranker.NEVER_SEEN);
        assertThat(Ranker.practicePrior(rare, false)).isEqualTo(0.01); // the share itself, below the score's default
    }

    @Test
    void theLatestStageNamedWinsWhateverTheOrderOfTheReports() {
        assertThat(Ranker.latestStage(List.of())).isNull();
        assertThat(Ranker.latestStage(List.of(new FailureReported(null, "x")))).isNull();
        assertThat(Ranker.latestStage(List.of(new FailureReported(FailureStage.NLA, "a"), new FailureReported(null, "b"),
                new FailureReported(FailureStage.TCP, "c")))).isEqualTo(FailureStage.NLA);
        assertThat(Ranker.latestStage(List.of(new FailureReported(FailureStage.TCP, "a"), new FailureReported(FailureStage.LOGON, "b"),
                new FailureReported(FailureStage.TLS, "c")))).isEqualTo(FailureStage.LOGON);
        assertThat(Ranker.latestStage(List.of(new FailureReported(FailureStage.TLS, "a"), new FailureReported(FailureStage.TLS, "b"))))
                .isEqualTo(FailureStage.TLS);
    }

    @Test
    void nameResolutionNamesItsCausesWhateverTheirPrior() {
        Predicate<DiagnosisDef> fits = Ranker.fitsStage(FailureStage.NAME_RESOLUTION);
        assertThat(fits).accepts(cause("NAME-NOT-RESOLVED", "around", null), cause("DNS-STALE", "around", P),
                cause("VPN-INTERFERENCE", "around", P));
        assertThat(fits).rejects(cause("OTHER", "network", P));
    }

    @Test
    void tcpTakesTheNetworkLayersCausesWithAPrior() {
        Predicate<DiagnosisDef> fits = Ranker.fitsStage(FailureStage.TCP);
        assertThat(fits).accepts(cause("A", "reachability", P), cause("B", "network", P), cause("C", "listener", P), cause("D", "services", P));
        assertThat(fits).rejects(cause("E", "network", null), cause("F", "session", P), cause("DNS-STALE", "around", P));
    }

    @Test
    void tlsTakesItsLayersWithAPriorAndTheCertificateCausesAlways() {
        Predicate<DiagnosisDef> fits = Ranker.fitsStage(FailureStage.TLS);
        assertThat(fits).accepts(cause("A", "tls", P), cause("B", "services", P), cause("CERT-BROKEN", "certificates", null),
                cause("MACHINEKEYS-ACL", "x", null), cause("SECURITY-LAYER", "x", null));
        assertThat(fits).rejects(cause("C", "tls", null), cause("D", "network", P));
        // the listener answered: TermService is installed, enabled and running
        assertThat(fits).rejects(cause("TERMSERVICE-NOT-INSTALLED", "services", P), cause("TERMSERVICE-STOPPED", "services", P),
                cause("TERMSERVICE-START-TIMEOUT", "services", P), cause("TERMSRV-DLL-CRASH", "services", P));
        assertThat(fits).accepts(cause("KEYISO-STOPPED", "services", P), cause("TERMSERVICE-WRONG-ACCOUNT", "services", P));
    }

    @Test
    void nlaTakesSessionAndAccounts() {
        Predicate<DiagnosisDef> fits = Ranker.fitsStage(FailureStage.NLA);
        assertThat(fits).accepts(cause("A", "session", P), cause("B", "accounts", P));
        assertThat(fits).rejects(cause("C", "session", null), cause("D", "licensing", P), cause("E", "tls", P));
    }

    @Test
    void logonTakesAccountsLicensingAndSession() {
        Predicate<DiagnosisDef> fits = Ranker.fitsStage(FailureStage.LOGON);
        assertThat(fits).accepts(cause("A", "accounts", P), cause("B", "licensing", P), cause("C", "session", P));
        // the listener answered a connection refused at logon
        assertThat(fits).rejects(cause("E", "licensing", null), cause("F", "network", P), cause("D", "listener", P));
        // a refused logon got past TLS and NLA: their causes are not this stage's, though in the session layer
        assertThat(fits).accepts(cause("NOT-AUTHORIZED", "session", P), cause("SESSION-LIMIT", "session", P));
        assertThat(fits).rejects(cause("CREDSSP-ORACLE", "session", P), cause("NLA-MISMATCH", "session", P),
                cause("CERT-BROKEN", "session", P), cause("SECURITY-LAYER", "session", P));
    }

    @Test
    void afterLogonNamesItsCausesAndTakesTheAroundLayerWithAPrior() {
        Predicate<DiagnosisDef> fits = Ranker.fitsStage(FailureStage.AFTER_LOGON);
        assertThat(fits).accepts(cause("MTU", "network", null), cause("WIN11-24H2-FREEZE", "x", null), cause("RESOURCES-EXHAUSTED", "x", null),
                cause("CLIENT-DISPLAY", "x", null), cause("AFTER-UPDATE", "x", null), cause("A", "around", P));
        assertThat(fits).rejects(cause("B", "around", null), cause("C", "session", P));
    }
}
