package io.rdpdoctor.knowledge;

import io.rdpdoctor.TestRules;
import java.util.List;
import java.util.Map;

/**
 * Every command template of the bundled catalogue and an ordinary value for each placeholder, for
 * the tests that check commands. {@link QuotingContract} decides what a template is; this only
 * holds the bundled catalogue's contract once for all those tests.
 */
final class CatalogueCommands {

    private static QuotingContract contract;

    private CatalogueCommands() {
    }

    private static synchronized QuotingContract contract() {
        if (contract == null) contract = new QuotingContract(TestRules.bundled().catalogue(), id -> true);
        return contract;
    }

    static List<QuotingContract.Template> all() {
        return contract().templates();
    }

    static Map<String, String> ordinaryValues() {
        return contract().benignValues();
    }
}
