package io.rdpdoctor.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.Collected;
import io.rdpdoctor.facts.ConnectionAttempt;
import io.rdpdoctor.facts.Fact;
import io.rdpdoctor.facts.FactSet;
import io.rdpdoctor.knowledge.QuestionDef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What of an input was not understood: never a healthy-looking report when nothing was looked at. */
class UnderstandingTest {

    private static final String INPUT = "paste.txt";

    private static Report report(List<String> skipped, String... questions) {
        List<Report.NextStep> next = java.util.Arrays.stream(questions)
                .map(id -> new Report.NextStep(id, "ask", "client", null, null, List.<QuestionDef.Outcome>of(), List.of())).toList();
        return new Report(Report.SCHEMA, INPUT, null, List.of(), List.of(), next, List.of(), List.of(), skipped);
    }

    private static FactSet facts(Fact... facts) {
        return new FactSet(INPUT, List.of(facts));
    }

    private static Report.Recognised read(String parser, String source) {
        return new Report.Recognised(source, null, parser, "content", 0, null, "neutral", "language-neutral");
    }

    private static ConnectionAttempt attempt(Boolean succeeded, String text, String code) {
        return new ConnectionAttempt(null, null, null, null, null, null, succeeded, text, code, null, null, null);
    }

    private static final Collected SERVICES = new Collected(Area.SERVICES, null);
    private static final Collected HOST_ONLY = new Collected(Area.HOST, null);

    @Test
    void anInputWithSomethingCollectedAndAKnownMessageIsUnderstood() {
        assertThat(Understanding.notUnderstood(report(List.of(), "Q-PORT-TEST"), facts(SERVICES), true, false, List.of(read("qwinsta", "a:1-3"))))
                .isEmpty();
        assertThat(Understanding.notUnderstood(report(List.of()), facts(SERVICES), false, false, List.of())).isEmpty();
    }

    @Test
    void rawOutputOfWhichNothingWasReadSaysSoAndWhatToCollect() {
        List<String> out = Understanding.notUnderstood(report(List.of()), facts(), true, true, List.of());
        assertThat(out).singleElement().asString()
                .startsWith("No command output in " + INPUT + " was recognised and read")
                .doesNotContain("skipped")
                .endsWith(Understanding.COLLECT + ".");
        // parts were skipped: the sentence points to where each is listed with why
        assertThat(Understanding.notUnderstood(report(List.of("part 2: binary")), facts(), true, true, List.of()))
                .singleElement().asString().contains("(each part skipped is listed with why)");
    }

    @Test
    void nothingReadIsSaidOnceNotAgainAsNothingCollected() {
        // nothing read means nothing collected too: one sentence, the more precise one
        assertThat(Understanding.notUnderstood(report(List.of()), facts(HOST_ONLY), true, true, List.of()))
                .singleElement().asString().startsWith("No command output");
    }

    @Test
    void recognisedCommandsThatTellNothingAreNamedWithWhatToCollectInstead() {
        List<String> out = Understanding.notUnderstood(report(List.of()), facts(HOST_ONLY), true, false,
                List.of(read("manifest", "capture/manifest.txt"), read("gpresult-r", "paste.txt:1-40")));
        assertThat(out).singleElement().asString()
                .startsWith("Nothing in " + INPUT + " tells rdp-doctor about the host")
                // the manifest gives only the host's name: it is not listed as a command that could have told more
                .doesNotContain("manifest")
                .contains("gpresult-r (paste.txt:1-40) was recognised but gave no fact it can check")
                .contains("collect gpresult /scope computer /x gp.xml")
                .endsWith("; otherwise " + Understanding.COLLECT + ".");
    }

    @Test
    void severalRecognisedCommandsAreListedAndTheAdviceIsSaidOnce() {
        List<String> out = Understanding.notUnderstood(report(List.of()), facts(), true, false,
                List.of(read("gpresult-r", "a:1-9"), read("gpresult-r", "b:1-9"), read("whoami", "c:1-2")));
        String s = out.get(0);
        assertThat(out).hasSize(1);
        assertThat(s).contains(": gpresult-r (a:1-9), gpresult-r (b:1-9), whoami (c:1-2) were recognised but gave no fact");
        assertThat(s.split("gpresult /r lists which GPOs apply", -1)).hasSize(2);
    }

    @Test
    void withNoCommandToNameOrReplaceTheSentenceSaysWhatToCollect() {
        List<String> out = Understanding.notUnderstood(report(List.of()), facts(HOST_ONLY), true, false,
                List.of(read("manifest", "capture/manifest.txt")));
        assertThat(out).singleElement().isEqualTo("Nothing in " + INPUT + " tells rdp-doctor about the host. Collect"
                + Understanding.COLLECT.substring("collect".length()) + ".");
    }

    @Test
    void aFactFileWithOnlyAHostNameIsNotHealthyButUnknown() {
        List<String> out = Understanding.notUnderstood(report(List.of()), facts(HOST_ONLY), false, false, List.of());
        assertThat(out).singleElement().asString()
                .contains("Nothing was collected about this host but its name")
                .contains("not healthy: unknown")
                .endsWith(Understanding.COLLECT + ".");
    }

    @Test
    void anUnknownClientMessageIsQuotedAsTheClientGaveIt() {
        FactSet f = facts(SERVICES, attempt(false, "  The thing went wrong.  ", "0x1"), attempt(null, " ", "0x204"),
                attempt(false, "The thing went wrong.", null), attempt(true, "worked fine", null), attempt(false, null, " "),
                attempt(false, null, null));
        List<String> out = Understanding.notUnderstood(report(List.of(), Understanding.UNKNOWN_MESSAGE), f, false, false, List.of());
        // failed (or not known to have succeeded) attempts only; text stripped, else the code; each once
        assertThat(out).singleElement().asString()
                .startsWith("The client's message \"The thing went wrong.\", \"0x204\" matches none rdp-doctor knows")
                .doesNotContain("worked fine")
                .contains("copy the message exactly as the client shows it");
    }

    @Test
    void anUnknownMessageWithNoTextToQuoteIsStillSaid() {
        List<String> out = Understanding.notUnderstood(report(List.of(), "Q-OTHER", Understanding.UNKNOWN_MESSAGE),
                facts(SERVICES, attempt(true, "fine", null)), false, false, List.of());
        assertThat(out).singleElement().asString().startsWith("The client's message matches none rdp-doctor knows");
    }

    @Test
    void bothWhatWasNotReadAndTheUnknownMessageAreSaid() {
        List<String> out = Understanding.notUnderstood(report(List.of(), Understanding.UNKNOWN_MESSAGE),
                facts(attempt(false, "boom", null)), false, false, List.of());
        assertThat(out).hasSize(2);
        assertThat(out.get(0)).startsWith("Nothing was collected");
        assertThat(out.get(1)).startsWith("The client's message \"boom\"");
    }
}
