package io.rdpdoctor.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rdpdoctor.derived.Derived;
import io.rdpdoctor.derived.FailureReported;
import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.Collected;
import io.rdpdoctor.facts.Fact;
import io.rdpdoctor.facts.FactSet;
import io.rdpdoctor.facts.HostInfo;
import io.rdpdoctor.facts.Source;
import io.rdpdoctor.knowledge.Catalogue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the ranked report says beside the order: nesting and its ranks, each diagnosis's "why",
 * security findings apart, next steps, what is ruled out, the evidence, what was not collected.
 */
class RankerReportTest {

    @TempDir
    static Path dir;
    static Ranker ranker;

    @BeforeAll
    static void catalogue() throws Exception {
        Path f = dir.resolve("report.yaml");
        Files.writeString(f, """
                diagnoses:
                  - {id: ROOT, title: 'root on port[ {port}]', kind: cause, layer: session, severity: high, order: 10, prior: 0.1,
                     explains: [CHILD, CHILD2], explanation: x, sources: [test],
                     fix: [{step: 'set port {port}', cmd: 'setport {port}'}, {step: 'needs a user', cmd: 'x {user}', requires: [user]}],
                     verify: {cmd: 'getport', expect: 'port is {port}'}}
                  - {id: CHILD, title: a child, kind: cause, layer: session, severity: high, order: 30, explanation: x, sources: [test]}
                  - {id: CHILD2, title: a symptom child, kind: symptom, layer: session, severity: high, order: 40, explanation: x, sources: [test]}
                  - {id: CYC-A, title: a, kind: cause, layer: session, severity: high, order: 50, explains: [CYC-B], explanation: x, sources: [test]}
                  - {id: CYC-B, title: b, kind: cause, layer: session, severity: high, order: 51, explains: [CYC-A], explanation: x, sources: [test]}
                  - {id: SEC1, title: s1, kind: security, layer: tls, severity: low, order: 60, explanation: x, sources: [test]}
                  - {id: SEC2, title: s2, kind: security, layer: tls, severity: low, order: 61, explanation: x, sources: [test]}
                  - {id: EARLY, title: early, kind: cause, layer: network, severity: high, order: 5, prior: 0.1, explanation: x, sources: [test]}
                  - {id: LATE, title: late, kind: cause, layer: session, severity: high, order: 70, prior: 0.1, explanation: x, sources: [test]}
                  - {id: SAME1, title: same1, kind: cause, layer: session, severity: high, order: 80, prior: 0.1, explanation: x, sources: [test]}
                  - {id: SAME2, title: same2, kind: cause, layer: session, severity: high, order: 80, prior: 0.1, explanation: x, sources: [test]}
                  - {id: NAME-NOT-RESOLVED, title: nn, kind: cause, layer: around, severity: high, order: 3, explanation: x, sources: [test]}
                  - {id: SYM0, title: sym0, kind: symptom, layer: session, severity: high, order: 1, prior: 0.1, explanation: x, sources: [test]}
                  - {id: SYM, title: sym, kind: symptom, layer: session, severity: high, order: 90, prior: 0.1, explanation: x, sources: [test]}
                  - {id: H1, title: h1, kind: cause, layer: listener, severity: high, order: 101, prior: 0.08, explanation: x, sources: [test]}
                  - {id: H2, title: h2, kind: cause, layer: services, severity: high, order: 102, prior: 0.06, explanation: x, sources: [test]}
                  - {id: H3, title: h3, kind: cause, layer: reachability, severity: high, order: 104, prior: 0.04, explanation: x, sources: [test]}
                  - {id: H4, title: h4, kind: cause, layer: network, severity: high, order: 103, prior: 0.04, explanation: x, sources: [test]}
                  - {id: H5, title: h5, kind: cause, layer: network, severity: high, order: 105, prior: 0.01, explanation: x, sources: [test]}
                  - {id: OWN-DEFECT, title: own, kind: cause, layer: session, severity: high, order: 107, priorOwnStack: 0.2, explanation: x, sources: [test]}
                  - {id: HSYM, title: hs, kind: symptom, layer: network, severity: high, order: 106, prior: 0.9, explanation: x, sources: [test]}
                questions:
                  - {id: Q-ROOT, ask: 'is the port {port}?', where: server, order: 2, cmd: 'query {port}', settledBy: [ROOT],
                     outcomes: [{result: r, means: m}]}
                  - {id: Q-ALSO, ask: 'also?', where: client, order: 2, outcomes: [{result: r, means: m}]}
                  - {id: Q-FIRST, ask: 'first?', where: client, order: 1, outcomes: [{result: r, means: m}]}
                  - {id: Q-CHILD, ask: 'child?', where: client, order: 9, settledBy: [CHILD, ROOT], outcomes: [{result: r, means: m}]}
                  - {id: Q-CHILD-LATER, ask: 'child later?', where: client, order: 19, settledBy: [CHILD], outcomes: [{result: r, means: m}]}
                """);
        ranker = new Ranker(Catalogue.read(List.of(f), Path::toString));
    }

