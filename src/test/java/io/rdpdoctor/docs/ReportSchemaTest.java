package io.rdpdoctor.docs;

import io.rdpdoctor.TestRules;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rdpdoctor.diagnosis.Diagnoser;
import io.rdpdoctor.diagnosis.Report;
import io.rdpdoctor.engine.RuleBase;
import io.rdpdoctor.factfile.FactFileReader;
import io.rdpdoctor.facts.Area;
import io.rdpdoctor.knowledge.QuestionDef;
import io.rdpdoctor.report.JsonRenderer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON report against docs/report.schema.json, and the schema against the Report records. */
class ReportSchemaTest {

    private static final Path SAMPLE = Path.of("facts-samples", "gpo-denies-rdp.yaml");
    private static JsonNode report;
    private final JsonNode schema = Schemas.tree(Schemas.REPORT);

    @BeforeAll
    static void render() throws Exception {
        RuleBase rb = RuleBase.load(List.of(Path.of("rules")));
        Report r = new Diagnoser(rb, TestRules.DAY).diagnose(new FactFileReader().read(SAMPLE));
        StringWriter out = new StringWriter();
        new JsonRenderer().render(r, new PrintWriter(out));
        report = Schemas.JSON.readTree(out.toString());
    }

    @Test
    void schemaIsAValidDraft202012Schema() {
        assertThat(Schemas.metaViolations(schema)).isEmpty();
    }

    @Test
    void theReportOfTheGpoSampleValidates() {
        assertThat(report.path("causes").size()).as("the sample yields diagnoses").isPositive();
        assertThat(report.path("causes").path(0).path("explains").size()).as("with nested ones").isPositive();
        assertThat(Schemas.violations(schema, report)).isEmpty();
    }

    @Test
    void aReportWithACommandWithheldValidates() throws Exception {
        String sample = java.nio.file.Files.readString(SAMPLE).replace("gpo: Servers-Hardening-Baseline", "gpo: \"Baseline\\n& calc\"");
        Report r = new Diagnoser(RuleBase.load(List.of(Path.of("rules"))), TestRules.DAY)
                .diagnose(new FactFileReader().read("withheld.yaml", sample.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        StringWriter out = new StringWriter();
        new JsonRenderer().render(r, new PrintWriter(out));
        JsonNode withheld = Schemas.JSON.readTree(out.toString());
        assertThat(withheld.findValues("withheld").stream().filter(n -> !n.isEmpty())).as("a command was withheld").isNotEmpty();
        assertThat(Schemas.violations(schema, withheld)).isEmpty();
    }

    @Test
    void aReportWithUpperCaseEnumsOrAnUnknownFieldDoesNotValidate() {
        ObjectNode upper = report.deepCopy();
        ((ObjectNode) upper.path("causes").path(0)).put("certainty", "CONFIRMED");
        assertThat(Schemas.violations(schema, upper)).isNotEmpty();
        ObjectNode extra = report.deepCopy();
        ((ObjectNode) extra.path("causes").path(0).path("explains").path(0)).put("confidenceBand", 1);
        assertThat(Schemas.violations(schema, extra)).isNotEmpty();
        ObjectNode missing = report.deepCopy();
        missing.remove("notCollected");
        assertThat(Schemas.violations(schema, missing)).isNotEmpty();
        ObjectNode unknownArea = report.deepCopy();
        ((ArrayNode) unknownArea.path("notCollected")).add("mystery");
        assertThat(Schemas.violations(schema, unknownArea)).isNotEmpty();
    }

    @Test
    void schemaPropertiesAreTheReportRecordComponents() {
        Map<String, Class<?>> defs = Map.of(
                "Diagnosis", Report.Diagnosis.class, "Evidence", Report.Evidence.class, "Step", Report.Step.class,
                "Check", Report.Check.class, "NextStep", Report.NextStep.class, "Outcome", QuestionDef.Outcome.class,
                "Excluded", Report.Excluded.class, "Withheld", Report.Withheld.class, "HostValue", Report.HostValue.class,
                "Recognised", Report.Recognised.class);
        List<String> problems = new ArrayList<>();
        check("report", schema, Report.class, problems);
        defs.forEach((name, type) -> check(name, schema.path("$defs").path(name), type, problems));
        assertThat(names(schema.path("$defs"))).isEqualTo(new TreeSet<>(defs.keySet()));
        assertThat(problems).isEmpty();
    }

    @Test
    void notCollectedListsTheAreaKeys() {
        List<String> keys = new ArrayList<>();
        schema.path("properties").path("notCollected").path("items").path("enum").forEach(n -> keys.add(n.asText()));
        List<String> areas = new ArrayList<>();
        for (Area a : Area.values()) areas.add(a.key());
        assertThat(keys).isEqualTo(areas);
        assertThat(schema.path("properties").path("schema").path("const").asText()).isEqualTo(Report.SCHEMA);
    }

    private static void check(String where, JsonNode def, Class<?> type, List<String> problems) {
        Set<String> comps = new TreeSet<>();
        for (RecordComponent c : type.getRecordComponents()) comps.add(c.getName());
        if (!names(def.path("properties")).equals(comps)) {
            problems.add(where + ": schema properties " + names(def.path("properties")) + " but record components " + comps);
        }
        if (def.path("additionalProperties").asBoolean(true)) problems.add(where + ": additionalProperties is not false");
        def.path("required").forEach(r -> {
            if (!comps.contains(r.asText())) problems.add(where + ": requires unknown " + r.asText());
        });
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) names.add(it.next());
        return names;
    }
}
