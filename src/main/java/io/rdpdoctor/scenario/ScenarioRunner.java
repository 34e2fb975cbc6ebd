package io.rdpdoctor.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.rdpdoctor.diagnosis.Diagnoser;
import io.rdpdoctor.diagnosis.ReferenceDay;
import io.rdpdoctor.diagnosis.Report;
import io.rdpdoctor.engine.RuleBase;
import io.rdpdoctor.factfile.FactFileReader;
import io.rdpdoctor.factfile.InputException;
import io.rdpdoctor.facts.FactSet;
import io.rdpdoctor.parse.InputReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Runs rule authors' scenario files against a rule base and says, per scenario, what failed. */
public final class ScenarioRunner {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();
    private static final ObjectReader READER = YAML.readerFor(ScenarioFile.class);

    /** The outcome of one scenario. */
    public record Result(String file, String scenario, Status status, List<String> failures, Report report) {
        public enum Status { PASSED, FAILED, TODO }

        public boolean passed() {
            return status != Status.FAILED;
        }
    }

    /**
     * The day scenarios are judged as of when neither the scenario ({@code asOf:}) nor its facts
     * (a collection time) give one: fixed, so that a scenario passes or fails the same way on any day.
     */
    public static final java.time.LocalDate DEFAULT_DAY = java.time.LocalDate.of(2026, 1, 1);

    private final RuleBase rules;
    /** A scenario's inline {@code facts:} (written back as YAML and read as a fact file). */
    private final FactFileReader reader = new FactFileReader();
    /** A scenario's {@code file:}, read as {@code diagnose} reads its inputs. */
    private final InputReader inputs;

    public ScenarioRunner(RuleBase rules) {
        this.rules = rules;
        this.inputs = new InputReader(io.rdpdoctor.knowledge.FreeTextQuotes.of(rules.catalogue()));
    }

