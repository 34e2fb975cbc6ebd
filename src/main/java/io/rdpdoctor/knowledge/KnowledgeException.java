package io.rdpdoctor.knowledge;

import java.util.List;

/**
 * The knowledge base cannot be loaded: a catalogue entry that is wrong, or (as the engine's
 * {@code RuleException}) a DRL that does not compile. Here, below the engine, so that the catalogue
 * can report its problems without knowing the rule loader.
 */
public class KnowledgeException extends Exception {

    /** One problem, at a file and line (0 when not at a line). */
    public record Problem(String file, int line, String message) {
        @Override
        public String toString() {
            return file + (line > 0 ? ":" + line : "") + ": " + message;
        }
    }

    private final List<Problem> problems;

    public KnowledgeException(List<Problem> problems) {
        super(String.join("\n", problems.stream().map(Problem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
