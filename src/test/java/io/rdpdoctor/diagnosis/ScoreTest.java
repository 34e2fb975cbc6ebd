package io.rdpdoctor.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The differential score: prior from practice, moved by each kind of evidence once. */
class ScoreTest {

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    @Test
    void withoutEvidenceTheScoreIsThePrior() {
        assertThat(Score.of(0.13, List.of()).probability()).isCloseTo(0.13, within(1e-9));
        assertThat(Score.of(null, List.of()).probability()).isCloseTo(Score.DEFAULT_PRIOR, within(1e-9));
    }

    @Test
    void eachKindOfEvidenceAddsItsWeightOnce() {
        Finding confirmed = Finding.confirmed("X");
        Finding likely = Finding.likely("X");
        assertThat(Score.of(0.1, List.of(confirmed)).probability()).isCloseTo(sigmoid(logit(0.1) + Score.CONFIRMED), within(1e-9));
        assertThat(Score.of(0.1, List.of(likely)).probability()).isCloseTo(sigmoid(logit(0.1) + Score.LIKELY), within(1e-9));
        // five rules reading the same thing are one piece of evidence
        assertThat(Score.of(0.1, List.of(likely, likely, likely)).probability())
                .isCloseTo(Score.of(0.1, List.of(likely)).probability(), within(1e-9));
        assertThat(Score.of(0.1, List.of(confirmed, likely)).probability())
                .isCloseTo(sigmoid(logit(0.1) + Score.CONFIRMED + Score.LIKELY), within(1e-9));
    }

    @Test
    void aMessageMovesTheOddsToItsOwnProbabilityUpOrDown() {
        Finding named = Finding.possible("X").withPrior(0.6);
        Score up = Score.of(0.1, List.of(named));
        assertThat(up.probability()).isCloseTo(0.6, within(1e-9));
        assertThat(up.raisedBy()).singleElement().asString().contains("p = 0.60");
        Score down = Score.of(0.3, List.of(Finding.possible("X").withPrior(0.05)));
        assertThat(down.probability()).isCloseTo(0.05, within(1e-9));
        assertThat(down.loweredBy()).singleElement().asString().contains("below its prior 0.30");
        // two messages: the stronger one speaks
        assertThat(Score.of(0.1, List.of(named, Finding.possible("X").withPrior(0.2))).probability()).isCloseTo(0.6, within(1e-9));
    }

    @Test
    void aPatternFromPracticeAndAMessageAreIndependentClues() {
        io.rdpdoctor.facts.ConnectionAttempt attempt = new io.rdpdoctor.facts.ConnectionAttempt(null, null, null, null, null, null,
                false, "some text", null, null, null, null);
        Finding message = Finding.possible("X", new io.rdpdoctor.derived.ClientMessageSeen(null, attempt)).withPrior(0.3);
        Finding pattern = Finding.possible("X", "a custom port and a failure from elsewhere").withPrior(0.4);
        Score m = Score.of(0.1, List.of(message));
        assertThat(m.probability()).isCloseTo(0.3, within(1e-9));
        assertThat(m.raisedBy()).singleElement().asString().contains("the client's message");
        Score p = Score.of(0.1, List.of(pattern));
        assertThat(p.probability()).isCloseTo(0.4, within(1e-9));
        assertThat(p.raisedBy()).singleElement().asString().contains("in practice with p = 0.40");
        // both: each moves the odds from the prior once
        assertThat(Score.of(0.1, List.of(message, pattern)).probability())
                .isCloseTo(sigmoid(logit(0.1) + (logit(0.3) - logit(0.1)) + (logit(0.4) - logit(0.1))), within(1e-9));
    }

    @Test
    void aSymptomAloneIsWeakAndEvidenceAgainstLowers() {
        Score weak = Score.of(0.1, List.of(Finding.possible("X")));
        assertThat(weak.probability()).isCloseTo(sigmoid(logit(0.1) + Score.WEAK), within(1e-9));
        Score against = Score.of(0.1, List.of(Finding.likely("X")), List.of(Against.by("X", "a third-party firewall")));
        assertThat(against.probability()).isCloseTo(sigmoid(logit(0.1) + Score.LIKELY - Score.AGAINST), within(1e-9));
        assertThat(against.loweredBy()).singleElement().asString().contains("a third-party firewall");
    }

