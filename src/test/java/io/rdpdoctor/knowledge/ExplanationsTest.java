package io.rdpdoctor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a confirmed diagnosis accounts for, read from a small catalogue of its own. */
class ExplanationsTest {

    @TempDir
    Path dir;

    private static final String DIAGNOSES = """
            diagnoses:
              - {id: CAUSE-A, title: a, kind: cause, layer: l, severity: high, order: 1, explanation: x, sources: [t],
                 explains: [SYMPTOM-S]}
              - {id: CAUSE-B, title: b, kind: cause, layer: l, severity: high, order: 2, explanation: x, sources: [t]}
              - {id: RESET-C, title: c, kind: cause, layer: l, severity: high, order: 3, explanation: x, sources: [t]}
              - {id: SYMPTOM-S, title: s, kind: symptom, layer: l, severity: high, order: 4, explanation: x, sources: [t]}
              - {id: SEC-X, title: x, kind: security, layer: l, severity: high, order: 5, explanation: x, sources: [t]}
              - {id: TRIGGER-T, title: t, kind: cause, layer: l, severity: high, order: 6, explanation: x, sources: [t],
                 triggers: [RESET-C]}
            """;

    private Catalogue read(String yaml) throws Exception {
        Path f = dir.resolve("c.yaml");
        Files.writeString(f, yaml);
        return Catalogue.read(List.of(f), Path::toString);
    }

    @Test
    void aCauseAccountsForWhatItExplainsTheMessagesNamingItAndATriggerThatDoesNotTriggerIt() throws Exception {
        Explanations e = read(DIAGNOSES + """
                messages:
                  - {id: MSG-M, title: m, hypotheses: [{id: CAUSE-A, prior: 0.5}], explainedBy: [CAUSE-B], sources: [t]}
                """).explanations();
        assertThat(e.accountedForBy("CAUSE-A")).containsExactlyInAnyOrder("SYMPTOM-S", "MSG-M", "TRIGGER-T");
        assertThat(e.accountedForBy("CAUSE-B")).containsExactlyInAnyOrder("MSG-M", "TRIGGER-T");
        // what the trigger brings about, a symptom, a security finding and the trigger itself do not explain it away
        assertThat(e.accountedForBy("RESET-C")).isEmpty();
        assertThat(e.accountedForBy("SYMPTOM-S")).isEmpty();
        assertThat(e.accountedForBy("SEC-X")).isEmpty();
        assertThat(e.accountedForBy("TRIGGER-T")).isEmpty();
        assertThat(e.triggers("TRIGGER-T")).containsExactly("RESET-C");
        assertThat(e.triggers("CAUSE-A")).isEmpty();
    }

    @Test
    void anUnknownIdInTriggersOrExplainedByIsRefusedNamingTheFile() throws Exception {
        assertThatThrownBy(() -> read(DIAGNOSES.replace("triggers: [RESET-C]", "triggers: [NO-SUCH]")))
                .isInstanceOf(KnowledgeException.class).hasMessageContaining("TRIGGER-T triggers unknown diagnosis NO-SUCH")
                .hasMessageContaining("c.yaml");
        assertThatThrownBy(() -> read(DIAGNOSES + """
                messages:
                  - {id: MSG-M, title: m, hypotheses: [], explainedBy: [NO-SUCH], sources: [t]}
                """)).isInstanceOf(KnowledgeException.class).hasMessageContaining("MSG-M is explained by unknown diagnosis NO-SUCH");
    }
    @Test
    void whatIsAccountedForIsListedOnceInTheOrderItIsNamed() throws Exception {
        Explanations e = read(DIAGNOSES.replace("explains: [SYMPTOM-S]", "explains: [SYMPTOM-S, RESET-C, SYMPTOM-S]") + """
                messages:
                  - {id: MSG-M, title: m, hypotheses: [{id: CAUSE-A, prior: 0.5}], explainedBy: [CAUSE-A], sources: [t]}
                  - {id: MSG-N, title: n, hypotheses: [{id: SYMPTOM-S, prior: 0.5}, {id: CAUSE-A, prior: 0.2}], sources: [t]}
                """).explanations();
        assertThat(e.accountedForBy("CAUSE-A")).containsExactly("SYMPTOM-S", "RESET-C", "MSG-M", "MSG-N", "TRIGGER-T");
        // a message's hypothesis accounts for it whatever its kind
        assertThat(e.accountedForBy("SYMPTOM-S")).containsExactly("MSG-N");
        assertThat(e.accountedForBy("NO-SUCH")).isEmpty();
        assertThat(e.triggers("NO-SUCH")).isEmpty();
    }

    @Test
    void aCauseATriggerBringsAboutIsNotExplainedAwayByItButByAnotherTrigger() throws Exception {
        Explanations e = read(DIAGNOSES + """
                  - {id: TRIGGER-U, title: u, kind: cause, layer: l, severity: high, order: 7, explanation: x, sources: [t],
                     triggers: [CAUSE-B, RESET-C]}
                """).explanations();
        assertThat(e.accountedForBy("RESET-C")).isEmpty();
        assertThat(e.accountedForBy("CAUSE-B")).containsExactly("TRIGGER-T");
        assertThat(e.accountedForBy("TRIGGER-T")).containsExactly("TRIGGER-U");
        assertThat(e.accountedForBy("TRIGGER-U")).containsExactly("TRIGGER-T");
        assertThat(e.accountedForBy("CAUSE-A")).containsExactly("SYMPTOM-S", "TRIGGER-T", "TRIGGER-U");
        assertThat(e.triggers("TRIGGER-U")).containsExactly("CAUSE-B", "RESET-C");
    }
}
