package io.rdpdoctor.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Part of the rule contract: logic the rules share is a Java helper (under {@code derived/} or on a
 * fact) or a derived fact, never a DRL {@code function} copied between files. Three copies of "the
 * user name without its domain" had drifted apart (one kept the case, one upper-cased it, one treated
 * "@x" differently) before they became {@code derived.Users}. A function whose body, spaces aside, is
 * already in another file, or whose name another file defines, is a problem at its line.
 */
final class CopiedFunctions {

    /** {@code function <type> <name>(...) {}: the name, and the body up to the closing brace at the start of a line. */
    private static final Pattern FUNCTION = Pattern.compile("(?m)^function\\s+[\\w.<>\\[\\], ]+?\\s+(\\w+)\\s*\\(([^)]*)\\)\\s*\\{(.*?)^\\}",
            Pattern.DOTALL);

    static final String FIX = "make it one Java helper (src/main/java/io/rdpdoctor/derived/, or a method of the fact) "
            + "or one derived fact, and call that from both files (docs/writing-rules.md)";

    private CopiedFunctions() {
    }

    /** The problems of every *.drl file under dir. */
    static List<RuleContract.Problem> check(Path dir) throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path f : walk.filter(p -> p.getFileName().toString().endsWith(".drl")).sorted().toList()) {
                texts.put(HandListedExplanations.display(f), Files.readString(f));
            }
        }
        return check(texts);
    }

    /** The problems of DRL texts by file name: each function after the first one of its name or body. */
    static List<RuleContract.Problem> check(Map<String, String> drlByFile) {
        Map<String, String> nameFirstIn = new LinkedHashMap<>();
        Map<String, String> bodyFirstIn = new LinkedHashMap<>();
        List<RuleContract.Problem> problems = new ArrayList<>();
        for (Map.Entry<String, String> e : drlByFile.entrySet()) {
            String code = HandListedExplanations.withoutComments(e.getValue());
            Matcher m = FUNCTION.matcher(code);
            while (m.find()) {
                String name = m.group(1);
                String body = m.group(3).replaceAll("\\s+", "");
                int line = (int) code.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
                String where = e.getKey() + " (" + name + ")";
                String sameName = nameFirstIn.putIfAbsent(name, where);
                String sameBody = body.isEmpty() ? null : bodyFirstIn.putIfAbsent(body, where);
                if (sameName != null && !sameName.startsWith(e.getKey() + " ")) {
                    problems.add(new RuleContract.Problem(e.getKey(), line, "function " + name + " is also defined in " + sameName + ": " + FIX));
                } else if (sameBody != null && !sameBody.startsWith(e.getKey() + " ")) {
                    problems.add(new RuleContract.Problem(e.getKey(), line, "function " + name + " copies " + sameBody + ": " + FIX));
                }
            }
        }
        return problems;
    }
}
