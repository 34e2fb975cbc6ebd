package io.rdpdoctor.derived;

import io.rdpdoctor.facts.ConnectionAttempt;
import io.rdpdoctor.knowledge.MessageDef;
import java.util.List;

/**
 * The client's error matches a message of the catalogue, by its text, a keyword or a code
 * ({@link MessageDef#match}). It becomes a {@link ClientMessageSeen} unless another message matches
 * the same error by its whole text and this one only by a keyword (the more specific text wins:
 * "...enhanced RDP security with CredSSP" is FreeRDP's NLA message, not the CredSSP oracle one).
 */
public record ClientMessageCandidate(MessageDef message, ConnectionAttempt attempt, MessageDef.Match match)
        implements Derived {

    /** Longest quote of an unknown message the report repeats. */
    private static final int MAX_QUOTE = 160;

    @Override
    public List<Object> grounds() {
        return List.of(attempt);
    }

    @Override
    public String describe() {
        return "the client's error matches \"" + message.title() + "\" (" + message.id() + ", by its " + match.name().toLowerCase(java.util.Locale.ROOT) + ")";
    }

    public boolean byKeyword() {
        return match == MessageDef.Match.KEYWORD;
    }

    public boolean byText() {
        return match == MessageDef.Match.TEXT;
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /**
     * What the client showed, as the report quotes it when no message matches: the text (shortened,
     * one line) and the code; null when the attempt carries neither.
     */
    public static String shown(ConnectionAttempt a) {
        String text = a.errorText() == null ? "" : SPACES.matcher(a.errorText().strip()).replaceAll(" ");
        if (text.length() > MAX_QUOTE) text = text.substring(0, MAX_QUOTE - 1) + "…";
        String code = a.errorCode() == null ? "" : a.errorCode().strip();
        if (text.isEmpty() && code.isEmpty()) return null;
        if (text.isEmpty()) return "error code " + code;
        return code.isEmpty() ? text : text + " (" + code + ")";
    }
}
