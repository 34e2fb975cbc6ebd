package io.rdpdoctor.parse;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The labels a command prints in each language (titles, column headers, field names, state words),
 * and from them the {@link Language} of a capture: the language with the most of its labels found
 * in the capture's first {@link #LINES_LOOKED_AT} lines. A label that two languages print alike
 * ("Server", "STATUS") tells neither and is left out; a tie, or no label at all, is
 * {@link Language#UNKNOWN}. Labels are compared as whole words after folding (accents, case,
 * punctuation and spacing do not matter), so a label lost in transit to "ABHREN" or kept as
 * "ABHÖREN" is the same; the mojibake of the OEM code page is repaired before (CaptureText).
 */
public final class LabelTable {

    /** Labels are printed at the top of an output (or repeated in every record): this many lines are enough. */
    static final int LINES_LOOKED_AT = 300;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Per language, the folded labels only that language prints. */
    private final Map<Language, List<String>> labels;

    private LabelTable(Map<Language, List<String>> labels) {
        this.labels = labels;
    }

    /** A table from pairs: language code, then its labels; e.g. {@code of("en", List.of("Active Connections"), "de", ...)}. */
    public static LabelTable of(Object... codeThenLabels) {
        if (codeThenLabels.length % 2 != 0) throw new IllegalArgumentException("pairs of language code and labels expected");
        Map<Language, List<String>> folded = new LinkedHashMap<>();
        Map<String, Integer> languagesPerLabel = new HashMap<>();
        for (int i = 0; i < codeThenLabels.length; i += 2) {
            Language language = Language.of((String) codeThenLabels[i]);
            if (!language.isKnown()) throw new IllegalArgumentException("labels belong to a language: " + language);
            List<String> f = new ArrayList<>();
            for (Object label : (List<?>) codeThenLabels[i + 1]) {
                String k = fold((String) label);
                if (k.isBlank()) throw new IllegalArgumentException("an empty label for " + language);
                if (!f.contains(k)) {
                    f.add(k);
                    languagesPerLabel.merge(k, 1, Integer::sum);
                }
            }
            if (folded.put(language, f) != null) throw new IllegalArgumentException("two entries for " + language);
        }
        Map<Language, List<String>> distinctive = new LinkedHashMap<>();
        folded.forEach((language, f) -> distinctive.put(language,
                f.stream().filter(k -> languagesPerLabel.get(k) == 1).toList()));
        return new LabelTable(Map.copyOf(distinctive));
    }

    /** The language whose labels the capture prints most; {@link Language#UNKNOWN} when none or a tie. */
    public Language language(Capture c) {
        return language(c.lines());
    }

    /** The language of these lines (the first {@link #LINES_LOOKED_AT}). */
    public Language language(List<String> lines) {
        return language(lines, LINES_LOOKED_AT);
    }

    /** The language of all these lines, for an output whose labels may come late (an HTML page after its styles). */
    public Language languageAnywhere(List<String> lines) {
        return language(lines, Integer.MAX_VALUE);
    }

    private Language language(List<String> lines, int limit) {
        Map<Language, Integer> found = new HashMap<>();
        int n = Math.min(lines.size(), limit);
        List<String> folded = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            folded.add(fold(lines.get(i)));
        }
        labels.forEach((language, ls) -> {
            int count = 0;
            for (String label : ls) {
                for (String line : folded) {
                    if (line.contains(label)) {
                        count++;
                        break;
                    }
                }
            }
            if (count > 0) found.put(language, count);
        });
        int best = found.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<Language> winners = found.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey).toList();
        return winners.size() == 1 ? winners.get(0) : Language.UNKNOWN;
    }

    /** Lower case, no accents, words separated by one space and the whole padded with spaces: " abhoren ". */
    static String fold(String s) {
        String n = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        return " " + NOT_WORD.matcher(n).replaceAll(" ").strip() + " ";
    }
}
