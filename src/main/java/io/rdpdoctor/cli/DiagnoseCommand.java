package io.rdpdoctor.cli;

import io.rdpdoctor.report.Visible;
import io.rdpdoctor.diagnosis.Diagnoser;
import io.rdpdoctor.diagnosis.ReferenceDay;
import io.rdpdoctor.diagnosis.Report;
import io.rdpdoctor.diagnosis.Understanding;
import io.rdpdoctor.engine.RuleBase;
import io.rdpdoctor.engine.RuleBudget;
import io.rdpdoctor.engine.RuleException;
import io.rdpdoctor.factfile.InputException;
import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.Collected;
import io.rdpdoctor.facts.ConnectionAttempt;
import io.rdpdoctor.facts.Fact;
import io.rdpdoctor.facts.FactSet;
import io.rdpdoctor.facts.Source;
import io.rdpdoctor.parse.InputReader;
import io.rdpdoctor.report.Renderer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "diagnose", mixinStandardHelpOptions = true,
        description = "Diagnose one or more fact files (one host each): causes best first, with evidence and fixes.",
        exitCodeListHeading = "%nExit codes (3 wins over 4, 4 over 0):%n",
        exitCodeList = {"0:every input was understood; no cause or symptom found", "1:internal error", "2:usage error",
                "3:an input could not be read, or was not understood (no command recognised, a gpresult /r with no policy, "
                        + "a client message that matches nothing, a fact file with nothing but a host name): the report says so first",
                "4:diagnoses found", "5:the rules could not be loaded"})
