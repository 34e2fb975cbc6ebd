package io.rdpdoctor.knowledge;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The words by which a text speaks of Remote Desktop ("RDP", "Remote-Desktop", "mstsc", "3389",
 * "远程桌面"). Nobody pastes a ticket about a Remote Desktop that works: a ticket in prose that
 * speaks of it, and in which nothing else is recognised (no client message, no event, no complaint
 * phrase), is read as a report that it fails, with the text as its words ({@link FreeTextQuotes}).
 *
 * @param words words or phrases at word boundaries in any language, matched as a client message's
 *              keywords are ({@code " + "} joins words that must all appear, in any order)
 * @param why   what the words have in common, and which were left out and why
 */
public record TopicWords(
        @JsonProperty(required = true) List<String> words,
        String why) implements java.io.Serializable {

    public TopicWords {
        words = List.copyOf(words);
    }

    /** Whether the text speaks of the topic by one of the words. */
    public boolean saidIn(String text) {
        return MessageDef.anyKeywordIn(words, text);
    }
}
