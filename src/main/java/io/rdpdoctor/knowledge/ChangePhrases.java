package io.rdpdoctor.knowledge;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.rdpdoctor.facts.Change;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How tickets tell, in their own words, of a change made before Remote Desktop failed ("since the
 * update to 1903", "after installing simplewall", "after CIS hardening", "seit wir TLS 1.0
 * deaktiviert haben"): the phrases by which a sentence of free text is read as a change of one kind
 * ({@link FreeTextQuotes}). "It broke after X" is one of the strongest clues a ticket gives, and
 * the rules read a change's kind and words ({@code facts.Change}).
 *
 * @param kind    the kind of change the phrases tell of
 * @param phrases words or phrases at word boundaries in any language, matched as a client message's
 *                keywords are ({@code " + "} joins words that must all appear in the sentence, in any
 *                order); {@code {kb}} stands for any update's KB number ("after + {kb}")
 * @param why     what the phrases have in common, and which were left out and why
 */
public record ChangePhrases(
        @JsonProperty(required = true) Change.Kind kind,
        @JsonProperty(required = true) List<String> phrases,
        String why) implements java.io.Serializable {

    /** A Microsoft update's number as tickets write it: KB5005033, KB 4103718. */
    private static final Pattern KB = Pattern.compile("(?i)\\bKB ?(\\d{6,7})\\b");

    /** The word a KB number is read as, so that a phrase's {@code {kb}} can match it at word boundaries. */
    private static final String KB_WORD = "kbnumber";

    public ChangePhrases {
        phrases = phrases.stream().map(p -> p.replace("{kb}", KB_WORD)).toList();
    }

    /** Whether the sentence tells of a change of this kind by one of the phrases. */
    public boolean toldIn(String sentence) {
        return MessageDef.anyKeywordIn(phrases, KB.matcher(sentence).replaceAll(" " + KB_WORD + " "));
    }

    /** The first KB number a sentence names ("KB4074588"), if any: the change's name when it is an update. */
    public static Optional<String> kbIn(String sentence) {
        java.util.regex.Matcher m = KB.matcher(sentence);
        return m.find() ? Optional.of("KB" + m.group(1)) : Optional.empty();
    }

    /**
     * The changes tickets tell of, and the words by which a sentence tells the fix instead ("after
     * I disabled the policy it worked"): such a sentence is not read as a change that came before
     * the failure.
     *
     * @param kinds the phrases of each kind of change, in the order they are tried: the first kind a
     *              sentence tells of is the one it is read as
     * @param fixes words or phrases that tell a fix, matched as the phrases are
     */
    public record Told(@JsonProperty(required = true) List<ChangePhrases> kinds,
                       @JsonProperty(required = true) List<String> fixes,
                       String why) implements java.io.Serializable {

        public Told {
            kinds = List.copyOf(kinds);
            fixes = List.copyOf(fixes);
        }

        /** The kind of change a sentence tells of (the first that fits), or empty; none when it tells a fix. */
        public Optional<Change.Kind> in(String sentence) {
            if (MessageDef.anyKeywordIn(fixes, sentence)) return Optional.empty();
            return kinds.stream().filter(k -> k.toldIn(sentence)).map(ChangePhrases::kind).findFirst();
        }
    }
}
