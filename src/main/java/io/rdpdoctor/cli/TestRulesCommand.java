package io.rdpdoctor.cli;

import io.rdpdoctor.engine.RuleBase;
import io.rdpdoctor.engine.RuleException;
import io.rdpdoctor.scenario.RuleContract;
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
        description = {"Run the scenarios (*.scenarios.yaml) of a rules directory, with the bundled rules loaded beside it, "
                + "and check its catalogue against the contract mvn verify applies to the bundled rules: metadata, a firing and "
                + "a near-miss scenario per diagnosis, warning, backup and undo on risky steps, commands that work in any "
                + "Windows language, and texts that read well with any value missing (docs/writing-rules.md)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every scenario passed and the contract holds", "2:usage error",
                "3:the directory cannot be read", "5:the rules could not be loaded (file and line)",
                "6:a scenario or a contract check failed, or the directory holds no scenario"})
final class TestRulesCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "A rules directory: DRL, catalogue YAML and scenarios.")
    Path dir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** ":line" of the scenario named so in its file (its "- name:" line), or "" when not found. */
    private static String lineOf(Path file, String scenario) {
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i).strip();
                if (l.startsWith("- name:") && l.substring(7).strip().replaceAll("^['\"]|['\"]$", "").equals(scenario)) {
                    return ":" + (i + 1);
                }
            }
        } catch (IOException | RuntimeException e) {
            // the line is a help, not needed: the scenario is named anyway
        }
        return "";
    }

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
                        out.println("FAIL  " + r.file() + lineOf(f, r.scenario()) + ": " + r.scenario());
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
        List<RuleContract.Problem> problems;
        try {
            problems = RuleContract.distinct(RuleContract.check(rb, dir));
        } catch (IOException e) {
            err.println("rdp-doctor: " + dir + ": cannot be read: " + e.getMessage());
            err.flush();
            return ExitCodes.INPUT_ERROR;
        }
        problems.forEach(p -> out.println("CONTRACT  " + p));
        out.println(passed + " passed, " + failed + " failed" + (todo > 0 ? ", " + todo + " to do" : "")
                + "; contract: " + (problems.isEmpty() ? "holds" : problems.size() + " problem" + (problems.size() == 1 ? "" : "s")));
        out.flush();
        return failed > 0 || files.isEmpty() || !problems.isEmpty() ? ExitCodes.TESTS_FAILED : ExitCodes.NO_DIAGNOSIS;
    }
}
