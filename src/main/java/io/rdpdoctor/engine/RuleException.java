package io.rdpdoctor.engine;

import io.rdpdoctor.knowledge.KnowledgeException;
import java.util.List;

/** The knowledge base cannot be loaded: a DRL that does not compile, a catalogue entry that is wrong. */
public class RuleException extends KnowledgeException {

    public RuleException(List<Problem> problems) {
        super(problems);
    }

    public RuleException(String file, int line, String message) {
        this(List.of(new Problem(file, line, message)));
    }
}
