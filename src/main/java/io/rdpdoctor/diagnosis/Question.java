package io.rdpdoctor.diagnosis;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An open question that decides between causes: its catalogue entry says which command answers it
 * and what each answer would mean. Rules insert it (logically) when the evidence is missing.
 */
public record Question(String id, Map<String, String> values) {

    public Question {
        values = Map.copyOf(values);
    }

    public static Question of(String id) {
        return new Question(id, Map.of());
    }

    public Question with(String name, Object value) {
        String text = io.rdpdoctor.knowledge.Templates.valueText(value);
        if (text == null) {
            return this;
        }
        Map<String, String> v = new LinkedHashMap<>(values);
        v.put(name, text);
        return new Question(id, v);
    }
}
