package io.rdpdoctor.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdpdoctor.TestRules;
import io.rdpdoctor.diagnosis.Diagnoser;
import io.rdpdoctor.factfile.FactFileReader;
import io.rdpdoctor.parse.InputReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The report does not depend on the locale of the machine that makes it: under Turkish, "LISTEN"
 * lower-cased is "lısten" (dotless i), and "i" upper-cased is "İ", unless case is changed with
 * Locale.ROOT. A fact file and a capture folder are read, diagnosed and rendered as JSON and text
 * under the root locale and under Turkish, and must come out the same.
 */
class LocaleIndependenceTest {

    private static String render(Path input, String format) throws Exception {
        var facts = input.toString().endsWith(".yaml") ? new FactFileReader().read(input) : new InputReader().read(input).facts();
        var report = new Diagnoser(TestRules.bundled(), TestRules.DAY).diagnose(facts);
        StringWriter w = new StringWriter();
        Renderer.forFormat(format).render(report, new PrintWriter(w));
        return w.toString();
    }

    private static String under(Locale locale, Path input, String format) throws Exception {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(locale);
            return render(input, format);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void theJsonAndTextReportsAreTheSameUnderATurkishLocale() throws Exception {
        Locale turkish = Locale.forLanguageTag("tr-TR");
        for (Path input : new Path[] {Path.of("facts-samples/gpo-denies-rdp.yaml"), Path.of("facts-samples/keyiso-disabled-internal-error.yaml"),
                Path.of("facts-samples/captures/all-commands")}) {
            for (String format : new String[] {"json", "text"}) {
                String root = under(Locale.ROOT, input, format);
                assertThat(under(turkish, input, format)).as(input + " as " + format).isEqualTo(root);
            }
        }
    }
}
