package io.rdpdoctor.factfile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.rdpdoctor.docs.Schemas;
import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.Source;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * docs/fact-file.schema.json is hand-written; this test fails when it no longer matches the records
 * the reader binds (FactFileDoc and the fact records): sections, fields, required fields, types and
 * enum spellings.
 */
class FactFileSchemaTest {

    private final JsonNode schema = Schemas.tree(Schemas.FACT_FILE);

    @Test
    void schemaIsAValidDraft202012Schema() {
        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(Schemas.metaViolations(schema)).isEmpty();
    }

    @Test
    void topLevelPropertiesAreTheFactFileDocComponents() {
        assertThat(names(schema.path("properties"))).isEqualTo(components(FactFileDoc.class));
        assertThat(schema.path("additionalProperties").asBoolean(true)).as("additionalProperties").isFalse();
        assertThat(schema.path("properties").path("schema").path("const").asText()).isEqualTo(FactFileDoc.SCHEMA);
    }

    @Test
    void sectionKeysAreTheAreaKeys() {
        Set<String> sections = components(FactFileDoc.class);
        sections.removeAll(Set.of("schema", "notes", "partial"));
        Set<String> areas = new TreeSet<>();
        for (Area a : Area.values()) areas.add(a.key());
        assertThat(sections).isEqualTo(areas);
    }

