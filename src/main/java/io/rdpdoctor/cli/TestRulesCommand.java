package io.rdpdoctor.cli;

import io.rdpdoctor.engine.RuleBase;
import io.rdpdoctor.engine.RuleException;
import io.rdpdoctor.scenario.ScenarioRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "test-rules", mixinStandardHelpOptions = true,
        description = "Run the scenarios (*.scenarios.yaml) of a rules directory, with the bundled rules loaded beside it.")
final class TestRulesCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "A rules directory: DRL, catalogue YAML and scenarios.")
    Path dir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(dir)) {
            err.println("rdp-doctor: " + dir + ": " + (Files.exists(dir) ? "is not a directory" : "no such directory"));
            err.flush();
            return ExitCodes.INPUT_ERROR;
        }
        List<Path> dirs = new ArrayList<>();
        Path bundled = RulesOption.bundled();
        if (!bundled.toAbsolutePath().normalize().equals(dir.toAbsolutePath().normalize())) {
            dirs.add(bundled);
        }
        dirs.add(dir);
        RuleBase rb;
        try {
            rb = RuleBase.load(dirs);
        } catch (RuleException e) {
            return DiagnoseCommand.reportRuleError(err, e);
        }
        List<Path> files;
        try {
            files = ScenarioRunner.scenarioFiles(dir);
        } catch (IOException e) {
            err.println("rdp-doctor: " + dir + ": cannot be read: " + e.getMessage());
            err.flush();
            return ExitCodes.INPUT_ERROR;
        }
        ScenarioRunner runner = new ScenarioRunner(rb);
        int passed = 0;
        int failed = 0;
        int todo = 0;
        for (Path f : files) {
            for (ScenarioRunner.Result r : runner.run(f)) {
                switch (r.status()) {
                    case PASSED -> {
                        passed++;
                        out.println("ok    " + r.file() + ": " + r.scenario());
                    }
                    case TODO -> {
                        todo++;
                        out.println("todo  " + r.file() + ": " + r.scenario());
                    }
                    case FAILED -> {
                        failed++;
                        out.println("FAIL  " + r.file() + ": " + r.scenario());
                        r.failures().forEach(x -> out.println("        " + x));
                    }
                }
            }
        }
        if (files.isEmpty()) {
            // not "0 passed, 0 failed": a directory without scenarios tests nothing (F31)
            err.println("rdp-doctor: " + dir + ": no scenarios found (files named *.scenarios.yaml); nothing was tested");
            err.flush();
        }
        out.println(passed + " passed, " + failed + " failed" + (todo > 0 ? ", " + todo + " to do" : ""));
        out.flush();
        return failed > 0 || files.isEmpty() ? ExitCodes.DIAGNOSES_FOUND : ExitCodes.NO_DIAGNOSIS;
    }
}
