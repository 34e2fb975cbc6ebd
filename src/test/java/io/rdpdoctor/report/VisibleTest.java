package io.rdpdoctor.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The one helper every output passes host text through. */
class VisibleTest {

    @Test
    void controlCharactersBecomeVisibleEscapes() {
        assertThat(Visible.text("a\u001b[2Jb\u0007")).isEqualTo("a\\u001b[2Jb\\u0007");
        assertThat(Visible.text("line\nforged\r")).isEqualTo("line\\u000aforged\\u000d");
        assertThat(Visible.text("\u0000\u007f\u0085\u009b")).isEqualTo("\\u0000\\u007f\\u0085\\u009b");
        assertThat(Visible.text("a\u202eb\u2066c\u2069\u200f\u2028")).isEqualTo("a\\u202eb\\u2066c\\u2069\\u200f\\u2028");
    }

    @Test
    void ordinaryTextTabsAndOtherScriptsStayAsTheyAre() {
        String s = "Dom\u00e4ne\tK\u00f6ln — 日本語 'q' \"d\" \\u001b";
        assertThat(Visible.text(s)).isSameAs(s);
        assertThat(Visible.text(null)).isNull();
        assertThat(Visible.oneLine("a\tb")).isEqualTo("a\\u0009b");
    }

    @Test
    void escapingTwiceChangesNothing() {
        String once = Visible.text("x\u001b\n\u202e");
        assertThat(Visible.text(once)).isEqualTo(once);
    }

    @Test
    void jsonKeepsTheExactValueButWritesControlsAsEscapes() throws Exception {
        ObjectMapper m = new ObjectMapper();
        String value = "a\u001bb\u0085c\u202ed\u007fe\u00e4";
        String json = m.writer().with(Visible.JSON_ESCAPES).writeValueAsString(value);
        assertThat(json).isEqualTo("\"a\\u001Bb\\u0085c\\u202Ed\\u007Fe\u00e4\"");
        assertThat(m.readValue(json, String.class)).isEqualTo(value);
    }
}
