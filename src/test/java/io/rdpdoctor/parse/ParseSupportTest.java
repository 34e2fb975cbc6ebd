package io.rdpdoctor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The parsers' shared helpers, by their javadoc: skeletons of labels, safe numbers, tokens, failures. */
class ParseSupportTest {

    @Test
    void labelsLostInTransitHaveTheSameSkeleton() {
        for (String s : List.of("Nom de l’hôte", "Nom de lhte", "NOM DE L'HÔTE")) {
            assertThat(ParseSupport.skeleton(s)).as(s).isEqualTo("nomdelhte");
        }
        assertThat(ParseSupport.skeleton("Nom de l'hote")).isEqualTo("nomdelhote"); // an ASCII o is kept
        assertThat(ParseSupport.skeleton("ABHÖREN")).isEqualTo("abhren");
        assertThat(ParseSupport.skeleton("ABH™REN")).isEqualTo("abhren");
        assertThat(ParseSupport.skeleton("Az-az_09@[`{")).isEqualTo("azaz09");
        assertThat(ParseSupport.skeleton(null)).isEmpty();
        assertThat(ParseSupport.isLabel("Nom de l’hôte :", "Host Name", "Nom de l'hôte")).isTrue();
        assertThat(ParseSupport.isLabel("Hostname", "Host Name2")).isFalse();
        assertThat(ParseSupport.fold("État Größe")).isEqualTo("etat große");
    }

    @Test
    void numbersAreDecimalOrHexAndNeverThrow() {
        assertThat(ParseSupport.number(" 3389 ")).isEqualTo(3389L);
        assertThat(ParseSupport.number("-1")).isEqualTo(-1L);
        assertThat(ParseSupport.number("0xd3d")).isEqualTo(3389L);
        assertThat(ParseSupport.number("0XFFFFFFFF")).isEqualTo(0xFFFFFFFFL);
        assertThat(ParseSupport.number("0x")).isNull();
        assertThat(ParseSupport.number("0x" + "f".repeat(16))).isEqualTo(-1L); // 64 bits, unsigned
        assertThat(ParseSupport.number("0x1" + "0".repeat(16))).isNull();      // more than 64 bits
        assertThat(ParseSupport.number("0xZZ")).isNull();
        assertThat(ParseSupport.number("9".repeat(18))).isEqualTo(999_999_999_999_999_999L);
        assertThat(ParseSupport.number("1".repeat(19))).isNull();
        assertThat(ParseSupport.number("12a")).isNull();
        assertThat(ParseSupport.number(null)).isNull();
        assertThat(ParseSupport.integer("2147483647")).isEqualTo(Integer.MAX_VALUE);
        assertThat(ParseSupport.integer("2147483648")).isNull();
        assertThat(ParseSupport.integer("-2147483648")).isEqualTo(Integer.MIN_VALUE);
        assertThat(ParseSupport.integer("-2147483649")).isNull();
        assertThat(ParseSupport.integer("x")).isNull();
    }

    @Test
    void tokensSplitOnAnyWhitespaceIncludingNoBreakSpaces() {
        assertThat(ParseSupport.tokens("  TCP\u00A0\u00A0 0.0.0.0:3389\t LISTENING  ")).containsExactly("TCP", "0.0.0.0:3389", "LISTENING");
        assertThat(ParseSupport.tokens("   ")).isEmpty();
        assertThat(ParseSupport.clean("\u00A0 a\u00A0b \u00A0")).isEqualTo("a b");
        assertThat(ParseSupport.clean(null)).isNull();
    }

    @Test
    void aFailureCitesALineOfTheCaptureEvenForAnIndexOutside() {
        Capture c = new Capture("f.txt", null, List.of("a", "b", "c"), 10);
        assertThat(ParseSupport.fail(c, 1, "x").line()).isEqualTo(11);
        assertThat(ParseSupport.fail(c, 7, "x").line()).isEqualTo(12);
        assertThat(ParseSupport.fail(c, -3, "x").line()).isEqualTo(10);
        assertThat(ParseSupport.fail(new Capture("f.txt", null, List.of(), 10), 2, "x").line()).isEqualTo(10);
        assertThat(ParseSupport.fail(c, 0, "a row").getMessage()).isEqualTo("f.txt:10: a row");
    }

    @Test
    void theNextNonBlankLine() {
        List<String> lines = List.of("", " ", "x", "", "y");
        assertThat(ParseSupport.nextNonBlank(lines, 0)).isEqualTo(2);
        assertThat(ParseSupport.nextNonBlank(lines, 2)).isEqualTo(2);
        assertThat(ParseSupport.nextNonBlank(lines, 3)).isEqualTo(4);
        assertThat(ParseSupport.nextNonBlank(lines, -5)).isEqualTo(2);
        assertThat(ParseSupport.nextNonBlank(lines, 5)).isEqualTo(-1);
        assertThat(ParseSupport.nextNonBlank(List.of("", ""), 0)).isEqualTo(-1);
    }
}
