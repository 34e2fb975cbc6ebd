package io.rdpdoctor.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdpdoctor.derived.FailureReported;
import io.rdpdoctor.facts.ConnectionAttempt;
import io.rdpdoctor.facts.FactSet;
import io.rdpdoctor.facts.FailureStage;
import io.rdpdoctor.knowledge.Catalogue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ranker on a small catalogue of its own: order by score, nesting, symptoms after their causes, priors. */
class RankerTest {

    @TempDir
    static Path dir;
    static Ranker ranker;

    @BeforeAll
    static void catalogue() throws Exception {
        Path f = dir.resolve("test.yaml");
        Files.writeString(f, """
                diagnoses:
                  - {id: COMMON, title: a common cause, kind: cause, layer: session, severity: high, order: 20, prior: 0.3,
                     explains: [SYMPTOM], explanation: x, sources: [test]}
                  - {id: RARE, title: a rare cause, kind: cause, layer: session, severity: high, order: 10, prior: 0.01,
                     explains: [SYMPTOM], explanation: x, sources: [test]}
                  - {id: NETWORKY, title: a network cause, kind: cause, layer: network, severity: high, order: 5, prior: 0.5,
                     explanation: x, sources: [test]}
                  - {id: SYMPTOM, title: a symptom, kind: symptom, layer: session, severity: high, order: 1,
                     explanation: x, sources: [test]}
                """);
        ranker = new Ranker(Catalogue.read(List.of(f), Path::toString));
    }

    private static Report rank(List<Finding> findings, List<RuledOut> ruledOut, List<FailureReported> failures, List<Against> against) {
        return ranker.rank(new FactSet("t", List.of()), new Conclusions(findings, List.of(), ruledOut, failures, against));
    }

    private static List<String> top(Report r) {
        return r.causes().stream().map(Report.Diagnosis::id).toList();
    }

    @Test
    void theMoreProbableCauseFirstWhateverTheTroubleshootingOrder() {
        Report r = rank(List.of(Finding.possible("RARE").withPrior(0.2), Finding.possible("COMMON").withPrior(0.5)), List.of(), List.of(), List.of());
        assertThat(top(r)).containsExactly("COMMON", "RARE");
        assertThat(r.causes().get(0).score()).isEqualTo(0.5);
        assertThat(r.causes().get(1).why()).contains("less probable (20 % < 50 %)");
    }

    @Test
    void aSymptomGoesUnderAProbableCauseAndAfterAHypothesis() {
        Report nested = rank(List.of(Finding.likely("SYMPTOM"), Finding.possible("COMMON").withPrior(0.7)), List.of(), List.of(), List.of());
        assertThat(top(nested)).containsExactly("COMMON");
        assertThat(nested.causes().get(0).certainty()).isEqualTo(Certainty.LIKELY);
        assertThat(nested.causes().get(0).explains()).extracting(Report.Diagnosis::id).containsExactly("SYMPTOM");

        // a confirmed symptom with only a long-shot cause: a merely possible cause does not claim it, so
        // the symptom's other causes are listed beside it at their priors; the symptom still ranks after them
        Report after = rank(List.of(Finding.confirmed("SYMPTOM"), Finding.possible("RARE").withPrior(0.1)), List.of(), List.of(), List.of());
        assertThat(top(after)).containsExactly("RARE", "COMMON", "SYMPTOM");
        assertThat(after.causes().get(1).priorOnly()).isTrue();
        assertThat(after.causes().get(2).why()).contains("which would explain it");
        // a likely cause claims it: nothing is added
        Report claimed = rank(List.of(Finding.confirmed("SYMPTOM"), Finding.likely("RARE")), List.of(), List.of(), List.of());
        assertThat(top(claimed)).containsExactly("RARE");
    }

    @Test
    void confirmedBeatsTheOdds() {
        Report r = rank(List.of(Finding.confirmed("RARE"), Finding.possible("COMMON").withPrior(0.9)), List.of(), List.of(), List.of());
        assertThat(top(r)).containsExactly("RARE", "COMMON");
        assertThat(r.causes().get(0).certainty()).isEqualTo(Certainty.CONFIRMED);
    }