final class DiagnoseCommand implements Callable<Integer> {

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Fact files (.yaml, .yml, .json), capture folders of raw command output, pasted console "
                    + "transcripts (any other file), or - for standard input.")
    List<Path> files = new java.util.ArrayList<>();

    @Option(names = "--client-error", paramLabel = "TEXT",
            description = "What the RDP client said (message text, a part of it, or an error code such as 0x204). "
                    + "Alone: ranked hypotheses and what to collect next. With FILEs: added to each file's facts.")
    String clientError;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: text, json, markdown or html (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--as-of", paramLabel = "DATE", description = ReferenceDay.OPTION_HELP)
    java.time.LocalDate asOf;

    @Option(names = "--max-firings", paramLabel = "N",
            description = "Rule firings one host may take; beyond, that input is an error (exit 3) and the others are still diagnosed (default: ${DEFAULT-VALUE}).")
    int maxFirings = RuleBudget.DEFAULT.maxFirings();

    @Option(names = "--max-seconds", paramLabel = "S",
            description = "Seconds of rule work one host may take; beyond, that input is an error (exit 3) (default: ${DEFAULT-VALUE}).")
    double maxSeconds = RuleBudget.DEFAULT.maxTime().toMillis() / 1000.0;

    @Mixin
    RulesOption rules;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Renderer renderer;
        try {
            renderer = Renderer.forFormat(format);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        RuleBudget budget;
        try {
            budget = RuleBudget.of(maxFirings, maxSeconds);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (clientError != null && clientError.isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--client-error needs the client's message or an error code, not an empty text");
        }
        if (files.isEmpty() && clientError == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give a fact FILE, or --client-error TEXT, or both");
        }
        // The first input is read before the rule base is asked for: on the launcher's path the rules
        // are still being built on the other core (RulePreloader), so reading costs no wall time.
        Input first = files.isEmpty() ? null : read(files.get(0), err);
        RuleBase ruleBase;
        try {
            ruleBase = rules.load();
        } catch (RuleException e) {
            return reportRuleError(err, e);
        }
        Diagnoser diagnoser = new Diagnoser(ruleBase, ReferenceDay.of(asOf), budget);
        boolean inputError = false;
        boolean found = false;
        if (files.isEmpty()) {
            FactSet facts = withClientError(new FactSet("--client-error", List.of()));
            Report report = understood(diagnoser.diagnose(facts), facts, new Input(facts, false, List.of(), List.of(), false, false));
            renderer.render(report, out);
            found = report.hasDiagnoses();
            inputError = !report.notUnderstood().isEmpty();
        }
        for (int i = 0; i < files.size(); i++) {
            Input input = i == 0 ? first : read(files.get(i), err);
            inputError |= input.error();
            if (input.facts() != null) {
                Report report;
                try {
                    FactSet facts = withClientError(input.facts());
                    report = understood(diagnoser.diagnose(facts).withSkipped(input.skipped()), facts, input);
                } catch (RuleBudget.Exceeded e) {
                    // this host only: an input error, and the other inputs are still diagnosed
                    err.println("rdp-doctor: " + files.get(i) + ": " + e.getMessage());
                    err.flush();
                    inputError = true;
                    continue;
                }
                renderer.render(report, out);
                found |= report.hasDiagnoses();
                inputError |= !report.notUnderstood().isEmpty();
            }
        }
        out.flush();
        return inputError ? ExitCodes.INPUT_ERROR : found ? ExitCodes.DIAGNOSES_FOUND : ExitCodes.NO_DIAGNOSIS;
    }

    /**
     * One input's facts (null when it could not be read at all), whether anything in it was
     * unreadable, and for raw output what was recognised in it and whether nothing was.
     */
    private record Input(FactSet facts, boolean error, List<String> skipped, List<Report.Recognised> recognised, boolean raw,
                         boolean nothingRead) {
    }

    /** The report saying what was recognised in raw output and what was not understood (then the exit code is 3). */
    private static Report understood(Report report, FactSet facts, Input input) {
        return report.withReading(input.recognised(),
                Understanding.notUnderstood(report, facts, input.raw(), input.nothingRead(), input.recognised()));
    }

    /** Made on first use, so that only diagnose pays for loading the readers (and after the rules started loading). */
    private InputReader reader;

    /**
     * Reads a fact file or raw command output with the project's {@link InputReader}. diagnose's
     * policy: problems are printed to standard error, never thrown; raw output is diagnosed from what
     * could be read, each skipped part printed, and anything unreadable makes the exit code 3.
     */
    private Input read(Path file, PrintWriter err) {
        if (reader == null) reader = new InputReader();
        try {
            InputReader.Input read = reader.read(file);
            boolean raw = read.kind() == InputReader.Kind.RAW_OUTPUT;
            if (raw) {
                read.skipped().forEach(x -> err.println("rdp-doctor: " + Visible.text(x)));
                if (read.nothingRead()) {
                    // the report says so first and what to collect (Understanding), never "no cause found"
                    err.println("rdp-doctor: " + Visible.text(file.toString()) + ": no command output could be read; nothing to diagnose");
                }
                err.flush();
            }
            boolean nothingUseful = read.nothingRead() || read.facts().nothingCollected() && clientError == null;
            if (nothingUseful && read.skippedParts().stream().anyMatch(x -> x.why() == io.rdpdoctor.parse.CaptureLoader.Why.UNREADABLE)) {
                // unreadable (missing, binary, too large), not merely not understood: no report, as for a broken fact file
                return new Input(null, true, read.skipped(), List.of(), raw, true);
            }
            List<Report.Recognised> recognised = read.blocks().stream()
                    .map(b -> new Report.Recognised(b.where(), b.command(), b.parser(), b.facts())).toList();
            if (read.facts().nothingCollected() && clientError == null && !read.nothingRead()) {
                // not healthy: the report says nothing was collected (F21), and the exit code is 3
                err.println("rdp-doctor: " + file + ": " + FactSet.NOTHING_COLLECTED);
                err.flush();
            }
            return new Input(read.facts(), read.unreadable() || read.nothingRead(), read.skipped(), recognised, raw, read.nothingRead());
        } catch (InputException e) {
            err.println("rdp-doctor: " + Visible.text(e.getMessage()));
            err.flush();
            return new Input(null, true, List.of(), List.of(), false, false);
        }
    }

    /** The facts with the client's message added as a failed connection attempt. */
    private FactSet withClientError(FactSet facts) {
        if (clientError == null) {
            return facts;
        }
        Source source = new Source("--client-error", null, null);
        List<Fact> all = new java.util.ArrayList<>(facts.facts());
        if (!facts.collected(Area.CONNECTION_ATTEMPTS)) {
            all.add(new Collected(Area.CONNECTION_ATTEMPTS, source));
        }
        all.add(new ConnectionAttempt(null, null, null, null, null, null, false, clientError, null, null, null, source));
        return new FactSet(facts.origin(), all);
    }

    static int reportRuleError(PrintWriter err, RuleException e) {
        err.println("rdp-doctor: the rules could not be loaded:");
        e.problems().forEach(p -> err.println("  " + Visible.text(String.valueOf(p))));
        err.flush();
        return ExitCodes.RULE_ERROR;
    }
}
