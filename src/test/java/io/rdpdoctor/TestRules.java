package io.rdpdoctor;

import io.rdpdoctor.diagnosis.ReferenceDay;
import io.rdpdoctor.diagnosis.Report;
import io.rdpdoctor.engine.RuleBase;
import io.rdpdoctor.engine.RuleException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/** The bundled rule base, built once for the whole test run (as the product builds it once per process). */
public final class TestRules {

    public static final Path RULES = Path.of("rules");
    /** Tests judge facts as of a fixed day (their collection time wins), never the day they run. */
    public static final ReferenceDay DAY = ReferenceDay.fixed(null, io.rdpdoctor.scenario.ScenarioRunner.DEFAULT_DAY);
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

    /**
     * The report as text, with each diagnosis's evidence in a canonical order: when two findings of one
     * diagnosis are equally strong, the order their evidence is merged in follows the order the
     * session returns its objects, which is not defined (it varies between plain runs as well).
     */
    public static String canonical(Report r) {
        return new Report(r.schema(), r.input(), r.host(), canonical(r.causes()), canonical(r.security()),
                r.nextSteps(), r.ruledOut(), r.notCollected(), r.skipped(), r.recognised(), r.notUnderstood()).toString();
    }

    private static List<Report.Diagnosis> canonical(List<Report.Diagnosis> ds) {
        return ds.stream().map(d -> new Report.Diagnosis(d.rank(), d.id(), d.title(), d.kind(), d.certainty(),
                d.severity(), d.layer(), d.why(),
                d.evidence().stream().sorted(Comparator.comparing(Object::toString)).toList(),
                d.explanation(), d.fix(), d.verify(), d.sources(), canonical(d.explains()), d.score(), d.settleWith(), d.priorOnly())).toList();
    }
}