    @Test
    void confirmedOnlyFromTheFactsLikelyFromARuleOrTheOdds() {
        List<Finding> messageNamesIt = List.of(Finding.possible("X").withPrior(0.85));
        assertThat(Score.certainty(messageNamesIt, Score.of(0.02, messageNamesIt))).isEqualTo(Certainty.LIKELY);
        List<Finding> longShot = List.of(Finding.possible("X").withPrior(0.2));
        assertThat(Score.certainty(longShot, Score.of(0.02, longShot))).isEqualTo(Certainty.POSSIBLE);
        List<Finding> ruleSaysLikely = List.of(Finding.likely("X"));
        assertThat(Score.certainty(ruleSaysLikely, new Score(0.3, List.of(), List.of()))).isEqualTo(Certainty.LIKELY);
        List<Finding> facts = List.of(Finding.confirmed("X"), Finding.possible("X").withPrior(0.1));
        assertThat(Score.certainty(facts, Score.of(0.02, facts))).isEqualTo(Certainty.CONFIRMED);
        // however high the odds, a message never makes a cause confirmed
        List<Finding> strong = List.of(Finding.possible("X").withPrior(0.99));
        assertThat(Score.certainty(strong, Score.of(0.9, strong))).isEqualTo(Certainty.LIKELY);
    }

    @Test
    void aClueAtExactlyThePriorNeitherRaisesNorLowersIt() {
        io.rdpdoctor.facts.ConnectionAttempt attempt = new io.rdpdoctor.facts.ConnectionAttempt(null, null, null, null, null, null,
                false, "some text", null, null, null, null);
        Score message = Score.of(0.1, List.of(Finding.possible("X", new io.rdpdoctor.derived.ClientMessageSeen(null, attempt)).withPrior(0.1)));
        assertThat(message.probability()).isCloseTo(0.1, within(1e-9));
        assertThat(message.loweredBy()).isEmpty();
        assertThat(message.raisedBy()).singleElement().asString().doesNotContain("below");
        Score pattern = Score.of(0.1, List.of(Finding.possible("X", "a pattern").withPrior(0.1)));
        assertThat(pattern.loweredBy()).isEmpty();
        assertThat(pattern.raisedBy()).singleElement().asString().doesNotContain("below");
    }

    @Test
    void ofTwoMessagesTheStrongerSpeaksWhicheverCameFirst() {
        io.rdpdoctor.facts.ConnectionAttempt attempt = new io.rdpdoctor.facts.ConnectionAttempt(null, null, null, null, null, null,
                false, "some text", null, null, null, null);
        io.rdpdoctor.derived.ClientMessageSeen seen = new io.rdpdoctor.derived.ClientMessageSeen(null, attempt);
        Score s = Score.of(0.1, List.of(Finding.possible("X", seen).withPrior(0.6), Finding.possible("X", seen).withPrior(0.2)));
        assertThat(s.probability()).isCloseTo(0.6, within(1e-9));
        assertThat(s.raisedBy()).containsExactly("the client's message points to it with p = 0.60");
        Score down = Score.of(0.3, List.of(Finding.possible("X", seen).withPrior(0.05)));
        assertThat(down.raisedBy()).isEmpty();
        assertThat(down.loweredBy()).containsExactly("the client's message points to it with p = 0.05, below its prior 0.30");
        Score p = Score.of(0.1, List.of(Finding.possible("X", "a").withPrior(0.6), Finding.possible("X", "b").withPrior(0.2)));
        assertThat(p.probability()).isCloseTo(0.6, within(1e-9));
        assertThat(p.raisedBy()).containsExactly("what the ticket tells points to it in practice with p = 0.60");
    }

    @Test
    void evidenceAgainstNamesTheFactsAsTheyDescribeThemselves() {
        io.rdpdoctor.facts.Collected fact = new io.rdpdoctor.facts.Collected(io.rdpdoctor.facts.Area.SERVICES, null);
        Score s = Score.of(0.1, List.of(Finding.likely("X")), List.of(Against.by("X", fact, "a note"), Against.by("X", fact)));
        // each once, in a sorted order (the order the session met them depends on its history)
        assertThat(s.loweredBy()).singleElement().asString()
                .isEqualTo("what the facts show against it: a note; " + fact.describe() + " (strong)");
    }

    @Test
    void theOddsMakeAHypothesisLikelyFromFiftyPercent() {
        List<Finding> hypothesis = List.of(Finding.possible("X"));
        assertThat(Score.certainty(hypothesis, new Score(0.5, List.of(), List.of()))).isEqualTo(Certainty.LIKELY);
        assertThat(Score.certainty(hypothesis, new Score(0.4999, List.of(), List.of()))).isEqualTo(Certainty.POSSIBLE);
    }

    @Test
    void evidenceAgainstIsSaidInTheWordsOfItsFactsAndDerivedFacts() {
        io.rdpdoctor.derived.Derived joined = new io.rdpdoctor.derived.Derived() {
            @Override
            public java.util.List<Object> grounds() {
                return java.util.List.of();
            }

            @Override
            public String describe() {
                return "the host is joined to Microsoft Entra ID";
            }

            @Override
            public String toString() {
                return "EntraJoinedHost[ground=...]";
            }
        };
        Score s = Score.practice(0.2, "its prior", java.util.List.of(Against.by("BAD-CREDENTIALS", joined)));
        assertThat(s.loweredBy()).singleElement().asString()
                .contains("the host is joined to Microsoft Entra ID").doesNotContain("EntraJoinedHost[");
    }
}
