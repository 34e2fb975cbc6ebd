package io.rdpdoctor.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A DRL function copied between files (by its name or its body) is a contract problem at its line. */
class CopiedFunctionsTest {

    private static final String BARE = """
            package a;

            // the user without its domain
            function String bareUser(String u) {
                int i = u.lastIndexOf('\\\\');
                return i >= 0 ? u.substring(i + 1) : u;
            }
            """;

    private static List<RuleContract.Problem> check(String... fileAndText) {
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < fileAndText.length; i += 2) files.put(fileAndText[i], fileAndText[i + 1]);
        return CopiedFunctions.check(files);
    }

    @Test
    void theSameBodyUnderAnotherNameInAnotherFileIsAProblemAtItsLine() {
        String copy = """
                package b;
                import x.*;

                function String stateBare(String u) {
                    int i = u.lastIndexOf('\\\\');
                    return i >= 0 ?  u.substring(i + 1)  : u;
                }
                """;
        List<RuleContract.Problem> problems = check("rules/a/a.drl", BARE, "rules/b/b.drl", copy);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("rules/b/b.drl");
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).contains("stateBare copies rules/a/a.drl (bareUser)").contains("Java helper");
        });
    }

    @Test
    void theSameNameInAnotherFileIsAProblemWhateverItsBody() {
        String other = """
                function String bareUser(String u) {
                    return u.trim();
                }
                """;
        assertThat(check("rules/a/a.drl", BARE, "rules/c/c.drl", other)).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("bareUser is also defined in rules/a/a.drl"));
    }

    @Test
    void distinctFunctionsAndOneFileAloneAreNoProblem() {
        String distinct = """
                function boolean rdStore(String store) {
                    return store == null;
                }
                // function String bareUser(String u) { in a comment is not code }
                """;
        assertThat(check("rules/a/a.drl", BARE, "rules/d/d.drl", distinct)).isEmpty();
        assertThat(check("rules/a/a.drl", BARE)).isEmpty();
    }
}
