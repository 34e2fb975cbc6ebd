package io.rdpdoctor.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The report's own small behaviour: absent lists are empty, what counts as diagnosed, how a reading is worded. */
class ReportTest {

    private static Report.Diagnosis diagnosis(io.rdpdoctor.knowledge.Kind kind) {
        return new Report.Diagnosis("1", "X", "t", kind, Certainty.LIKELY, "high", "session", "why", List.of(), "x", List.of(), null,
                List.of(), List.of(), 0.5, null, false);
    }

    @Test
    void absentListsAreEmptyNeverNull() {
        Report r = new Report(Report.SCHEMA, "in", null, List.of(), List.of(), List.of(), List.of(), List.of(), null, null, null);
        assertThat(r.skipped()).isEmpty();
        assertThat(r.recognised()).isEmpty();
        assertThat(r.notUnderstood()).isEmpty();
        assertThat(new Report.Step("s", null, null, null, null, null, null, null).withheld()).isEmpty();
        assertThat(new Report.Check(null, null, null, "e", null).withheld()).isEmpty();
        assertThat(new Report.NextStep("Q", "a", "w", null, null, List.of(), null).withheld()).isEmpty();
    }

    @Test
    void withSkippedAndWithReadingAddToTheReportAndKeepTheRest() {
        Report r = new Report(Report.SCHEMA, "in", "H", List.of(diagnosis(io.rdpdoctor.knowledge.Kind.CAUSE)), List.of(), List.of(),
                List.of(), List.of("registry"), List.of());
        Report.Recognised read = new Report.Recognised("in:1-3", "qwinsta", "qwinsta", "content", 2, null, "neutral", "language-neutral");
        Report both = r.withSkipped(List.of("part 2")).withReading(List.of(read), List.of("not understood"));
        assertThat(both.skipped()).containsExactly("part 2");
        assertThat(both.recognised()).containsExactly(read);
        assertThat(both.notUnderstood()).containsExactly("not understood");
        assertThat(both.host()).isEqualTo("H");
        assertThat(both.causes()).isEqualTo(r.causes());
        assertThat(both.notCollected()).containsExactly("registry");
    }

    @Test
    void onlyACauseOrSymptomCountsAsADiagnosisNotASecurityFinding() {
        Report none = new Report(Report.SCHEMA, "in", null, List.of(), List.of(diagnosis(io.rdpdoctor.knowledge.Kind.SECURITY)),
                List.of(), List.of(), List.of(), List.of());
        assertThat(none.hasDiagnoses()).isFalse();
        Report some = new Report(Report.SCHEMA, "in", null, List.of(diagnosis(io.rdpdoctor.knowledge.Kind.SYMPTOM)), List.of(),
                List.of(), List.of(), List.of(), List.of());
        assertThat(some.hasDiagnoses()).isTrue();
    }

    @Test
    void aReadingSaysTheLanguageTheEncodingAndHowManyFacts() {
        assertThat(new Report.Recognised("f", null, "qwinsta", "content", 5, "cp850 (OEM)", "de", "German").reading())
                .isEqualTo("German, cp850 (OEM), 5 facts");
        assertThat(new Report.Recognised("f", null, "facts", "content", 1, null, "neutral", "language-neutral").reading())
                .isEqualTo("language-neutral, 1 fact");
    }
}
