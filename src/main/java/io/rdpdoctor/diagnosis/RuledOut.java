package io.rdpdoctor.diagnosis;

import java.util.List;

/**
 * What a rule concludes when the facts exclude a cause: "TermService is running, so it is not
 * TERMSERVICE-STOPPED". A hypothesis (from a client message) is not raised for a ruled-out cause,
 * and the report lists what was ruled out and why.
 */
public record RuledOut(String id, List<Object> evidence) {

    public RuledOut {
        evidence = List.copyOf(evidence);
    }

    /**
     * The id and the number of facts, not the facts themselves (equal ones have equal evidence; equals
     * stays the record's): truth maintenance hashes every conclusion, and facts hash all their fields.
     */
    @Override
    public int hashCode() {
        return 31 * java.util.Objects.hashCode(id) + evidence.size();
    }

    public static RuledOut by(String id, Object... evidence) {
        return new RuledOut(id, List.of(evidence));
    }
}
