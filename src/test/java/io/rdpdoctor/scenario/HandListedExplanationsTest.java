package io.rdpdoctor.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "X explains Y" lives in the catalogue: a DRL rule that suppresses itself with a hand list of
 * finding ids is a contract problem naming file and line (the bundled rules are checked by
 * RuleContractTest, an author's by test-rules DIR).
 */
class HandListedExplanationsTest {

    private static List<RuleContract.Problem> check(String drl) {
        return HandListedExplanations.check("rules/x/x.drl", drl);
    }

    @Test
    void aListOfIdsInANegativeFindingPatternIsAProblemAtItsLine() {
        String drl = """
                rule "r"
                when
                    $s : EffectiveSetting(name == "SecurityLayer", number == 2L)
                    not Finding(certainty == Certainty.CONFIRMED, id in ("CERT-BROKEN", "PORT-CONFLICT"))
                then
                end
                """;
        List<RuleContract.Problem> problems = check(drl);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).file()).isEqualTo("rules/x/x.drl");
        assertThat(problems.get(0).line()).isEqualTo(4);
        assertThat(problems.get(0).toString())
                .startsWith("rules/x/x.drl:4: ")
                .contains("\"CERT-BROKEN\", \"PORT-CONFLICT\"")
                .contains("not Explained(id == \"Y\")");
    }

    @Test
    void everyFormOfNamingAnIdCountsOverSeveralLines() {
        String drl = """
                rule "r"
                when
                    Complaint()
                    not io.rdpdoctor.diagnosis.Finding(certainty == io.rdpdoctor.diagnosis.Certainty.CONFIRMED, !id.startsWith("SEC-"),
                                id not in ("RDP-DISABLED",
                                           "LOCKED-OUT"))
                    not exists ($f : Finding(id == "TCP-UNREACHABLE"))
                    not (Diagnosis(id == "X") or Complaint())
                then
                end
                """;
        assertThat(check(drl)).extracting(RuleContract.Problem::line).containsExactly(4, 7, 8);
        assertThat(check(drl).get(0).message()).contains("\"SEC-\"", "\"RDP-DISABLED\"", "\"LOCKED-OUT\"");
    }

    @Test
    void theCatalogueWayAndPositivePatternsAreNoProblem() {
        String drl = """
                // not Finding(id in ("A", "B")) in a comment is not code
                rule "r"
                when
                    $seen : ClientMessageSeen(message.id in ("MSG-INTERNAL-ERROR", "MSG-LSA-UNREACHABLE"))
                    not Explained(id == $seen.message.id)
                    not Explained(id == "RDP-CERT-CREATE-FAILED")
                    not Finding(certainty == Certainty.CONFIRMED, $m.hypothesisIds() contains id)
                    Finding(id == "APP-LAYER")
                    not RuledOut(id == "AFTER-UPDATE")
                    /* not Finding(id == "C") */
                then
                    insertLogical(Finding.possible("X", $seen));
                end
                """;
        assertThat(check(drl)).isEmpty();
    }

    @Test
    void theLineCountsPastABlockComment() {
        String drl = "/* one\n two */\nrule \"r\" when\n  not Finding(id == \"A\")\nthen end\n";
        assertThat(check(drl)).extracting(RuleContract.Problem::line).containsExactly(4);
    }
}
