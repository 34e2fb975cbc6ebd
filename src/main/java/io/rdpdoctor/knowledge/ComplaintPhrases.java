package io.rdpdoctor.knowledge;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.rdpdoctor.facts.Complaint;
import java.util.List;

/**
 * How tickets say one kind of complaint in their own words ("I can't connect", "schwarzer
 * Bildschirm", "après la mise à jour"): the phrases by which free text is read as that complaint
 * ({@link FreeTextQuotes}). A complaint is the weakest evidence there is: it says that Remote
 * Desktop fails, and at most where, and the ranker lists the causes that fit at their priors.
 *
 * @param kind    the complaint the phrases say
 * @param phrases words or phrases at word boundaries in any language, matched as a client message's
 *                keywords are ({@code " + "} joins words that must all appear, in any order)
 * @param why     what the phrases have in common, and which were left out and why
 */
public record ComplaintPhrases(
        @JsonProperty(required = true) Complaint.Kind kind,
        @JsonProperty(required = true) List<String> phrases,
        String why) implements java.io.Serializable {

    public ComplaintPhrases {
        phrases = List.copyOf(phrases);
    }

    /** Whether the text says this complaint by one of the phrases. */
    public boolean saidIn(String text) {
        return MessageDef.anyKeywordIn(phrases, text);
    }
}
