package io.rdpdoctor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdpdoctor.TestRules;
import io.rdpdoctor.knowledge.ShellQuoting.Shell;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every command template of the bundled catalogue meets the quoting contract (QuotingContract,
 * which test-rules runs on an author's rules too): benign values are printed and tokenize; hostile
 * values for each placeholder in turn are withheld or stay one string literal.
 */
class CommandQuotingContractTest {

    private final QuotingContract contract = new QuotingContract(TestRules.bundled().catalogue(), id -> true);

    @Test
    void theCatalogueHasCommandsWithPlaceholdersOfEveryShell() {
        assertThat(contract.templates()).hasSizeGreaterThan(100);
        assertThat(contract.placeholders()).contains("user", "gpo", "rule", "port", "host", "thumbprint");
        assertThat(contract.templates().stream().filter(t -> !t.names().isEmpty()).map(QuotingContract.Template::shell).distinct())
                .containsExactlyInAnyOrder(Shell.values());
    }

    @Test
    void everyTemplateFilledWithBenignValuesIsPrintedAndTokenizes() {
        assertThat(contract.benignProblems()).isEmpty();
    }

    @Test
    void everyTemplateFilledWithHostileValuesIsWithheldOrKeepsTheValueOneLiteral() {
        List<QuotingContract.Problem> problems = contract.hostileProblems();
        int[] n = contract.counts();
        System.out.printf("quoting contract: %d command templates, %d distinct placeholders, %d hostile values; "
                + "%d fills: %d printed with the value quoted, %d withheld%n",
                contract.templates().size(), contract.placeholders().size(), QuotingContract.HOSTILE.size(), n[0], n[1], n[2]);
        assertThat(problems).as(problems.size() + " problems, the first ones").isEmpty();
        // A filler that withholds everything would pass the checks above: values it can quote must be printed.
        assertThat(n[1]).as("hostile values printed safely quoted").isGreaterThan(n[0] / 10);
    }
}
