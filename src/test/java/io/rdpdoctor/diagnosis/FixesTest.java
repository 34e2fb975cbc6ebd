package io.rdpdoctor.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdpdoctor.knowledge.FixStep;
import io.rdpdoctor.knowledge.QuestionDef;
import io.rdpdoctor.knowledge.Verify;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The catalogue's commands filled with a finding's values: quoted, left out when unknown, withheld when unsafe. */
class FixesTest {

    private static final Map<String, String> SVC = Map.of("svc", "TermService");
    /** A control character cannot go into any command, whatever the shell. */
    private static final String UNSAFE = "Term\u0007Service";

    private static FixStep everyField(List<String> requires) {
        return new FixStep("restart {svc}", "Restart-Service -Name {svc}", "sc stop {svc}", "tool {svc}", "{svc} drops sessions",
                "sc qc {svc}", "sc start {svc}", requires);
    }

    @Test
    void everyFieldOfAStepIsFilledWithTheFindingsValues() {
        Report.Step s = Fixes.step(everyField(List.of()), SVC);
        assertThat(s.step()).isEqualTo("restart TermService");
        assertThat(s.powershell()).startsWith("Restart-Service -Name ").contains("TermService");
        assertThat(s.cmd()).startsWith("sc stop ").contains("TermService");
        assertThat(s.command()).isEqualTo("tool TermService");
        assertThat(s.warning()).isEqualTo("TermService drops sessions");
        assertThat(s.backup()).startsWith("sc qc ").contains("TermService");
        assertThat(s.undo()).startsWith("sc start ").contains("TermService");
        assertThat(s.withheld()).isEmpty();
    }

    @Test
    void aCommandWithAnUnknownValueIsLeftOutNeverPrintedWithItsPlaceholder() {
        Report.Step s = Fixes.step(new FixStep("restart the service", "Restart-Service -Name {svc}", "sc stop {other}", null, null,
                null, null, List.of()), SVC);
        assertThat(s.powershell()).contains("TermService");
        assertThat(s.cmd()).isNull();
        assertThat(s.command()).isNull();
        // left out because unknown, not because unsafe: nothing to type by hand
        assertThat(s.withheld()).isEmpty();
    }

    @Test
    void aValueThatCannotBeQuotedSafelyWithholdsTheCommandAndSaysWhy() {
        Report.Step s = Fixes.step(everyField(List.of()), Map.of("svc", UNSAFE));
        assertThat(List.of(s.powershell() == null, s.cmd() == null, s.command() == null, s.backup() == null, s.undo() == null))
                .containsOnly(true);
        assertThat(s.withheld()).extracting(Report.Withheld::field).containsExactly("powershell", "cmd", "command", "backup", "undo");
        Report.Withheld ps = s.withheld().get(0);
        assertThat(ps.command()).isEqualTo("Restart-Service -Name <svc>");
        assertThat(ps.values()).singleElement().satisfies(v -> {
            assertThat(v.name()).isEqualTo("svc");
            assertThat(v.value()).isEqualTo(UNSAFE);
            assertThat(v.problem()).contains("control character");
        });
    }

    @Test
    void stepsKeepTheirOrderAndLeaveOutThoseThatNeedAValueTheFindingLacks() {
        io.rdpdoctor.knowledge.DiagnosisDef d = new io.rdpdoctor.knowledge.DiagnosisDef("X", "t", io.rdpdoctor.knowledge.Kind.CAUSE,
                "session", "high", 1, List.of(), "x", List.of(
                        new FixStep("first", null, null, null, null, null, null, List.of()),
                        new FixStep("needs svc {svc}", null, null, null, null, null, null, List.of("svc")),
                        new FixStep("needs port", null, null, null, null, null, null, List.of("port")),
                        new FixStep("needs both", null, null, null, null, null, null, List.of("svc", "port")),
                        new FixStep("last", null, null, null, null, null, null, null)),
                null, List.of("test"), null, null, null, null);
        assertThat(Fixes.steps(d, SVC)).extracting(Report.Step::step).containsExactly("first", "needs svc TermService", "last");
        assertThat(Fixes.steps(d, Map.of("svc", "a", "port", "3390"))).extracting(Report.Step::step)
                .containsExactly("first", "needs svc a", "needs port", "needs both", "last");
    }

    @Test
    void aCheckIsFilledAndWithheldLikeAStep() {
        Verify v = new Verify("Get-Service {svc}", "sc query {svc}", "tool {svc}", "{svc} is running");
        Report.Check c = Fixes.check(v, SVC);
        assertThat(c.powershell()).startsWith("Get-Service ").contains("TermService");
        assertThat(c.cmd()).startsWith("sc query ").contains("TermService");
        assertThat(c.command()).isEqualTo("tool TermService");
        assertThat(c.expect()).isEqualTo("TermService is running");
        assertThat(c.withheld()).isEmpty();

        Report.Check bad = Fixes.check(v, Map.of("svc", UNSAFE));
        assertThat(bad.powershell()).isNull();
        assertThat(bad.cmd()).isNull();
        assertThat(bad.command()).isNull();
        assertThat(bad.withheld()).extracting(Report.Withheld::field).containsExactly("powershell", "cmd", "command");
    }

    @Test
    void aNextStepIsFilledWithTheQuestionsValues() {
        QuestionDef q = new QuestionDef("Q-SVC", "is {svc} running?", "server", 3, "Get-Service {svc}", "sc query {svc}",
                List.of(new QuestionDef.Outcome("{svc} stopped", "start {svc}")), List.of());
        Report.NextStep n = Fixes.nextStep(q, SVC);
        assertThat(n.id()).isEqualTo("Q-SVC");
        assertThat(n.ask()).isEqualTo("is TermService running?");
        assertThat(n.where()).isEqualTo("server");
        assertThat(n.powershell()).startsWith("Get-Service ").contains("TermService");
        assertThat(n.cmd()).startsWith("sc query ").contains("TermService");
        assertThat(n.outcomes()).containsExactly(new QuestionDef.Outcome("TermService stopped", "start TermService"));
        assertThat(n.withheld()).isEmpty();

        Report.NextStep bad = Fixes.nextStep(q, Map.of("svc", UNSAFE));
        assertThat(bad.powershell()).isNull();
        assertThat(bad.cmd()).isNull();
        assertThat(bad.withheld()).extracting(Report.Withheld::field).containsExactly("powershell", "cmd");
    }
}
