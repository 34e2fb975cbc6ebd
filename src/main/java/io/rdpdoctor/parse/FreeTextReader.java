package io.rdpdoctor.parse;

import io.rdpdoctor.facts.Fact;
import java.util.List;

/**
 * Reads what a block of free text quotes, when no command parser recognised it: a ticket or a chat
 * pasted with (or instead of) command output, "since yesterday users get: The remote computer
 * disconnected the session because of an error in the licensing protocol". Which messages and
 * events are known is the knowledge base's business, so the application that loaded the rules
 * gives the loader its reader ({@code knowledge.FreeTextQuotes}); {@link #NONE} reads nothing.
 */
public interface FreeTextReader {

    /**
     * What a text quotes.
     *
     * @param facts what it quotes, as facts sourced in the capture (never empty)
     * @param what  the things quoted, as the list of what was read names them ("the client's message
     *              MSG-LICENSING-PROTOCOL")
     */
    record Quoted(List<Fact> facts, String what) {
        public Quoted {
            facts = List.copyOf(facts);
            if (facts.isEmpty()) throw new IllegalArgumentException("a quote without facts");
        }
    }

    /** What the capture's text quotes that the knowledge base knows, or null when it quotes nothing known. */
    Quoted read(Capture text);

    /** Reads no free text: every block no parser recognises is skipped. */
    FreeTextReader NONE = text -> null;
}
