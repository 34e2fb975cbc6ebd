package io.rdpdoctor;

import io.rdpdoctor.engine.RuleBase;
import io.rdpdoctor.engine.RuleException;
import java.nio.file.Path;
import java.util.List;

/** The bundled rule base, built once for the whole test run (as the product builds it once per process). */
public final class TestRules {

    public static final Path RULES = Path.of("rules");
    private static RuleBase bundled;

    private TestRules() {
    }

    public static synchronized RuleBase bundled() {
        if (bundled == null) {
            try {
                bundled = RuleBase.load(List.of(RULES));
            } catch (RuleException e) {
                throw new AssertionError("the bundled rules do not load:\n" + e.getMessage(), e);
            }
        }
        return bundled;
    }
}
