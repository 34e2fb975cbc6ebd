package io.rdpdoctor.derived;

import io.rdpdoctor.facts.ConnectionAttempt;
import io.rdpdoctor.knowledge.MessageDef;
import java.util.List;

/** The client's error is a known message of the catalogue. */
public record ClientMessageSeen(MessageDef message, ConnectionAttempt attempt) implements Derived {

    @Override
    public List<Object> grounds() {
        return List.of(attempt);
    }

    @Override
    public String describe() {
        return "the client showed \"" + message.title() + "\" (" + message.id() + ")";
    }
}
