package io.rdpdoctor.diagnosis;

import io.rdpdoctor.knowledge.CommandFiller;
import io.rdpdoctor.knowledge.FixStep;
import io.rdpdoctor.knowledge.QuestionDef;
import io.rdpdoctor.knowledge.Templates;
import io.rdpdoctor.knowledge.Verify;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The catalogue's fix steps, verification and next-step commands, filled with a finding's values:
 * prose as it is ({@link Templates}), every command quoted for its shell ({@link CommandFiller}).
 * A command a value cannot be put into safely is left out and listed as {@link Report.Withheld}.
 */
final class Fixes {

    private Fixes() {
    }

    /** The diagnosis's fix steps in order, leaving out each step whose {@code requires} names a value the finding lacks. */
    static List<Report.Step> steps(io.rdpdoctor.knowledge.DiagnosisDef d, Map<String, String> v) {
        List<Report.Step> steps = new ArrayList<>();
        for (FixStep s : d.fix()) {
            if (v.keySet().containsAll(s.requires())) {
                steps.add(step(s, v));
            }
        }
        return steps;
    }

    static Report.Step step(FixStep s, Map<String, String> v) {
        List<Report.Withheld> withheld = new ArrayList<>();
        return new Report.Step(Templates.fill(s.step(), v), command("powershell", s.powershell(), v, withheld),
                command("cmd", s.cmd(), v, withheld), command("command", s.command(), v, withheld), Templates.fill(s.warning(), v),
                command("backup", s.backup(), v, withheld), command("undo", s.undo(), v, withheld), withheld);
    }

    static Report.Check check(Verify c, Map<String, String> v) {
        List<Report.Withheld> withheld = new ArrayList<>();
        return new Report.Check(command("powershell", c.powershell(), v, withheld), command("cmd", c.cmd(), v, withheld),
                command("command", c.command(), v, withheld), Templates.fill(c.expect(), v), withheld);
    }

    static Report.NextStep nextStep(QuestionDef def, Map<String, String> v) {
        List<Report.Withheld> withheld = new ArrayList<>();
        return new Report.NextStep(def.id(), Templates.fill(def.ask(), v), def.where(), command("powershell", def.powershell(), v, withheld),
                command("cmd", def.cmd(), v, withheld), def.outcomes().stream()
                .map(o -> new QuestionDef.Outcome(Templates.fill(o.result(), v), Templates.fill(o.means(), v))).toList(), withheld);
    }

    /**
     * The filled command, or null (and an entry in withheld) when a value cannot be put into it
     * safely; null too when a value of it is unknown (an unfilled placeholder is never printed).
     */
    private static String command(String field, String template, Map<String, String> v, List<Report.Withheld> withheld) {
        CommandFiller.Filled f = CommandFiller.fill(field, template, v);
        if (f == null || f.incomplete()) return null;
        if (f.isWithheld()) {
            withheld.add(new Report.Withheld(field, f.template(),
                    f.withheld().stream().map(r -> new Report.HostValue(r.name(), r.value(), r.problem())).toList()));
        }
        return f.command();
    }
}
