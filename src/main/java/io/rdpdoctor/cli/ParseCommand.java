package io.rdpdoctor.cli;

import io.rdpdoctor.report.Visible;
import io.rdpdoctor.parse.CaptureLoader;
import io.rdpdoctor.parse.FactYaml;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rdp-doctor parse INPUT...}: reads raw command output (a capture folder, a pasted transcript,
 * or "-" for standard input) and prints the facts it read as a fact file (docs/fact-file.md), each
 * fact with the capture file, line and command it came from. On standard error: for each block,
 * which command it was recognised as, and what was skipped and why.
 */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = {"Read raw Windows command output (a capture folder, a pasted console transcript, or - for standard input) "
                + "and print the facts as a fact file (YAML).",
                "Standard error says, for each block, which command it was recognised as and what was skipped."})
public final class ParseCommand implements Callable<Integer> {

    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "A capture folder, a text file with command output or a console transcript, or - (standard input). "
                    + "Several inputs give several YAML documents separated by ---.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--sources", paramLabel = "WHICH", defaultValue = "FULL",
            description = "How much of each fact's source to write: FULL (file, line, command), LINE or NONE (default: ${DEFAULT-VALUE}).")
    FactYaml.Sources sources;

    @Option(names = {"-q", "--quiet"}, description = "Print only skipped blocks on standard error, not the recognised ones.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CaptureLoader loader = new CaptureLoader();
        boolean incomplete = false;
        boolean first = true;
        for (String input : inputs) {
            CaptureLoader.Result r = loader.load(Path.of(input));
            if (!quiet) {
                r.blocks().forEach(b -> err.println("rdp-doctor: " + Visible.text(String.valueOf(b))));
            }
            r.skipped().forEach(s -> err.println("rdp-doctor: " + Visible.text(String.valueOf(s))));
            if (r.blocks().isEmpty()) {
                err.println("rdp-doctor: " + Visible.text(input) + ": nothing could be read");
            }
            incomplete |= r.incomplete() || r.blocks().isEmpty();
            if (!first) {
                out.println("---");
            }
            first = false;
            out.print(FactYaml.write(r.facts().facts(), sources, "Read by rdp-doctor parse from " + input));
        }
        out.flush();
        err.flush();
        return incomplete ? ExitCodes.INPUT_ERROR : ExitCodes.NO_DIAGNOSIS;
    }
}
