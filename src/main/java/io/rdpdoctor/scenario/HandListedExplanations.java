package io.rdpdoctor.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Part of the rule contract: "X explains Y" lives in the catalogue only. A DRL pattern such as
 * {@code not Finding(certainty == CONFIRMED, id in ("CERT-BROKEN", "PORT-CONFLICT"))} decides by
 * hand which findings suppress a rule, beside the catalogue that ranks them, and nobody adding a
 * cause knows to extend it. Any negative pattern over findings that names an id (a string literal:
 * {@code id in (...)}, {@code id == "X"}, {@code !id.startsWith("SEC-")}) is a problem; the rule
 * says {@code not Explained(id == "Y")} and the catalogue says who explains Y.
 */
final class HandListedExplanations {

    /** {@code not Finding(}, {@code not exists Finding(}, {@code not ($f : Finding(} and the like. */
    private static final Pattern NEGATED_FINDING = Pattern.compile(
            "\\bnot\\s*(?:exists\\s*)?\\(?\\s*(?:\\$\\w+\\s*:\\s*)?(?:[\\w.]+\\.)?(?:Finding|Diagnosis)\\s*\\(");
    private static final Pattern LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");

    static final String FIX = "say \"X explains Y\" in the catalogue (a diagnosis's explains: or triggers:, a message's "
            + "hypotheses or explainedBy:, a question's settledBy:) and write not Explained(id == \"Y\") in the rule "
            + "(docs/writing-rules.md, \"X explains Y\")";

    private HandListedExplanations() {
    }

    /** The problems of every *.drl file under dir. */
    static List<RuleContract.Problem> check(Path dir) throws IOException {
        List<RuleContract.Problem> problems = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".drl")).sorted().toList();
        }
        for (Path f : files) {
            problems.addAll(check(display(f), Files.readString(f)));
        }
        return problems;
    }

    /** The problems of one DRL text: each negative pattern over findings that names ids, by file and line. */
    static List<RuleContract.Problem> check(String file, String drl) {
        String code = withoutComments(drl);
        List<RuleContract.Problem> problems = new ArrayList<>();
        Matcher m = NEGATED_FINDING.matcher(code);
        while (m.find()) {
            String pattern = code.substring(m.end(), closingParen(code, m.end() - 1));
            List<String> ids = LITERAL.matcher(pattern).results().map(r -> r.group()).toList();
            if (!ids.isEmpty()) {
                int line = (int) code.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
                problems.add(new RuleContract.Problem(file, line, "a negative pattern on findings names ids by hand ("
                        + String.join(", ", ids) + "): " + FIX));
            }
        }
        return problems;
    }

    /** The index of the parenthesis that closes the one at open (string literals skipped), or the end. */
    private static int closingParen(String code, int open) {
        int depth = 0;
        for (int i = open; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"') {
                i = skipString(code, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return code.length();
    }

    private static int skipString(String code, int quote) {
        for (int i = quote + 1; i < code.length(); i++) {
            if (code.charAt(i) == '\\') i++;
            else if (code.charAt(i) == '"') return i;
        }
        return code.length();
    }

    /** The text with // and block comments blanked (line breaks kept, so lines still count). */
    static String withoutComments(String drl) {
        StringBuilder out = new StringBuilder(drl);
        for (int i = 0; i < drl.length(); i++) {
            char c = drl.charAt(i);
            if (c == '"') {
                i = skipString(drl, i);
            } else if (drl.startsWith("//", i)) {
                while (i < drl.length() && drl.charAt(i) != '\n') out.setCharAt(i++, ' ');
            } else if (drl.startsWith("/*", i)) {
                int end = drl.indexOf("*/", i + 2);
                end = end < 0 ? drl.length() : end + 2;
                for (; i < end; i++) if (drl.charAt(i) != '\n') out.setCharAt(i, ' ');
                i--;
            }
        }
        return out.toString();
    }

    static String display(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }
}
