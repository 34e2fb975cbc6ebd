package io.rdpdoctor.diagnosis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a rule concludes: a diagnosis id from the catalogue, how certain, the facts that show it,
 * and the host's own values that fill the fix (port, PID, winning GPO...). Rules insert it with
 * insertLogical and do nothing else; titles, texts and commands come from the catalogue.
 */
public record Finding(String id, Certainty certainty, List<Object> evidence, Map<String, String> values, Double prior) {

    public Finding {
        evidence = List.copyOf(evidence);
        values = Map.copyOf(values);
    }

    /**
     * Without the evidence (equal findings have equal evidence; equals stays the record's): truth
     * maintenance hashes every conclusion it is given, and the evidence's facts hash all their fields.
     */
    @Override
    public int hashCode() {
        return java.util.Objects.hash(id, certainty, values, prior);
    }

    public Finding(String id, Certainty certainty, List<Object> evidence, Map<String, String> values) {
        this(id, certainty, evidence, values, null);
    }

    /**
     * The same finding with a prior (0..1): how likely this cause is among the hypotheses a
     * symptom points to. It orders findings of equal certainty (docs/ranking.md).
     */
    public Finding withPrior(double p) {
        return new Finding(id, certainty, evidence, values, p);
    }

    public static Finding confirmed(String id, Object... evidence) {
        return new Finding(id, Certainty.CONFIRMED, List.of(evidence), Map.of());
    }

    public static Finding likely(String id, Object... evidence) {
        return new Finding(id, Certainty.LIKELY, List.of(evidence), Map.of());
    }

    public static Finding possible(String id, Object... evidence) {
        return new Finding(id, Certainty.POSSIBLE, List.of(evidence), Map.of());
    }

    /** The same finding with one more value for the fix's placeholders (a list as "a, b and c"). Null values and empty lists are left out. */
    public Finding with(String name, Object value) {
        String text = io.rdpdoctor.knowledge.Templates.valueText(value);
        if (text == null) {
            return this;
        }
        Map<String, String> v = new LinkedHashMap<>(values);
        v.put(name, text);
        return new Finding(id, certainty, evidence, v, prior);
    }
}
