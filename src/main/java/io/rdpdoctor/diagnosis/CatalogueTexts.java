package io.rdpdoctor.diagnosis;

import io.rdpdoctor.knowledge.DiagnosisDef;
import io.rdpdoctor.knowledge.QuestionDef;
import io.rdpdoctor.knowledge.Templates;
import java.util.List;
import java.util.Map;

/**
 * A catalogue entry's texts as a report shows them, filled with given values, the way the ranking
 * fills them for a finding (titles and prose by {@link Templates}, commands by {@link Fixes}). For
 * checking the catalogue without a host: the placeholder contract renders every entry with each
 * value missing (scenario.RuleContract).
 */
public final class CatalogueTexts {

    private CatalogueTexts() {
    }

    /** The diagnosis as a confirmed cause at rank 1 (so every renderer prints its whole fix). */
    public static Report.Diagnosis diagnosis(DiagnosisDef d, Map<String, String> values) {
        return new Report.Diagnosis("1", d.id(), Templates.fill(d.title(), values), d.kind(), Certainty.CONFIRMED, d.severity(), d.layer(),
                "root cause", List.of(), Templates.fill(d.explanation(), values).strip(), Fixes.steps(d, values),
                d.verify() == null ? null : Fixes.check(d.verify(), values), d.sources(), List.of(), 1.0, null, false);
    }

    /** The question as a next step. */
    public static Report.NextStep question(QuestionDef q, Map<String, String> values) {
        return Fixes.nextStep(q, values);
    }

    /** A diagnosis ruled out: its title as a report lists it, with no finding's values. */
    public static Report.Excluded ruledOut(DiagnosisDef d) {
        return new Report.Excluded(d.id(), Templates.fill(d.title(), Map.of()), List.of());
    }
}