    @Test
    void equallyProbableWhatTheFactsShowComesBeforeWhatTheySuggest() {
        // NETWORKY (prior 0.5) likely and backed by a pattern reaches 100 % to the percent, as does
        // RARE confirmed: the facts showing RARE decide, whatever the troubleshooting order says
        Report r = rank(List.of(Finding.likely("NETWORKY"), Finding.possible("NETWORKY", "a pattern").withPrior(0.9),
                Finding.confirmed("RARE")), List.of(), List.of(), List.of());
        assertThat(r.causes()).extracting(Report.Diagnosis::score).allSatisfy(p -> assertThat(p).isGreaterThan(0.995));
        assertThat(top(r)).containsExactly("RARE", "NETWORKY");
        assertThat(r.causes().get(1).why()).contains("the facts show it more directly (confirmed before likely)");
    }

    @Test
    void evidenceAgainstReordersAndIsSaid() {
        Report r = rank(List.of(Finding.likely("NETWORKY"), Finding.likely("COMMON")), List.of(), List.of(),
                List.of(Against.by("NETWORKY", "something on the host")));
        assertThat(top(r)).containsExactly("COMMON", "NETWORKY");
        assertThat(r.causes().get(1).why()).contains("lowered by what the facts show against it: something on the host");
    }

    @Test
    void aReportedFailureWithNothingElseListsTheCausesOfItsStageAtTheirPriors() {
        ConnectionAttempt a = new ConnectionAttempt(null, null, null, null, null, null, false, null, null, null, FailureStage.NLA, null);
        Report r = rank(List.of(), List.of(), List.of(new FailureReported(FailureStage.NLA, a)), List.of());
        // session layer only (NETWORKY is network), most frequent first, none ruled out
        assertThat(top(r)).containsExactly("COMMON", "RARE");
        assertThat(r.causes()).allMatch(Report.Diagnosis::priorOnly).allMatch(d -> d.certainty() == Certainty.POSSIBLE);
        assertThat(r.causes().get(0).why()).startsWith("hypothesis from practice");

        Report ruled = rank(List.of(), List.of(RuledOut.by("RARE", "a fact")), List.of(new FailureReported(FailureStage.NLA, a)), List.of());
        assertThat(top(ruled)).containsExactly("COMMON");

        Report nothingReported = rank(List.of(), List.of(), List.of(), List.of());
        assertThat(nothingReported.causes()).isEmpty();
    }

    @Test
    void noStageNamedListsTheCausesOfTcpWhereCheckingStartsNotTheMostFrequentCauseOverall() {
        // COMMON and RARE (session layer) have priors too, but a session cause's dialog would have
        // named its stage: with none named, only the causes of TCP (here NETWORKY) are listed
        ConnectionAttempt a = new ConnectionAttempt(null, null, null, null, null, null, false, null, null, null, null, null);
        Report r = rank(List.of(), List.of(), List.of(new FailureReported(null, a)), List.of());
        assertThat(top(r)).containsExactly("NETWORKY");
        assertThat(r.causes().get(0).why()).contains("no stage is named, and checking starts at TCP");

        // a stage named wins over the default: NLA lists the session causes, most frequent first
        Report nla = rank(List.of(), List.of(), List.of(new FailureReported(null, a), new FailureReported(FailureStage.NLA, a)), List.of());
        assertThat(top(nla)).containsExactly("COMMON", "RARE");
        assertThat(nla.causes().get(0).why()).doesNotContain("no stage is named");
    }

    @Test
    void priorsFillUpAWeakListAfterWhatTheFactsPointToButNotBesideAProbableCause() {
        Report weak = rank(List.of(Finding.possible("RARE")), List.of(), List.of(new FailureReported(null, "x")), List.of());
        assertThat(top(weak)).containsExactly("RARE", "NETWORKY");
        assertThat(weak.causes().get(0).priorOnly()).isFalse();
        assertThat(weak.causes().get(1).priorOnly()).isTrue();
        Report probable = rank(List.of(Finding.likely("RARE")), List.of(), List.of(new FailureReported(null, "x")), List.of());
        assertThat(top(probable)).containsExactly("RARE");
    }
}
