package io.rdpdoctor.parse;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The language of the labels a parser matched in one command output, as an ISO 639-1 code
 * ({@code de}); or {@link #NEUTRAL} when the output has no localized labels (a registry dump, JSON,
 * PowerShell property names, which Windows prints in English on every language); or {@link #UNKNOWN}
 * when the parser does read localized labels but none that tells one language from another was in
 * the capture (a paste that starts at the first row, below the header). Never guessed.
 */
public record Language(String code) {

    public static final Language NEUTRAL = new Language("neutral");
    public static final Language UNKNOWN = new Language("unknown");

    private static final Pattern ISO_639_1 = Pattern.compile("[a-z]{2}");

    public Language {
        if (code == null || !(code.equals("neutral") || code.equals("unknown") || ISO_639_1.matcher(code).matches())) {
            throw new IllegalArgumentException("a language is an ISO 639-1 code (two lower-case letters), neutral or unknown: " + code);
        }
    }

    public static Language of(String code) {
        return code.equals(NEUTRAL.code) ? NEUTRAL : code.equals(UNKNOWN.code) ? UNKNOWN : new Language(code);
    }

    /** Whether a language was told (not neutral, not unknown). */
    public boolean isKnown() {
        return !code.equals(NEUTRAL.code) && !code.equals(UNKNOWN.code);
    }

    /** The language as a person reads it: "German", "language-neutral", "language unknown". */
    public String displayName() {
        if (code.equals(NEUTRAL.code)) return "language-neutral";
        if (code.equals(UNKNOWN.code)) return "language unknown";
        return Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
    }

    @Override
    public String toString() {
        return code;
    }
}