    private static Report rank(FactSet facts, List<Finding> findings, List<Question> questions, List<RuledOut> ruledOut,
                               List<FailureReported> failures) {
        return ranker.rank(facts, new Conclusions(findings, questions, ruledOut, failures, List.of()));
    }

    private static Report rank(Finding... findings) {
        return rank(new FactSet("t", List.of()), List.of(findings), List.of(), List.of(), List.of());
    }

    private static List<String> ids(List<Report.Diagnosis> ds) {
        return ds.stream().map(Report.Diagnosis::id).toList();
    }

    @Test
    void whatAConfirmedCauseExplainsGoesUnderItWithNestedRanks() {
        Report r = rank(Finding.confirmed("ROOT").with("port", "3390"), Finding.likely("CHILD"), Finding.possible("CHILD2"),
                Finding.likely("LATE"));
        assertThat(ids(r.causes())).containsExactly("ROOT", "LATE");
        Report.Diagnosis root = r.causes().get(0);
        assertThat(root.rank()).isEqualTo("1");
        assertThat(r.causes().get(1).rank()).isEqualTo("2");
        assertThat(root.title()).isEqualTo("root on port 3390");
        assertThat(root.explains()).extracting(Report.Diagnosis::rank, Report.Diagnosis::id)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1.1", "CHILD"), org.assertj.core.groups.Tuple.tuple("1.2", "CHILD2"));
        assertThat(root.why()).startsWith("root cause: nothing found explains it; confirmed, ").contains("; explains CHILD, CHILD2")
                // confirmed: nothing left to settle
                .doesNotContain("settle it with")
                // a cause that claims what it explains does not offer it as a hypothesis; nothing lowered it
                .doesNotContain("would explain").doesNotContain("lowered by");
        Report.Diagnosis child = root.explains().get(0);
        assertThat(child.why()).startsWith("explained by ROOT: fix that first; likely")
                // the first question in troubleshooting order that settles it
                .endsWith("; settle it with next step Q-CHILD");
        assertThat(child.settleWith()).isEqualTo("Q-CHILD");
        assertThat(root.explains().get(1).why()).startsWith("explained by ROOT").contains("after CHILD");
        assertThat(r.causes().get(1).why()).startsWith("probable cause: the evidence favours it but does not show it directly; likely")
                // no question settles LATE
                .doesNotContain("settle");
        assertThat(r.causes().get(1).settleWith()).isNull();
    }

    @Test
    void theFixAndItsCheckAreFilledWithTheFindingsValuesAndTheScoreRounded() {
        Report.Diagnosis root = rank(Finding.likely("ROOT").with("port", "3390")).causes().get(0);
        // the step that needs a user is left out: the finding has none
        assertThat(root.fix()).extracting(Report.Step::step).containsExactly("set port 3390");
        assertThat(root.fix().get(0).cmd()).isEqualTo("setport 3390");
        assertThat(root.verify().expect()).isEqualTo("port is 3390");
        double p = Score.of(0.1, List.of(Finding.likely("ROOT"))).probability();
        assertThat(root.score()).isEqualTo(Math.round(p * 1000) / 1000.0).isNotEqualTo(p);
        assertThat(rank(Finding.likely("LATE")).causes().get(0).verify()).isNull();
    }

    @Test
    void aPossibleCauseDoesNotClaimWhatItWouldExplainButSaysSo() {
        Report r = rank(Finding.possible("ROOT"), Finding.possible("CHILD2"));
        assertThat(ids(r.causes())).containsExactly("ROOT", "CHILD2");
        assertThat(r.causes().get(0).explains()).isEmpty();
        assertThat(r.causes().get(0).why()).startsWith("hypothesis: only a symptom points to it; possible")
                .contains("; would explain CHILD2 if confirmed").endsWith("; settle it with next step Q-ROOT");
        assertThat(r.causes().get(1).why()).startsWith("symptom whose cause is not established yet")
                .contains("after ROOT, which would explain it");
    }

