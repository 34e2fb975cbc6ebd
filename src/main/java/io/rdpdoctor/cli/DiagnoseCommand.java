package io.rdpdoctor.cli;

import io.rdpdoctor.report.Visible;
import io.rdpdoctor.diagnosis.Diagnoser;
import io.rdpdoctor.diagnosis.ReferenceDay;
import io.rdpdoctor.diagnosis.Report;
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
        description = "Diagnose one or more fact files (one host each): causes best first, with evidence and fixes.")
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
            Report report = diagnoser.diagnose(withClientError(new FactSet("--client-error", List.of())));
            renderer.render(report, out);
            found = report.hasDiagnoses();
        }
        for (int i = 0; i < files.size(); i++) {
            Input input = i == 0 ? first : read(files.get(i), err);
            inputError |= input.error();
            if (input.facts() != null) {
                Report report;
                try {
                    report = diagnoser.diagnose(withClientError(input.facts())).withSkipped(input.skipped());
                } catch (RuleBudget.Exceeded e) {
                    // this host only: an input error, and the other inputs are still diagnosed
                    err.println("rdp-doctor: " + files.get(i) + ": " + e.getMessage());
                    err.flush();
                    inputError = true;
                    continue;
                }
                renderer.render(report, out);
                found |= report.hasDiagnoses();
            }
        }
        out.flush();
        return inputError ? ExitCodes.INPUT_ERROR : found ? ExitCodes.DIAGNOSES_FOUND : ExitCodes.NO_DIAGNOSIS;
    }

    /** One input's facts (null when it could not be read at all), and whether anything in it was unreadable. */
    private record Input(FactSet facts, boolean error, List<String> skipped) {
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
            if (read.kind() == InputReader.Kind.RAW_OUTPUT) {
                read.skipped().forEach(x -> err.println("rdp-doctor: " + Visible.text(x)));
                if (read.nothingRead()) {
                    // No report: an empty one would list every check as "not collected" and look
                    // like a diagnosis of a host.
                    err.println("rdp-doctor: " + Visible.text(file.toString()) + ": no command output could be read; nothing to diagnose");
                }
                err.flush();
            }
            if (read.nothingRead()) {
                return new Input(null, true, read.skipped());
            }
            if (read.facts().nothingCollected() && clientError == null) {
                // no report: an empty one would say "no cause found" of a host nobody looked at (F21)
                err.println("rdp-doctor: " + file + ": " + FactSet.NOTHING_COLLECTED);
                err.flush();
                return new Input(null, true, read.skipped());
            }
            return new Input(read.facts(), read.unreadable(), read.skipped());
        } catch (InputException e) {
            err.println("rdp-doctor: " + Visible.text(e.getMessage()));
            err.flush();
            return new Input(null, true, List.of());
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
