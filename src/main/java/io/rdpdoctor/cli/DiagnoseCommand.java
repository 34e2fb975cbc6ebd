package io.rdpdoctor.cli;

import io.rdpdoctor.diagnosis.Diagnoser;
import io.rdpdoctor.diagnosis.Report;
import io.rdpdoctor.engine.RuleBase;
import io.rdpdoctor.engine.RuleException;
import io.rdpdoctor.factfile.FactFileReader;
import io.rdpdoctor.factfile.InputException;
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

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Fact files (.yaml, .yml, .json).")
    List<Path> files;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: text or json (default: ${DEFAULT-VALUE}).")
    String format;

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
        RuleBase ruleBase;
        try {
            ruleBase = rules.load();
        } catch (RuleException e) {
            return reportRuleError(err, e);
        }
        Diagnoser diagnoser = new Diagnoser(ruleBase);
        FactFileReader reader = new FactFileReader();
        boolean inputError = false;
        boolean found = false;
        for (Path file : files) {
            try {
                Report report = diagnoser.diagnose(reader.read(file));
                renderer.render(report, out);
                found |= report.hasDiagnoses();
            } catch (InputException e) {
                err.println("rdp-doctor: " + e.getMessage());
                err.flush();
                inputError = true;
            }
        }
        out.flush();
        return inputError ? ExitCodes.INPUT_ERROR : found ? ExitCodes.DIAGNOSES_FOUND : ExitCodes.NO_DIAGNOSIS;
    }

    static int reportRuleError(PrintWriter err, RuleException e) {
        err.println("rdp-doctor: the rules could not be loaded:");
        e.problems().forEach(p -> err.println("  " + p));
        err.flush();
        return ExitCodes.RULE_ERROR;
    }
}