    @Test
    void aSymptomTheFactsShowWithNoCauseFoundListsTheCausesThatWouldExplainIt() {
        Report r = rank(Finding.confirmed("CHILD2"));
        assertThat(ids(r.causes())).containsExactly("ROOT", "CHILD2");
        assertThat(r.causes().get(0).why()).startsWith("hypothesis from practice: a cause of CHILD2, which was found, and nothing shows which yet");
        assertThat(r.causes().get(0).certainty()).isEqualTo(Certainty.POSSIBLE);
        // a symptom only suggested names no cause yet; a cause found for it needs no hypothesis
        assertThat(ids(rank(Finding.possible("CHILD2")).causes())).containsExactly("CHILD2");
        assertThat(ids(rank(Finding.confirmed("CHILD2"), Finding.possible("LATE")).causes())).containsExactly("LATE", "ROOT", "CHILD2");
        // a cause the facts rule out is not offered
        Report out = rank(new FactSet("t", List.of()), List.of(Finding.confirmed("CHILD2")), List.of(),
                List.of(RuledOut.by("ROOT")), List.of());
        assertThat(ids(out.causes())).containsExactly("CHILD2");
    }

    @Test
    void aSymptomRanksAfterTheCauseThatWouldExplainItEvenWhenMoreProbable() {
        Report r = rank(Finding.possible("ROOT"), Finding.confirmed("CHILD2"));
        assertThat(ids(r.causes())).containsExactly("ROOT", "CHILD2");
    }

    @Test
    void equallyProbableTiesAreBrokenAndSaid() {
        Report r = rank(Finding.possible("SYM"), Finding.possible("SAME2"), Finding.possible("LATE"), Finding.possible("SAME1"));
        assertThat(ids(r.causes())).containsExactly("LATE", "SAME1", "SAME2", "SYM");
        assertThat(r.causes().get(0).why()).doesNotContain("after");
        assertThat(r.causes().get(1).why()).contains("; after LATE: equally probable, later in the troubleshooting order");
        assertThat(r.causes().get(2).why()).contains("; after SAME1: equally probable and as early in the troubleshooting order (by id)");
        assertThat(r.causes().get(3).why()).contains("; after SAME2: a cause ranks above a symptom");
    }

    @Test
    void anExplanationCycleLosesNoDiagnosisAndHasARoot() {
        Report r = rank(Finding.likely("CYC-B"), Finding.likely("CYC-A"));
        assertThat(ids(r.causes())).containsExactly("CYC-A");
        assertThat(ids(r.causes().get(0).explains())).containsExactly("CYC-B");
        assertThat(r.causes().get(0).explains().get(0).explains()).isEmpty();
    }

