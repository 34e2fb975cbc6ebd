package io.rdpdoctor.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The documented JSON Schemas (docs/*.schema.json) and how the tests read and validate against them. */
public final class Schemas {

    public static final Path FACT_FILE = Path.of("docs", "fact-file.schema.json");
    public static final Path REPORT = Path.of("docs", "report.schema.json");

    public static final JsonMapper JSON = JsonMapper.builder().build();
    public static final YAMLMapper YAML = YAMLMapper.builder().build();

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private Schemas() {
    }

    /** A schema file as a tree. */
    public static JsonNode tree(Path schemaFile) {
        try {
            return JSON.readTree(Files.readString(schemaFile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A YAML or JSON document (by file name) as a tree, the way the fact-file reader sees it. */
    public static JsonNode document(Path file) {
        try {
            String text = Files.readString(file);
            return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json") ? JSON.readTree(text) : YAML.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode yaml(String text) {
        try {
            return YAML.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema violations of a document, one line each; empty when it is valid. */
    public static List<String> violations(JsonNode schema, JsonNode document) {
        JsonSchema s = FACTORY.getSchema(schema);
        return s.validate(document).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    /** The violations of one definition of a schema ({@code $defs/name}) for a value. */
    public static List<String> violationsOfDef(JsonNode schema, String def, JsonNode value) {
        ObjectNode sub = JSON.createObjectNode();
        sub.put("$schema", schema.path("$schema").asText());
        sub.set("$defs", schema.get("$defs"));
        sub.put("$ref", "#/$defs/" + def);
        return violations(sub, value);
    }

    /** The violations of a schema document against the draft 2020-12 meta-schema. */
    public static List<String> metaViolations(JsonNode schema) {
        JsonSchema meta = FACTORY.getSchema(SchemaLocation.of(SchemaId.V202012));
        return meta.validate(schema).stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}
