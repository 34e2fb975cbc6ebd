package io.rdpdoctor.cli;

import io.rdpdoctor.diagnosis.Diagnoser;
import io.rdpdoctor.diagnosis.ReferenceDay;
import io.rdpdoctor.engine.RuleBase;
import io.rdpdoctor.engine.RuleException;
import io.rdpdoctor.eval.CorpusEval;
import io.rdpdoctor.eval.CorpusEvalReport;
import io.rdpdoctor.scenario.ScenarioRunner;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** rdp-doctor eval DIR: how often the right cause comes first on the real-case corpus. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score the diagnoses on a corpus of real cases (corpus/README.md): top-1, top-3, empty reports and "
                + "wrong confirmed answers, per split and per cause family, and a table of every case.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:scored", "2:usage error", "3:a case could not be read (the others were scored)",
                "5:the rules could not be loaded"})
public final class EvalCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "The corpus folder (its subfolders are the splits, e.g. tune/ and holdout/).")
    Path dir;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text or markdown (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--priors", description = "Print each cause's share of the cases instead (the catalogue's priors "
            + "from practice, docs/ranking.md); nothing is diagnosed.")
    boolean priors;

    @Option(names = "--as-pasted", description = "Diagnose each case's observed words (the thread's own text) pasted as they "
            + "are, instead of its fact file: what an engineer gets who pastes the ticket (docs/parsers.md, free text).")
    boolean asPasted;

    @Mixin
    RulesOption rules;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean markdown;
        switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "text" -> markdown = false;
            case "markdown", "md" -> markdown = true;
            default -> throw new CommandLine.ParameterException(spec.commandLine(), "--format must be text or markdown, not '" + format + "'");
        }
        if (!Files.isDirectory(dir)) {
            throw new CommandLine.ParameterException(spec.commandLine(), dir + " is not a directory");
        }
        if (priors) {
            CorpusEval.Priors p = CorpusEval.priors(dir);
            CorpusEvalReport.renderPriors(p, markdown, out);
            out.flush();
            p.problems().forEach(m -> err.println("rdp-doctor: " + m));
            err.flush();
            return p.problems().isEmpty() ? 0 : ExitCodes.INPUT_ERROR;
        }
        RuleBase rb;
        try {
            rb = rules.load();
        } catch (RuleException e) {
            err.println("rdp-doctor: the rules could not be loaded:");
            e.problems().forEach(p -> err.println("  " + p));
            err.flush();
            return ExitCodes.RULE_ERROR;
        }
        // cases carry no collection time: judged as of the scenarios' fixed day, so a score never depends on the day it runs
        Diagnoser diagnoser = new Diagnoser(rb, ReferenceDay.fixed(null, ScenarioRunner.DEFAULT_DAY));
        CorpusEval eval = asPasted
                ? new CorpusEval(diagnoser, io.rdpdoctor.knowledge.FreeTextQuotes.of(rb.catalogue()))
                : new CorpusEval(diagnoser);
        CorpusEval.Result r = eval.run(dir);
        CorpusEvalReport.render(r, markdown, out);
        out.flush();
        r.problems().forEach(p -> err.println("rdp-doctor: " + p));
        err.flush();
        return r.problems().isEmpty() ? 0 : ExitCodes.INPUT_ERROR;
    }
}