    @Test
    void everySectionDescribesItsRecordExactly() {
        List<String> problems = new ArrayList<>();
        for (RecordComponent section : FactFileDoc.class.getRecordComponents()) {
            String key = section.getName();
            JsonNode prop = schema.path("properties").path(key);
            Class<?> type = section.getType();
            if (type == String.class) {
                if (!"string".equals(prop.path("type").asText()) && !prop.has("const")) problems.add(key + ": expected a string");
                continue;
            }
            if (type == RegistrySection.class) {
                if (!def(prop).path("type").asText().equals("object")) problems.add(key + ": expected an object");
                continue;
            }
            if (key.equals("partial")) {
                // a list of section keys, each one of the areas
                Set<String> keys = new TreeSet<>();
                prop.path("items").path("enum").forEach(n -> keys.add(n.asText()));
                Set<String> areas = new TreeSet<>();
                for (Area a : Area.values()) if (a != Area.HOST) areas.add(a.key());
                if (!keys.equals(areas)) problems.add("partial: items must be the list sections " + areas + ", not " + keys);
                continue;
            }
            JsonNode item = prop;
            if (List.class.isAssignableFrom(type)) {
                if (!"array".equals(prop.path("type").asText())) problems.add(key + ": expected an array");
                item = prop.path("items");
                type = typeArgument(section.getGenericType());
            }
            checkRecord(key, type, def(item), problems);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void sourceIsDescribedExactly() {
        List<String> problems = new ArrayList<>();
        checkRecord("source", Source.class, schema.path("$defs").path("Source"), problems);
        assertThat(problems).isEmpty();
    }

    @Test
    void everyEnumSpellingTheReaderAcceptsIsValidAndNothingElse() {
        List<String> problems = new ArrayList<>();
        Set<Class<?>> enums = new LinkedHashSet<>();
        for (RecordComponent section : FactFileDoc.class.getRecordComponents()) {
            Class<?> t = List.class.isAssignableFrom(section.getType()) ? typeArgument(section.getGenericType()) : section.getType();
            if (!t.isRecord()) continue;
            for (RecordComponent c : t.getRecordComponents()) {
                if (c.getType().isEnum()) enums.add(c.getType());
            }
        }
        assertThat(enums).as("enum-typed fields").isNotEmpty();
        for (Class<?> e : enums) {
            String def = defName(e);
            JsonNode d = schema.path("$defs").path(def);
            Set<String> canonical = new TreeSet<>();
            d.path("anyOf").path(0).path("enum").forEach(n -> canonical.add(n.asText()));
            Set<String> constants = new TreeSet<>();
            for (Object c : e.getEnumConstants()) constants.add(((Enum<?>) c).name());
            if (!canonical.equals(constants)) problems.add(def + ": canonical names " + canonical + " but the enum has " + constants);
            for (Object c : e.getEnumConstants()) {
                String name = ((Enum<?>) c).name();
                List<String> spellings = new ArrayList<>(List.of(name));
                try {
                    JsonAlias alias = e.getField(name).getAnnotation(JsonAlias.class);
                    if (alias != null) spellings.addAll(Arrays.asList(alias.value()));
                } catch (NoSuchFieldException ex) {
                    throw new AssertionError(ex);
                }
                for (String s : spellings) {
                    for (String v : List.of(s, s.toLowerCase(Locale.ROOT), s.toUpperCase(Locale.ROOT))) {
                        if (!Schemas.violationsOfDef(schema, def, TextNode.valueOf(v)).isEmpty()) {
                            problems.add(def + ": the reader accepts '" + v + "' (" + name + ") but the schema rejects it");
                        }
                    }
                }
            }
            if (Schemas.violationsOfDef(schema, def, TextNode.valueOf("NOT_A_" + def)).isEmpty()) {
                problems.add(def + ": accepts a value the reader rejects");
            }
        }
        assertThat(problems).isEmpty();
    }

    /** Properties equal the record components, required equals the @JsonProperty(required = true) ones, types match. */
    private void checkRecord(String where, Class<?> type, JsonNode def, List<String> problems) {
        if (!type.isRecord()) {
            problems.add(where + ": " + type.getSimpleName() + " is not a record");
            return;
        }
        if (def.path("additionalProperties").asBoolean(true)) problems.add(where + ": additionalProperties is not false");
        Set<String> props = names(def.path("properties"));
        Set<String> comps = components(type);
        if (!props.equals(comps)) {
            problems.add(where + " (" + type.getSimpleName() + "): schema properties " + props + " but record components " + comps);
        }
        Set<String> required = new TreeSet<>();
        def.path("required").forEach(n -> required.add(n.asText()));
        Set<String> requiredInJava = new TreeSet<>();
        for (RecordComponent c : type.getRecordComponents()) {
            JsonProperty p = c.getAccessor().getAnnotation(JsonProperty.class);
            if (p != null && p.required()) requiredInJava.add(c.getName());
        }
        if (!required.equals(requiredInJava)) {
            problems.add(where + " (" + type.getSimpleName() + "): schema requires " + required + " but the record " + requiredInJava);
        }
        for (RecordComponent c : type.getRecordComponents()) {
            JsonNode p = def.path("properties").path(c.getName());
            if (p.isMissingNode()) continue;
            String expected = expectedType(c);
            String actual = describe(p);
            if (!expected.equals(actual)) {
                problems.add(where + "." + c.getName() + ": schema says " + actual + ", the record " + expected);
            }
        }
    }

    private String expectedType(RecordComponent c) {
        Class<?> t = c.getType();
        if (t == String.class) return "string";
        if (t == Integer.class || t == int.class || t == Long.class) return "integer";
        if (t == Boolean.class || t == boolean.class) return "boolean";
        if (t.isEnum()) return "$" + defName(t);
        if (t == Source.class) return "$Source";
        if (List.class.isAssignableFrom(t)) return "array of " + (typeArgument(c.getGenericType()) == String.class ? "string" : "?");
        if (Map.class.isAssignableFrom(t)) return "object";
        return "?" + t.getSimpleName();
    }

    private String describe(JsonNode p) {
        if (p.has("$ref")) return "$" + p.get("$ref").asText().replace("#/$defs/", "");
        String type = p.path("type").asText();
        if (type.equals("array")) return "array of " + p.path("items").path("type").asText();
        return type;
    }

    private JsonNode def(JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.startsWith("#/$defs/") ? schema.path("$defs").path(ref.substring("#/$defs/".length())) : node;
    }

    private static String defName(Class<?> enumType) {
        Class<?> outer = enumType.getEnclosingClass();
        return outer == null ? enumType.getSimpleName() : outer.getSimpleName() + enumType.getSimpleName();
    }

    private static Class<?> typeArgument(Type generic) {
        return (Class<?>) ((ParameterizedType) generic).getActualTypeArguments()[0];
    }

    private static Set<String> components(Class<?> record) {
        Set<String> names = new TreeSet<>();
        for (RecordComponent c : record.getRecordComponents()) names.add(c.getName());
        return names;
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) names.add(it.next());
        return names;
    }
}
