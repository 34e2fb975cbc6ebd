package io.rdpdoctor.knowledge;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message an RDP client shows, in the languages it is shown in, with the causes it points to
 * and how likely each is. The rules match a client's error text or code against these and
 * conclude the hypotheses as "possible" (a message alone never confirms a cause).
 *
 * @param texts      language code → the message's texts (or distinctive parts of them)
 * @param codes      error codes that identify it ("0x204"), matched in the text or the code field
 * @param hypotheses the causes it points to, with a prior (0..1) that orders them
 * @param asks       questions (next steps) that decide between the hypotheses
 */
public record MessageDef(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String title,
        Map<String, List<String>> texts,
        List<String> codes,
        @JsonProperty(required = true) List<Hypothesis> hypotheses,
        List<String> asks,
        @JsonProperty(required = true) List<String> sources) implements java.io.Serializable {

    public record Hypothesis(@JsonProperty(required = true) String id, @JsonProperty(required = true) Double prior)
            implements java.io.Serializable {
    }

    /** A partial paste must have at least this many characters (normalised) to count. */
    static final int MIN_FRAGMENT = 24;

    private static final Pattern CODE = Pattern.compile("0x[0-9a-f]+");
    /**
     * The catalogue's texts, normalised once: a batch matches every connection attempt against every
     * message, and normalising the same texts again each time was most of the rules' regex work.
     * Only catalogue texts are kept, so the map is as small as the catalogue.
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, String> NORMALISED_VARIANTS =
            new java.util.concurrent.ConcurrentHashMap<>();

    public MessageDef {
        texts = texts == null ? Map.of() : Map.copyOf(texts);
        codes = codes == null ? List.of() : codes.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
        hypotheses = List.copyOf(hypotheses);
        asks = asks == null ? List.of() : List.copyOf(asks);
        sources = List.copyOf(sources);
    }

    /** The ids of the causes this message points to. */
    public List<String> hypothesisIds() {
        return hypotheses.stream().map(Hypothesis::id).toList();
    }

    /**
     * Whether a client's error matches this message: one of its texts appears in the error text
     * (whatever the quotes, dashes, line breaks and letter case), the error text is a long enough
     * fragment of one of them (a partial paste), or one of its codes appears.
     */
    public boolean matches(String errorText, String errorCode) {
        String text = normalise(errorText);
        if (!text.isEmpty()) {
            for (List<String> variants : texts.values()) {
                for (String v : variants) {
                    String n = NORMALISED_VARIANTS.computeIfAbsent(v, MessageDef::normalise);
                    if (!n.isEmpty() && (text.contains(n) || (text.length() >= MIN_FRAGMENT && n.contains(text)))) {
                        return true;
                    }
                }
            }
        }
        List<String> found = codesIn(errorText);
        found.addAll(codesIn(errorCode));
        return found.stream().anyMatch(codes::contains);
    }

    /** Hex error codes written in a text ("0x204", "Error code: 0x112f"), lower case, leading zeros dropped. */
    static List<String> codesIn(String s) {
        List<String> out = new ArrayList<>();
        if (s == null) return out;
        Matcher m = CODE.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add("0x" + m.group().substring(2).replaceFirst("^0+(?=.)", ""));
        }
        return out;
    }

    /** Lower case, typographic quotes and dashes made plain, punctuation dropped, white space folded. */
    static String normalise(String s) {
        if (s == null) return "";
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\u2018\\u2019\\u201A\\u201B\\u2032`´]", "'")
                .replaceAll("[\\u201C\\u201D\\u201E\\u201F\\u00AB\\u00BB\\u2033]", "\"")
                .replaceAll("[\\u2010-\\u2015]", "-")
                .replace("'", ""); // "can't", "can’t" and "cant" are the same word
        return t.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
