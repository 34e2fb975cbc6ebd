package io.rdpdoctor.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One real ticket of the corpus (corpus/README.md): where it was published, what was observed, the
 * confirmed cause, and the diagnosis ids that count as the right answer. Its facts are in the
 * fact file of the same stem.
 *
 * @param expect      diagnosis ids that count as right; empty when the catalogue lacks the cause
 * @param missing     the cause the catalogue lacks (when expect is empty)
 * @param expressible full, partial or none: whether the fact format can state the thread's evidence
 */
public record CorpusCase(
        @JsonProperty(required = true) String source,
        @JsonProperty(required = true) String kind,
        String title,
        @JsonProperty(required = true) String observed,
        @JsonProperty(required = true) String cause,
        String fix,
        @JsonProperty(required = true) String confirmation,
        @JsonProperty(required = true) String family,
        List<String> expect,
        String missing,
        Expressible expressible,
        List<String> unexpressed) {

    /** Whether the fact-file format can state the thread's evidence. */
    public enum Expressible {
        FULL, PARTIAL, NONE;

        /** Read from the case file; YAML reads a bare {@code no} as false, which is not "none". */
        @com.fasterxml.jackson.annotation.JsonCreator
        public static Expressible of(Object value) {
            for (Expressible e : values()) {
                if (e.name().equalsIgnoreCase(String.valueOf(value))) return e;
            }
            throw new IllegalArgumentException("expressible is full, partial or none, not '"
                    + (value instanceof Boolean b ? (b ? "yes" : "no") : value) + "'");
        }
    }

    public CorpusCase {
        expect = expect == null ? List.of() : List.copyOf(expect);
        unexpressed = unexpressed == null ? List.of() : List.copyOf(unexpressed);
    }

    /** Whether the format can state at least part of the thread's evidence. */
    public boolean expressibleEvidence() {
        return expressible != Expressible.NONE;
    }
}