    @Test
    void securityFindingsAreListedApartWithoutAScore() {
        Report r = rank(Finding.likely("SEC2"), Finding.confirmed("SEC1"), Finding.possible("LATE"));
        assertThat(ids(r.causes())).containsExactly("LATE");
        assertThat(r.security()).extracting(Report.Diagnosis::rank, Report.Diagnosis::id)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("S1", "SEC1"), org.assertj.core.groups.Tuple.tuple("S2", "SEC2"));
        assertThat(r.security()).allSatisfy(d -> {
            assertThat(d.score()).isNull();
            assertThat(d.why()).startsWith("security finding: not a cause of the failure").doesNotContain("raised by");
        });
        // no probability of its own is shown for a security finding (but see the order sentence of the second)
        assertThat(r.security().get(0).why()).isEqualTo("security finding: not a cause of the failure; confirmed");
        assertThat(r.security().get(1).why()).contains("; after SEC1");
    }

    @Test
    void aSecurityFindingDoesNotStopTheHypothesesFromPractice() {
        Report r = rank(new FactSet("t", List.of()), List.of(Finding.confirmed("SEC1")), List.of(), List.of(),
                List.of(new FailureReported(null, "x")));
        assertThat(r.causes()).isNotEmpty().allMatch(Report.Diagnosis::priorOnly);
    }

    @Test
    void hypothesesFromPracticeAreTheMostFrequentCausesOfTheStageAndFillUpToFive() {
        FailureReported failure = new FailureReported(null, "x");
        Report none = rank(new FactSet("t", List.of()), List.of(), List.of(), List.of(), List.of(failure));
        // TCP causes by prior, equal priors in troubleshooting order; never a symptom however frequent
        assertThat(ids(none.causes())).containsExactly("EARLY", "H1", "H2", "H4", "H3");
        assertThat(none.causes().get(0).why()).contains("its prior alone: the cause of about 10 % of real tickets");
        assertThat(none.causes().get(0).score()).isEqualTo(0.1);
        // one diagnosis the facts point to: four from practice after it
        Report one = rank(new FactSet("t", List.of()), List.of(Finding.possible("LATE")), List.of(), List.of(), List.of(failure));
        assertThat(ids(one.causes())).containsExactly("LATE", "EARLY", "H1", "H2", "H4");
    }

    @Test
    void evidenceAgainstAHypothesisFromPracticeLowersItAsItWouldAFinding() {
        FailureReported failure = new FailureReported(null, "x");
        Report r = ranker.rank(new FactSet("t", List.of()), new Conclusions(List.of(), List.of(), List.of(), List.of(failure),
                List.of(io.rdpdoctor.diagnosis.Against.by("EARLY", "another client connects the same way"))));
        // EARLY (0.10) falls below H1 (0.08) and H2 (0.06): its odds divided by e^3, about 0.5 %
        assertThat(ids(r.causes())).startsWith("H1", "H2").doesNotContain("EARLY");
        Report none = rank(new FactSet("t", List.of()), List.of(), List.of(), List.of(), List.of(failure));
        assertThat(ids(none.causes())).startsWith("EARLY");
    }

    @Test
    void anotherClientConnectingTheSameWayStartsTheHypothesesAtTheNegotiationNotAtTcp() {
        Report tcp = rank(new FactSet("t", List.of()), List.of(), List.of(), List.of(), List.of(new FailureReported(null, "x")));
        Report past = rank(new FactSet("t", List.of()), List.of(), List.of(), List.of(), List.of(new FailureReported(null, "x", false, true)));
        assertThat(ids(tcp.causes())).contains("EARLY");
        assertThat(ids(past.causes())).doesNotContain("EARLY", "H1", "H3", "H4");
        assertThat(past.causes()).allSatisfy(d -> assertThat(d.why()).contains("another client connects the same way"));
    }

    @Test
    void whereAnotherProgramConnectsTheFailingClientsOwnDefectIsAHypothesisWhateverItsStack() {
        Report tcp = rank(new FactSet("t", List.of()), List.of(), List.of(), List.of(), List.of(new FailureReported(null, "x")));
        Report past = rank(new FactSet("t", List.of()), List.of(), List.of(), List.of(), List.of(new FailureReported(null, "x", false, true)));
        assertThat(ids(tcp.causes())).doesNotContain("OWN-DEFECT");
        // its share among clients of their own stack (0.2) puts it before the negotiation's causes at 0.1
        assertThat(ids(past.causes())).startsWith("OWN-DEFECT");
        assertThat(past.causes().get(0).why()).contains("about 20 % of real tickets from clients with an RDP stack of their own");
    }

    /** The session returns its facts in no fixed order (it differed between runs of one build): the report may not. */
    @Test
    void theFailuresTheHypothesesRestOnAreInTheSameOrderWhateverTheSessionsOrder() {
        FailureReported attempt = new FailureReported(null, "connection after the change failed");
        FailureReported complaint = new FailureReported(null, "reported: after update");
        Report one = rank(new FactSet("t", List.of()), List.of(), List.of(), List.of(), List.of(attempt, complaint));
        Report other = rank(new FactSet("t", List.of()), List.of(), List.of(), List.of(), List.of(complaint, attempt));
        assertThat(one.causes()).isNotEmpty();
        assertThat(other).isEqualTo(one);
        assertThat(one.causes().get(0).evidence().get(0).grounds()).extracting(Report.Evidence::fact)
                .containsExactly("connection after the change failed");
    }

    @Test
    void nextStepsOncePerQuestionInTroubleshootingOrderUnlessAConfirmedCauseSettlesThem() {
        List<Question> asked = List.of(Question.of("Q-ROOT").with("port", "3391"), Question.of("Q-ALSO"),
                Question.of("Q-ROOT").with("port", "3390"), Question.of("Q-FIRST"), Question.of("Q-CHILD"));
        Report likely = rank(new FactSet("t", List.of()), List.of(Finding.likely("ROOT")), asked, List.of(), List.of());
        assertThat(likely.nextSteps()).extracting(Report.NextStep::id).containsExactly("Q-FIRST", "Q-ALSO", "Q-ROOT", "Q-CHILD");
        Report.NextStep q = likely.nextSteps().get(2);
        // one of the same question, the same one whatever order the rules asked in
        assertThat(q.ask()).isEqualTo("is the port 3390?");
        assertThat(q.cmd()).isEqualTo("query 3390");
        assertThat(q.where()).isEqualTo("server");

        Report confirmed = rank(new FactSet("t", List.of()), List.of(Finding.confirmed("ROOT")), asked, List.of(), List.of());
        assertThat(confirmed.nextSteps()).extracting(Report.NextStep::id).containsExactly("Q-FIRST", "Q-ALSO");
    }

    @Test
    void aConclusionTheCatalogueDoesNotDefineIsAClearError() {
        assertThatThrownBy(() -> rank(Finding.likely("NOPE"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("diagnosis 'NOPE'");
        assertThatThrownBy(() -> rank(new FactSet("t", List.of()), List.of(), List.of(Question.of("Q-NOPE")), List.of(), List.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("question 'Q-NOPE'");
    }

    @Test
    void ruledOutListsWhatWasNotConcludedInTroubleshootingOrderWithItsEvidenceOnce() {
        Report r = rank(new FactSet("t", List.of()), List.of(Finding.likely("ROOT")), List.of(), List.of(
                RuledOut.by("LATE", "b fact", "a fact"), RuledOut.by("NOT-IN-CATALOGUE", "z"), RuledOut.by("EARLY", "e"),
                RuledOut.by("ROOT", "r"), RuledOut.by("LATE", "a fact", "c fact")), List.of());
        assertThat(r.ruledOut()).extracting(Report.Excluded::id).containsExactly("EARLY", "LATE", "NOT-IN-CATALOGUE");
        assertThat(r.ruledOut()).extracting(Report.Excluded::title).containsExactly("early", "late", "NOT-IN-CATALOGUE");
        assertThat(r.ruledOut().get(1).evidence()).extracting(Report.Evidence::fact).containsExactly("a fact", "b fact", "c fact");
    }

    /** A derived fact for the test: what it says and the facts under it. */
    private record Seen(String describe, List<Object> grounds) implements Derived {
    }

    @Test
    void evidenceShowsFactsWithTheirSourceDerivedFactsWithTheirGroundsAndEachTextOnce() {
        Fact fact = new Collected(Area.SERVICES, Source.of("host.json", 3));
        Fact sourceless = new Collected(Area.LISTENERS, null);
        Report.Diagnosis d = rank(Finding.likely("LATE", fact, new Seen("derived", java.util.Arrays.asList(sourceless, null)), List.of("one", "two"),
                "one")).causes().get(0);
        assertThat(d.evidence()).extracting(Report.Evidence::fact)
                .containsExactly(fact.describe(), "derived", "one", "two");
        assertThat(d.evidence().get(0).source()).isEqualTo(Source.of("host.json", 3).toString());
        assertThat(d.evidence().get(1).source()).isNull();
        assertThat(d.evidence().get(1).grounds()).singleElement().satisfies(g -> {
            assertThat(g.fact()).isEqualTo(sourceless.describe());
            assertThat(g.source()).isNull();
        });
        assertThat(d.evidence().get(2).grounds()).isEmpty();
    }

    @Test
    void theReportNamesTheHostAndEveryAreaNotCollected() {
        HostInfo host = new HostInfo("SRV01", null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        Report r = rank(new FactSet("in.json", List.of(host, new Collected(Area.SERVICES, null))), List.of(), List.of(), List.of(), List.of());
        assertThat(r.host()).isEqualTo("SRV01");
        assertThat(r.input()).isEqualTo("in.json");
        assertThat(r.notCollected()).doesNotContain("services").contains("listeners", "registry")
                .hasSize(Area.values().length - 1);
        assertThat(rank().host()).isNull();
    }

    @Test
    void mergeKeepsTheStrongestCertaintyAllEvidenceTheFirstValueOfEachNameAndTheHighestPrior() {
        List<Finding> merged = Ranker.merge(List.of(
                new Finding("X", Certainty.POSSIBLE, List.of("a", "b"), java.util.Map.of("port", "1", "user", "u"), 0.4),
                new Finding("X", Certainty.LIKELY, List.of("b", "c"), java.util.Map.of("port", "2"), 0.2),
                Finding.possible("Y", "y")));
        assertThat(merged).extracting(Finding::id).containsExactly("X", "Y");
        Finding x = merged.get(0);
        assertThat(x.certainty()).isEqualTo(Certainty.LIKELY);
        assertThat(x.evidence()).containsExactly("b", "c", "a");
        assertThat(x.values()).containsEntry("port", "2").containsEntry("user", "u");
        assertThat(x.prior()).isEqualTo(0.4);
        assertThat(merged.get(1).prior()).isNull();
    }

    @Test
    void aCauseRanksAboveAnEquallyProbableSymptomEarlierInTheTroubleshootingOrder() {
        Report r = rank(Finding.possible("SYM0"), Finding.possible("LATE"));
        assertThat(ids(r.causes())).containsExactly("LATE", "SYM0");
        assertThat(r.causes().get(1).why()).contains("; after LATE: a cause ranks above a symptom");
    }

    @Test
    void onlyASymptomWaitsForItsCauseACauseRanksByItsOwnProbability() {
        // CHILD (a cause) that a possible ROOT would explain keeps its place above ROOT
        assertThat(ids(rank(Finding.possible("ROOT"), Finding.likely("CHILD")).causes())).containsExactly("CHILD", "ROOT");
        // a symptom nothing present would explain keeps its place too
        assertThat(ids(rank(Finding.confirmed("SYM"), Finding.possible("LATE")).causes())).containsExactly("SYM", "LATE");
    }

    @Test
    void aCauseTheFactsPointToIsNotListedAgainAsAHypothesisFromPractice() {
        Report r = rank(new FactSet("t", List.of()), List.of(Finding.possible("EARLY")), List.of(), List.of(),
                List.of(new FailureReported(null, "x")));
        assertThat(ids(r.causes())).containsExactly("EARLY", "H1", "H2", "H4", "H3");
        assertThat(r.causes().get(0).priorOnly()).isFalse();
    }

    @Test
    void ruledOutEvidenceReadTwiceIsShownOnceFromTheSameSourceWhateverTheOrder() {
        Fact fromB = new Collected(Area.SERVICES, Source.of("b.txt", 2));
        Fact fromA = new Collected(Area.SERVICES, Source.of("a.txt", 1));
        Fact fromNowhere = new Collected(Area.SERVICES, null);
        Report withUnknownSource = rank(new FactSet("t", List.of()), List.of(), List.of(),
                List.of(new RuledOut("LATE", List.of(fromB, fromNowhere))), List.of());
        assertThat(withUnknownSource.ruledOut().get(0).evidence()).singleElement().satisfies(e -> assertThat(e.source()).isNull());
        for (List<Object> order : List.of(List.<Object>of(fromB, fromA), List.<Object>of(fromA, fromB))) {
            Report r = rank(new FactSet("t", List.of()), List.of(), List.of(), List.of(new RuledOut("LATE", order)), List.of());
            assertThat(r.ruledOut().get(0).evidence()).singleElement()
                    .satisfies(e -> assertThat(e.source()).isEqualTo(Source.of("a.txt", 1).toString()));
        }
    }

    @Test
    void mergeTakesTheHighestPriorWhicheverFindingCarriesIt() {
        Finding merged = Ranker.merge(List.of(Finding.likely("X", "a").withPrior(0.4), Finding.possible("X", "b").withPrior(0.2),
                Finding.possible("X", "c"))).get(0);
        assertThat(merged.prior()).isEqualTo(0.4);
    }

    @Test
    void aCauseNamedForItsStageThatTheCorpusNeverSawIsListedBelowOneTicketInTheCorpus() {
        Report r = rank(new FactSet("t", List.of()), List.of(), List.of(), List.of(),
                List.of(new FailureReported(io.rdpdoctor.facts.FailureStage.NAME_RESOLUTION, "x")));
        assertThat(ids(r.causes())).containsExactly("NAME-NOT-RESOLVED");
        assertThat(r.causes().get(0).score()).isEqualTo(Ranker.NEVER_SEEN);
        assertThat(r.causes().get(0).why()).contains("no real ticket of the corpus had it yet");
    }

    @Test
    void aClueBelowThePriorLowersWithoutRaising() {
        Report.Diagnosis d = rank(Finding.possible("LATE", "a pattern").withPrior(0.05)).causes().get(0);
        assertThat(d.why()).contains("; lowered by what the ticket tells points to it in practice with p = 0.05, below its prior 0.10")
                .doesNotContain("raised by");
    }
}