    public static boolean isScenarioFile(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".scenarios.yaml") || n.endsWith(".scenarios.yml");
    }

    /** Every scenario file below the directory, sorted. */
    public static List<Path> scenarioFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(ScenarioRunner::isScenarioFile).sorted().toList();
        }
    }

    /** Reads a scenario file; a malformed one is an InputException naming the line. */
    public static List<Scenario> read(Path file) throws InputException {
        String text = "";
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
            ScenarioFile f = READER.readValue(text);
            if (f == null) throw new InputException(file.toString(), "is empty; expected 'scenarios:' with a list");
            return f.scenarios();
        } catch (JsonProcessingException e) {
            int line = io.rdpdoctor.factfile.YamlLines.lineOf(e, text);
            String msg = e instanceof UnrecognizedPropertyException u
                    ? "unknown key '" + u.getPropertyName() + "'; expected one of: " + u.getKnownPropertyIds()
                    : e.getOriginalMessage().split("\n")[0];
            throw new InputException(file.toString(), line, 0, msg);
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot be read: " + e.getMessage());
        }
    }

    public List<Result> run(Path file) {
        List<Scenario> scenarios;
        try {
            scenarios = read(file);
        } catch (InputException e) {
            return List.of(new Result(file.toString(), "(file)", Result.Status.FAILED, List.of(e.getMessage()), null));
        }
        List<Result> results = new ArrayList<>();
        for (Scenario s : scenarios) {
            results.add(run(file, s));
        }
        return results;
    }

    public Result run(Path file, Scenario s) {
        List<String> failures = new ArrayList<>();
        Report report = null;
        try {
            report = new Diagnoser(rules, day(file, s)).diagnose(facts(file, s));
            check(s, report, failures);
        } catch (InputException e) {
            failures.add(e.getMessage());
        }
        Result.Status status = s.todo() != null ? Result.Status.TODO
                : failures.isEmpty() ? Result.Status.PASSED : Result.Status.FAILED;
        return new Result(file.toString(), s.name(), status, failures, report);
    }

    private static ReferenceDay day(Path file, Scenario s) throws InputException {
        try {
            return ReferenceDay.fixed(s.asOf() == null ? null : java.time.LocalDate.parse(s.asOf().strip()), DEFAULT_DAY);
        } catch (java.time.format.DateTimeParseException e) {
            throw new InputException(file.toString(), "scenario '" + s.name() + "': asOf '" + s.asOf() + "' is not a date; expected yyyy-MM-dd");
        }
    }

    private FactSet facts(Path file, Scenario s) throws InputException {
        if ((s.facts() == null) == (s.file() == null)) {
            throw new InputException(file.toString(), "scenario '" + s.name() + "' needs exactly one of 'facts' or 'file'");
        }
        if (s.file() != null) {
            // a fact file, a capture folder, a transcript or one raw capture: read as `diagnose` reads
            // it; what could not be read is skipped there too (its report lists it), so it is no
            // failure here; an input of which nothing could be read fails the scenario
            InputReader.Input read = inputs.read(file.resolveSibling(s.file()).normalize());
            if (read.nothingRead()) {
                throw new InputException(read.name(), "no command output could be read"
                        + (read.skippedParts().isEmpty() ? "" : ": " + read.skippedParts()));
            }
            return read.facts();
        }
        try {
            return reader.read(file + " (" + s.name() + ")", YAML.writeValueAsBytes(s.facts()));
        } catch (JsonProcessingException e) {
            throw new InputException(file.toString(), e.getOriginalMessage());
        }
    }

    /** Compares a report with a scenario's expectations; adds one line per mismatch. */
    static void check(Scenario s, Report report, List<String> failures) {
        Map<String, Found> found = new LinkedHashMap<>();
        flatten(report.causes(), null, found);
        flatten(report.security(), null, found);
        List<String> order = new ArrayList<>(found.keySet());
        int last = -1;
        String lastId = null;
        for (Scenario.Expect e : s.expect()) {
            Found f = found.get(e.id());
            if (f == null) {
                failures.add("expected " + e.id() + " but it was not found; found: " + summary(found));
                continue;
            }
            if (e.certainty() != null && e.certainty() != f.diagnosis.certainty()) {
                failures.add("expected " + e.id() + " to be " + e.certainty().word() + " but it is " + f.diagnosis.certainty().word());
            }
            if (e.under() != null && !e.under().equals(f.parent)) {
                failures.add("expected " + e.id() + " under " + e.under() + " but it is "
                        + (f.parent == null ? "a root" : "under " + f.parent));
            }
            if (e.rank() != null) {
                int root = report.causes().indexOf(f.diagnosis) + 1;
                if (root != e.rank()) {
                    failures.add("expected " + e.id() + " to rank " + e.rank() + " but it "
                            + (root == 0 ? "is not a root cause" : "ranks " + root) + "; found: " + summary(found));
                }
            }
            if (e.says() != null && !rendered(f.diagnosis).contains(e.says())) {
                failures.add("expected " + e.id() + " to say '" + e.says() + "' but it says: " + rendered(f.diagnosis));
            }
            int at = order.indexOf(e.id());
            if (at < last) {
                failures.add("expected " + e.id() + " to rank after " + lastId + " but it ranks before it");
            }
            last = Math.max(last, at);
            lastId = e.id();
        }
        // a near miss is about what the rules conclude: a hypothesis from practice (a prior alone) is no conclusion
        for (String id : s.absent()) {
            if (found.containsKey(id) && !found.get(id).diagnosis.priorOnly()) {
                failures.add("expected " + id + " to stay silent but it was found (" + found.get(id).diagnosis.certainty().word() + ")");
            }
        }
        List<String> excluded = report.ruledOut().stream().map(Report.Excluded::id).toList();
        for (String id : s.ruledOut()) {
            if (!excluded.contains(id)) {
                failures.add("expected " + id + " to be ruled out but the report rules out " + excluded);
            }
        }
        List<String> asked = report.nextSteps().stream().map(Report.NextStep::id).toList();
        for (String q : s.questions()) {
            if (!asked.contains(q)) {
                failures.add("expected next step " + q + " but the report asks " + asked);
            }
        }
        for (String q : s.absentQuestions()) {
            if (q.equals("*") ? !asked.isEmpty() : asked.contains(q)) {
                failures.add("expected " + (q.equals("*") ? "no next step" : "no next step " + q) + " but the report asks " + asked);
            }
        }
        if (Boolean.TRUE.equals(s.only())) {
            List<String> expected = s.expect().stream().map(Scenario.Expect::id).toList();
            for (String id : found.keySet()) {
                if (!expected.contains(id) && found.get(id).diagnosis.kind() != io.rdpdoctor.knowledge.Kind.SECURITY
                        && !found.get(id).diagnosis.priorOnly()) {
                    failures.add("found " + id + ", which the scenario does not expect (only: true)");
                }
            }
        }
    }

    private record Found(Report.Diagnosis diagnosis, String parent) {
    }

    /** A diagnosis as the reader sees it: title, explanation, each fix step with its commands. */
    static String rendered(Report.Diagnosis d) {
        List<String> parts = new ArrayList<>();
        parts.add(d.title());
        if (d.explanation() != null) parts.add(d.explanation());
        for (Report.Step st : d.fix() == null ? List.<Report.Step>of() : d.fix()) {
            for (String t : java.util.Arrays.asList(st.step(), st.powershell(), st.cmd(), st.command(), st.warning())) {
                if (t != null) parts.add(t);
            }
        }
        return String.join("\n", parts);
    }

    private static void flatten(List<Report.Diagnosis> ds, String parent, Map<String, Found> out) {
        for (Report.Diagnosis d : ds) {
            out.put(d.id(), new Found(d, parent));
            flatten(d.explains(), d.id(), out);
        }
    }

    private static String summary(Map<String, Found> found) {
        if (found.isEmpty()) return "nothing";
        List<String> parts = new ArrayList<>();
        found.forEach((id, f) -> parts.add(id + " (" + f.diagnosis.certainty().word() + ")"));
        return String.join(", ", parts);
    }
}
