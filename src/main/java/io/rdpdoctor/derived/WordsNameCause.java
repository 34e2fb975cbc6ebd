package io.rdpdoctor.derived;

import io.rdpdoctor.facts.ConnectionAttempt;
import io.rdpdoctor.knowledge.MessageDef;
import java.util.List;

/**
 * Beside a client's message that points to several causes, the ticket's own words name one of them
 * ("a user account restriction is preventing you from signing in" and "an account in Protected
 * Users"): the generic words of stage-words.yaml, in the same text or in the report around it, and
 * not the message's own ({@link MessageDef#causesNamedBy}).
 *
 * @param attempt the failed attempt whose text holds the message
 * @param message the client's message
 * @param words   the generic words that name one of its causes
 */
public record WordsNameCause(ConnectionAttempt attempt, MessageDef message, MessageDef words) implements Derived {

    @Override
    public List<Object> grounds() {
        return List.of(attempt);
    }

    @Override
    public String describe() {
        return "beside the client's message " + message.id() + ", the ticket's words name it: "
                + words.title().replaceFirst("^The (message's )?words (say|speak of|name) ", "");
    }
}
