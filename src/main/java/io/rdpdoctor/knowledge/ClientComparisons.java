package io.rdpdoctor.knowledge;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * How tickets say that another client, or another version of the failing one, connects where it
 * fails ("I do not get this with other RDP clients", "it works fine using MS RDP", "this was not an
 * issue with version 1.2"): the phrases by which a sentence of free text is read as a connection
 * that worked ({@link FreeTextQuotes}). "It works with the other client" says that the way and the
 * host are not what fails by themselves, and "it worked with the last version" that the client is.
 *
 * @param otherClient  phrases that say by themselves that another client connects ("other RDP clients",
 *                     "mstsc works")
 * @param worksWith    phrases that say it only beside the client they name ("works fine with", "funktioniert
 *                     mit"): the sentence must name a client other than the failing one, or Windows' own
 * @param otherVersion phrases that say another version of the failing client connects ("not an issue with
 *                     version", "when downgrading to")
 * @param windowsOwn   the names of Windows' own client ("mstsc", "MS RDP"): a connection with it is made with mstsc
 * @param why          what the phrases have in common, and which were left out and why
 */
public record ClientComparisons(
        @JsonProperty(required = true) List<String> otherClient,
        @JsonProperty(required = true) List<String> worksWith,
        @JsonProperty(required = true) List<String> otherVersion,
        @JsonProperty(required = true) List<String> windowsOwn,
        String why) implements java.io.Serializable {

    public ClientComparisons {
        otherClient = List.copyOf(otherClient);
        worksWith = List.copyOf(worksWith);
        otherVersion = List.copyOf(otherVersion);
        windowsOwn = List.copyOf(windowsOwn);
    }

    /** Whether the sentence says that another version of the failing client connects. */
    public boolean otherVersionIn(String sentence) {
        return MessageDef.anyKeywordIn(otherVersion, sentence);
    }

    /** Whether the sentence says, by itself, that another client connects. */
    public boolean otherClientIn(String sentence) {
        return MessageDef.anyKeywordIn(otherClient, sentence);
    }

    /** Whether the sentence says that it works with a client it names. */
    public boolean worksWithIn(String sentence) {
        return MessageDef.anyKeywordIn(worksWith, sentence);
    }

    /** Whether the sentence names Windows' own client. */
    public boolean windowsOwnIn(String sentence) {
        return MessageDef.anyKeywordIn(windowsOwn, sentence);
    }

    /** All the phrase lists, for the catalogue's check that each has words. */
    List<List<String>> lists() {
        return List.of(otherClient, worksWith, otherVersion, windowsOwn);
    }
}
