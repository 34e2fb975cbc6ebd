package io.rdpdoctor.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** What the class javadoc promises: an ISO 639-1 code, neutral or unknown, never anything else; how each reads. */
class LanguageTest {

    @Test
    void aCodeNeutralOrUnknown() {
        assertThat(Language.of("neutral")).isSameAs(Language.NEUTRAL);
        assertThat(Language.of("unknown")).isSameAs(Language.UNKNOWN);
        assertThat(Language.of("de")).isEqualTo(new Language("de"));
        assertThat(Language.of("de").toString()).isEqualTo("de");
        for (String bad : new String[] {"DE", "deu", "d", "", "de-DE"}) {
            assertThatThrownBy(() -> new Language(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageEndingWith(": " + bad);
        }
        assertThatThrownBy(() -> new Language(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void knownOnlyWhenTold() {
        assertThat(Language.of("de").isKnown()).isTrue();
        assertThat(Language.NEUTRAL.isKnown()).isFalse();
        assertThat(Language.UNKNOWN.isKnown()).isFalse();
    }

    @Test
    void asAPersonReadsIt() {
        assertThat(Language.of("de").displayName()).isEqualTo("German");
        assertThat(Language.of("es").displayName()).isEqualTo("Spanish");
        assertThat(Language.NEUTRAL.displayName()).isEqualTo("language-neutral");
        assertThat(Language.UNKNOWN.displayName()).isEqualTo("language unknown");
    }
}
