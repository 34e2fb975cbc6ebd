package io.rdpdoctor.engine;

import java.util.List;

/** The knowledge base cannot be loaded: a DRL that does not compile, a catalogue entry that is wrong. */
public class RuleException extends Exception {

    /** One problem, at a file and line (0 when not at a line). */
    public record Problem(String file, int line, String message) {
        @Override
        public String toString() {
            return file + (line > 0 ? ":" + line : "") + ": " + message;
        }
    }

    private final List<Problem> problems;

    public RuleException(List<Problem> problems) {
        super(String.join("\n", problems.stream().map(Problem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    public RuleException(String file, int line, String message) {
        this(List.of(new Problem(file, line, message)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
