package io.rdpdoctor.batch;

import io.rdpdoctor.diagnosis.ReferenceDay;
import io.rdpdoctor.report.Visible;
import io.rdpdoctor.engine.RuleBase;
import io.rdpdoctor.engine.RuleBudget;
import io.rdpdoctor.engine.RuleException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rdp-doctor batch}: many hosts at once, results streamed, a fleet report in --out
 * (docs/batch.md). A subcommand of {@code io.rdpdoctor.cli.RdpDoctor}; {@link #main} runs it alone
 * (tests start it in a child JVM that way).
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Diagnose many hosts: every *.yaml, *.yml and *.json fact file (and capture folder) below the given paths.",
                "One result per input is streamed to standard output as it is ready (JSON Lines or CSV); with --out, a fleet report "
                        + "(report.html, summary.md, results.jsonl) is written when the batch ends."},
        exitCodeListHeading = "%nExit codes (3 wins over 4, 4 over 0):%n",
        exitCodeList = {
                "0:every input was read and no host has a cause or symptom",
                "1:internal error",
                "2:usage error",
                "3:at least one input could not be read (the others were still diagnosed)",
                "4:at least one host has a diagnosis, and every input was read",
                "5:the rules could not be loaded"})
public final class BatchCommand implements Callable<Integer> {

    /** More workers than this only cost memory (each holds a rule session); the batch also never uses more than it has inputs. */
    static final int MAX_THREADS = 256;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Fact files, directories (searched recursively), capture folders and the collector's zips.")
    List<Path> paths = new ArrayList<>();

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Write the fleet report here: report.html (self-contained), summary.md, results.jsonl. "
                    + "Until the batch ends, they say INCOMPLETE.")
    Path out;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "Stream one result per input to standard output: jsonl or csv (default: jsonl without --out, nothing with --out).")
    String format;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no closing summary on standard error.")
    boolean quiet;

    @Option(names = "--threads", paramLabel = "N", description = "Workers (default: one per core, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-firings", paramLabel = "N",
            description = "Rule firings one host may take; beyond, the host is an error record and the batch goes on (default: ${DEFAULT-VALUE}).")
    int maxFirings = RuleBudget.DEFAULT.maxFirings();

    @Option(names = "--max-seconds", paramLabel = "S",
            description = "Seconds of rule work one host may take; beyond, the host is an error record (default: ${DEFAULT-VALUE}).")
    double maxSeconds = RuleBudget.DEFAULT.maxTime().toMillis() / 1000.0;

    @Option(names = {"-r", "--rules"}, paramLabel = "DIR", description = "An extra rules directory, loaded beside the bundled rules (repeatable).")
    List<Path> extraRules = new ArrayList<>();

    @Option(names = "--as-of", paramLabel = "DATE", description = ReferenceDay.OPTION_HELP)
    java.time.LocalDate asOf;

    @Option(names = "--read-only", hidden = true, description = "Benchmark baseline: only read and parse the inputs.")
    boolean readOnly;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        ResultFormat fmt;
        try {
            fmt = format != null ? ResultFormat.of(format) : out == null ? ResultFormat.JSONL : null;
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        if (threads > MAX_THREADS) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at most " + MAX_THREADS);
        }
        RuleBudget budget;
        try {
            budget = RuleBudget.of(maxFirings, maxSeconds);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (out != null && Files.exists(out) && !Files.isDirectory(out)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out " + out + " is not a directory");
        }
        RuleBase rules = null;
        if (!readOnly) {
            try {
                rules = RuleBase.load(ruleDirectories());
            } catch (RuleException e) {
                err.println("rdp-doctor: the rules could not be loaded:");
                e.problems().forEach(p -> err.println("  " + Visible.text(String.valueOf(p))));
                err.flush();
                return 5;
            }
        }
        PrintStream errStream = System.err;
        boolean bar = !quiet && Progress.stderrIsTerminal();
        BatchRunner.Options options = new BatchRunner.Options(List.copyOf(paths), fmt, fmt == null ? null : spec.commandLine().getOut(),
                out, threads, bar, readOnly, errStream, ReferenceDay.of(asOf), budget);
        BatchRunner.Totals t;
        try {
            t = new BatchRunner().run(rules, options);
        } catch (ReportDirectory.Refused e) {
            err.println("rdp-doctor: batch: " + e.getMessage());
            err.flush();
            return 2;
        } catch (IOException e) {
            // not writable, disk full: the environment, not a bug (F29); as for a refused directory
            err.println("rdp-doctor: batch: " + Visible.text(ReportDirectory.cannotWrite(out, e)));
            err.flush();
            return 2;
        }
        if (!quiet && readOnly) {
            err.println(String.format(Locale.ROOT, "rdp-doctor batch --read-only: %,d inputs: %,d read, %,d could not be read; %.2f s, %,.0f inputs/s",
                    t.found(), t.ok(), t.errors(), t.seconds(), t.found() / Math.max(1e-3, t.seconds())));
        } else if (!quiet) {
            err.println(String.format(Locale.ROOT, "rdp-doctor batch: %,d inputs: %,d with a diagnosis, %,d healthy%s, %,d could not be read; "
                            + "%.2f s, %,.0f inputs/s%s", t.found(), t.ok(), t.healthy(),
                    t.partial() == 0 ? "" : String.format(Locale.ROOT, " (%,d of them read in part)", t.partial()), t.errors(), t.seconds(),
                    t.found() / Math.max(1e-3, t.seconds()), out == null || readOnly ? "" : "; report: " + out.resolve(ReportDirectory.REPORT)));
            err.flush();
        }
        // --read-only diagnoses nothing: every input read is 0, not "a host has a diagnosis" (4)
        return readOnly ? (t.errors() > 0 ? 3 : 0) : t.exitCode();
    }

    /** The bundled rules (as RulesOption.bundled), then --rules. */
    private List<Path> ruleDirectories() {
        List<Path> dirs = new ArrayList<>();
        dirs.add(io.rdpdoctor.engine.Installation.bundledRules());
        dirs.addAll(extraRules);
        return dirs;
    }

    /** Runs {@code batch ARGS} alone, without the rest of the command line. */
    public static void main(String[] args) {
        CommandLine cl = new CommandLine(new BatchCommand());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("rdp-doctor: internal error: " + ex);
            ex.printStackTrace(cmd.getErr());
            return 1;
        });
        System.exit(cl.execute(args));
    }
}
