package io.rdpdoctor.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The label table's javadoc: most distinctive labels wins, shared labels tell nothing, ties and nothing are unknown. */
class LabelTableTest {

    /** Built by each test instance, not once per JVM: a table built once would hide a change to {@code of}. */
    final LabelTable netstat = LabelTable.of(
            "en", List.of("Active Connections", "Local Address", "LISTENING", "Proto"),
            "de", List.of("Aktive Verbindungen", "Lokale Adresse", "ABHÖREN", "Proto"),
            "es", List.of("Conexiones activas", "Dirección local", "Dirección local"));

    @Test
    void theLanguageWithTheMostOfItsOwnLabelsWins() {
        assertThat(netstat.language(List.of("Aktive Verbindungen", "  Proto  Lokale Adresse", "  TCP  0.0.0.0:3389  LISTENING")))
                .isEqualTo(Language.of("de"));
        assertThat(netstat.language(List.of("Conexiones activas"))).isEqualTo(Language.of("es"));
        // Proto is printed by both: it tells neither
        assertThat(netstat.language(List.of("  Proto  "))).isEqualTo(Language.UNKNOWN);
        // were it counted, Proto would tie en and de with es here
        assertThat(netstat.language(List.of("Conexiones activas", "  Proto  "))).isEqualTo(Language.of("es"));
        assertThat(netstat.language(List.of())).isEqualTo(Language.UNKNOWN);
    }

    @Test
    void aTieIsUnknown() {
        assertThat(netstat.language(List.of("Active Connections", "Aktive Verbindungen"))).isEqualTo(Language.UNKNOWN);
    }

    @Test
    void aLabelRepeatedInOneLanguageIsStillItsOwnAndCountsOnce() {
        // "Dirección local" twice in es: still distinctive, counted once: es 1 against en 2
        List<String> lines = List.of("Direccion local", "Active Connections", "Local Address");
        assertThat(netstat.language(lines)).isEqualTo(Language.of("en"));
        assertThat(netstat.language(List.of("DIRECCIÓN LOCAL"))).isEqualTo(Language.of("es"));
    }

    @Test
    void labelsAreWholeWordsWhateverTheirCaseAccentsAndPunctuation() {
        assertThat(netstat.language(List.of("  tcp  listening-state"))).isEqualTo(Language.of("en"));
        assertThat(netstat.language(List.of("ABHOREN"))).isEqualTo(Language.of("de"));
        assertThat(netstat.language(List.of("ABHORENX"))).isEqualTo(Language.UNKNOWN);
        assertThat(LabelTable.fold("  Dirección   LOCAL: ")).isEqualTo(" direccion local ");
    }

    @Test
    void onlyTheFirst300LinesAreLookedAtUnlessAnywhereIsAsked() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < LabelTable.LINES_LOOKED_AT - 1; i++) lines.add("");
        lines.add("Aktive Verbindungen"); // line 300
        assertThat(netstat.language(lines)).isEqualTo(Language.of("de"));
        lines.add(lines.size() - 1, ""); // now line 301
        assertThat(netstat.language(lines)).isEqualTo(Language.UNKNOWN);
        assertThat(netstat.languageAnywhere(lines)).isEqualTo(Language.of("de"));
        assertThat(netstat.language(new Capture("f", null, lines.subList(1, lines.size()), 1))).isEqualTo(Language.of("de"));
    }

    @Test
    void aMalformedTableIsRefused() {
        assertThatThrownBy(() -> LabelTable.of("en")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pairs");
        assertThatThrownBy(() -> LabelTable.of("neutral", List.of("x"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("labels belong to a language");
        assertThatThrownBy(() -> LabelTable.of("en", List.of(" - "))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("an empty label for");
        assertThatThrownBy(() -> LabelTable.of("en", List.of("a"), "en", List.of("b"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two entries for");
    }
}
