package io.rdpdoctor.scenario;

import io.rdpdoctor.diagnosis.CatalogueTexts;
import io.rdpdoctor.diagnosis.Report;
import io.rdpdoctor.engine.RuleBase;
import io.rdpdoctor.factfile.InputException;
import io.rdpdoctor.knowledge.DiagnosisDef;
import io.rdpdoctor.knowledge.FixStep;
import io.rdpdoctor.knowledge.Kind;
import io.rdpdoctor.knowledge.QuestionDef;
import io.rdpdoctor.knowledge.QuotingContract;
import io.rdpdoctor.knowledge.Templates;
import io.rdpdoctor.knowledge.ValueTypes;
import io.rdpdoctor.knowledge.Verify;
import io.rdpdoctor.report.Renderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The contract every rules directory must meet, run by {@code mvn verify} on the bundled rules
 * (RuleContractTest) and by {@code rdp-doctor test-rules DIR} on an author's: each diagnosis has
 * its metadata, a rule that concludes it, a scenario where it fires and a near miss where it stays
 * silent; fixes work on a Windows in any language, risky steps warn and hard-to-undo ones have a
 * backup and an undo, a cause ends with a verification; every value a command takes from the host
 * is quoted for its shell ({@link QuotingContract}); and no text of an entry ever shows an
 * unfilled placeholder, whatever value is missing, in any output format. Each problem names the
 * catalogue file and line and says what to change. "X explains Y" is said in the catalogue, never
 * by a hand list of finding ids in a DRL rule ({@link HandListedExplanations}).
 */
public final class RuleContract {

    /** One broken promise: where, and what to change. */
    public record Problem(String file, int line, String message) {
        @Override
        public String toString() {
            return (file == null ? "" : file + (line > 0 ? ":" + line : "") + ": ") + message;
        }
    }

    /**
     * Names Windows translates. A command that names them breaks on a German or Dutch server: use
     * the group's resource id (@FirewallAPI.dll,-28752), SIDs (*S-1-5-32-555) and service names.
     */
    public static final List<Pattern> LOCALIZED = Stream.of(
            "-DisplayGroup", "-DisplayName\\s+['\"]?Remote Desktop", "name=\"?Remote Desktop", "group=\"?Remote Desktop",
            "localgroup\\s+\"?(Administrators|Remote Desktop Users|Users)\\b", "Remote Desktop Users", "BUILTIN\\\\",
            "\\bEveryone\\b", "NETWORK SERVICE", "\\bJeder\\b", "Iedereen", "Administratoren", "Remotedesktopbenutzer",
            "Tout le monde", "\\bTodos\\b", "VORDEFINIERT", "INGEBOUWD",
            "net (start|stop) \"Remote Desktop", "Get-Service -DisplayName", "Message -match")
            .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE)).toList();

    /** Steps that lower security, drop sessions or are hard to undo: they need a warning. */
    public static final List<Pattern> RISKY = Stream.of(
            "UserAuthentication\\D{1,40}\\b0\\b", "SetUserAuthenticationRequired\\(0\\)", "AllowEncryptionOracle\\D{1,40}\\b2\\b",
            "SecurityLayer\\D{1,40}\\b0\\b", "state off", "-Enabled\\s+False", "Remove-Item\\b.*RDP-Tcp", "reg delete\\b.*RDP-Tcp",
            "Restart-Service\\s+(-Name\\s+)?TermService", "net stop TermService", "icacls\\b.*MachineKeys.*(/grant|/reset|/setowner|/restore)",
            "winsock reset", "int ip reset", "\\blogoff\\b", "Stop-Process", "Uninstall-WindowsFeature", "GracePeriod")
            .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE)).toList();

    /** Of those, the ones that change configuration: they need a backup before and an undo after. */
    public static final List<Pattern> HARD_TO_UNDO = Stream.of(
            "UserAuthentication\\D{1,40}\\b0\\b", "AllowEncryptionOracle\\D{1,40}\\b2\\b", "SecurityLayer\\D{1,40}\\b0\\b",
            "state off", "-Enabled\\s+False", "Remove-Item\\b.*RDP-Tcp", "reg delete\\b.*RDP-Tcp",
            "icacls\\b.*MachineKeys.*(/grant|/reset|/setowner|/restore)", "winsock reset", "int ip reset", "GracePeriod")
            .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE)).toList();

    /** The output formats a report is rendered in; the placeholder contract renders each. */
    public static final List<String> FORMATS = List.of("text", "json", "markdown", "html");

    /** Where the placeholder syntax is explained, for the messages. */
    static final String DOC = "docs/writing-rules.md, \"Placeholders in prose\"";

    private final RuleBase rules;
    private final Path dir;
    private final Map<String, String> textCache = new HashMap<>();

    private RuleContract(RuleBase rules, Path dir) {
        this.rules = rules;
        this.dir = dir.toAbsolutePath().normalize();
    }

    /** Every problem of the catalogue entries and scenarios under dir (the rule base holds dir's rules, and may hold others). */
    public static List<Problem> check(RuleBase rules, Path dir) throws IOException {
        return new RuleContract(rules, dir).check();
    }

    private boolean ours(String id) {
        String f = rules.catalogue().fileOf(id);
        return f != null && Path.of(f).toAbsolutePath().normalize().startsWith(dir);
    }

    private List<Problem> check() throws IOException {
        List<Problem> problems = new ArrayList<>();
        List<DiagnosisDef> diagnoses = rules.catalogue().diagnoses().stream().filter(d -> ours(d.id())).toList();
        List<QuestionDef> questions = rules.catalogue().questions().stream().filter(q -> ours(q.id())).toList();
        Set<String> concluded = concluded();
        Set<String> fires = new HashSet<>();
        Set<String> silent = new HashSet<>();
        for (Path f : ScenarioRunner.scenarioFiles(dir)) {
            try {
                for (Scenario s : ScenarioRunner.read(f)) {
                    if (s.todo() != null) continue;
                    s.expect().forEach(e -> fires.add(e.id()));
                    silent.addAll(s.absent());
                }
            } catch (InputException e) {
                problems.add(new Problem(null, 0, e.getMessage()));
            }
        }
        for (DiagnosisDef d : diagnoses) {
            metadata(d, concluded, fires, silent, problems);
            fixes(d, problems);
            placeholders(d, problems);
        }
        for (QuestionDef q : questions) {
            localized(q.id(), q.id(), new String[] {q.powershell(), q.cmd()}, problems);
            placeholders(q, problems);
        }
        problems.addAll(HandListedExplanations.check(dir));
        problems.addAll(CopiedFunctions.check(dir));
        QuotingContract quoting = new QuotingContract(rules.catalogue(), this::ours);
        for (QuotingContract.Problem p : quoting.benignProblems()) problems.add(at(p.id(), null, p.message()));
        // one problem per command and placeholder, however many hostile values break it
        Map<String, QuotingContract.Problem> first = new LinkedHashMap<>();
        Map<String, Integer> count = new HashMap<>();
        for (QuotingContract.Problem p : quoting.hostileProblems()) {
            String key = p.message().substring(0, Math.max(0, p.message().indexOf(" = ")));
            first.putIfAbsent(key, p);
            count.merge(key, 1, Integer::sum);
        }
        first.forEach((key, p) -> problems.add(at(p.id(), null, p.message()
                + (count.get(key) > 1 ? "; " + (count.get(key) - 1) + " more hostile values break it too" : ""))));
        return problems;
    }

    private Set<String> concluded() {
        Set<String> concluded = new HashSet<>();
        for (KiePackage p : rules.kieBase().getKiePackages()) {
            for (Rule r : p.getRules()) {
                Object id = r.getMetaData().get(RuleBase.CONCLUDES);
                if (id != null) concluded.add(String.valueOf(id));
            }
        }
        return concluded;
    }

    private void metadata(DiagnosisDef d, Set<String> concluded, Set<String> fires, Set<String> silent, List<Problem> problems) {
        String id = d.id();
        if (d.sources().isEmpty()) problems.add(at(id, "sources:", id + ": no sources; cite where this knowledge comes from (sources:)"));
        if (d.verify() == null) problems.add(at(id, null, id + ": no verify step (verify: a command and what healthy output looks like)"));
        if (d.kind() == Kind.CAUSE && d.fix().isEmpty()) problems.add(at(id, null, id + ": a cause without a fix (fix: at least one step)"));
        if (!id.matches("[A-Z0-9]+(-[A-Z0-9]+)*")) problems.add(at(id, null, id + ": the id is not UPPER-KEBAB-CASE"));
        if (!concluded.contains(id)) problems.add(at(id, null, id + ": no DRL rule concludes it (@concludes(\"" + id + "\"))"));
        if (!fires.contains(id)) problems.add(at(id, null, id + ": no scenario where it fires (a scenario with expect: [{id: " + id + "}])"));
        if (!silent.contains(id)) problems.add(at(id, null, id + ": no near-miss scenario where it stays silent (a scenario with absent: [" + id + "])"));
    }

    private void fixes(DiagnosisDef d, List<Problem> problems) {
        for (FixStep s : d.fix()) {
            localized(d.id(), s.step(), new String[] {s.powershell(), s.cmd(), s.command(), s.backup(), s.undo()}, problems);
            String text = String.join("\n", nonNull(s.powershell(), s.cmd(), s.command()));
            String risky = firstMatch(RISKY, text);
            if (risky != null && s.warning() == null) {
                problems.add(at(d.id(), s.step(), d.id() + " / " + s.step() + ": '" + risky + "' without a warning (warning: what can go wrong)"));
            }
            String hard = firstMatch(HARD_TO_UNDO, text);
            if (hard != null && (s.backup() == null || s.undo() == null)) {
                problems.add(at(d.id(), s.step(), d.id() + " / " + s.step() + ": '" + hard + "' without a backup and an undo (backup:, undo:)"));
            }
        }
        Verify v = d.verify();
        if (v != null) {
            localized(d.id(), "verify", new String[] {v.powershell(), v.cmd(), v.command()}, problems);
            if (d.kind() == Kind.CAUSE) {
                if (v.powershell() == null && v.cmd() == null && v.command() == null) {
                    problems.add(at(d.id(), "verify:", d.id() + ": no verification command (verify: powershell:, cmd: or command:)"));
                } else if (v.expect() == null || v.expect().isBlank()) {
                    problems.add(at(d.id(), "verify:", d.id() + ": the verification does not say what healthy output looks like (verify: expect:)"));
                }
            }
        }
    }

    private void localized(String id, String where, String[] commands, List<Problem> problems) {
        for (String c : commands) {
            String hit = c == null ? null : firstMatch(LOCALIZED, c);
            if (hit != null) {
                problems.add(at(id, hit, id + ": '" + hit + "' is translated on a Windows in another language; use the service name, "
                        + "a SID (*S-1-5-32-555) or the firewall group id (@FirewallAPI.dll,-28752) in: " + c));
            }
        }
    }

    /** The first match of any of the patterns in the text, or null. */
    public static String firstMatch(List<Pattern> patterns, String text) {
        for (Pattern p : patterns) {
            Matcher m = p.matcher(text);
            if (m.find()) return m.group();
        }
        return null;
    }

    private static List<String> nonNull(String... xs) {
        List<String> out = new ArrayList<>();
        for (String x : xs) if (x != null) out.add(x);
        return out;
    }

    // ---------------------------------------------------------------- placeholders

    /** The prose texts of a diagnosis, by where they stand. */
    private static Map<String, String> prose(DiagnosisDef d) {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("title", d.title());
        t.put("explanation", d.explanation());
        for (int i = 0; i < d.fix().size(); i++) {
            FixStep s = d.fix().get(i);
            t.put("fix " + (i + 1) + " step", s.step());
            if (s.warning() != null) t.put("fix " + (i + 1) + " warning", s.warning());
        }
        if (d.verify() != null && d.verify().expect() != null) t.put("verify expect", d.verify().expect());
        return t;
    }

    private static Map<String, String> prose(QuestionDef q) {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("ask", q.ask());
        for (int i = 0; i < q.outcomes().size(); i++) {
            t.put("outcome " + (i + 1) + " result", q.outcomes().get(i).result());
            t.put("outcome " + (i + 1) + " means", q.outcomes().get(i).means());
        }
        return t;
    }

    /** Every placeholder of an entry's texts and commands. */
    private static Set<String> names(Map<String, String> prose, String... commands) {
        Set<String> names = new TreeSet<>();
        prose.values().forEach(t -> names.addAll(Templates.placeholders(t)));
        for (String c : commands) names.addAll(Templates.placeholders(c));
        return names;
    }

    private static Map<String, String> benign(Set<String> names) {
        Map<String, String> v = new HashMap<>();
        int i = 1;
        for (String n : names) {
            String typed = ValueTypes.example(n);
            v.put(n, typed != null ? typed : "Value" + i++ + "x");
        }
        return v;
    }

    private void placeholders(DiagnosisDef d, List<Problem> problems) {
        Map<String, String> prose = prose(d);
        List<String> commands = new ArrayList<>();
        d.fix().forEach(s -> commands.addAll(nonNull(s.powershell(), s.cmd(), s.command(), s.backup(), s.undo())));
        if (d.verify() != null) commands.addAll(nonNull(d.verify().powershell(), d.verify().cmd(), d.verify().command()));
        Set<String> names = names(prose, commands.toArray(String[]::new));
        if (!unguarded(d.id(), prose, problems)) {
            return;
        }
        Map<String, String> all = benign(names);
        for (Set<String> missing : missingSets(names)) {
            Map<String, String> v = new HashMap<>(all);
            missing.forEach(v::remove);
            gaps(d.id(), prose, all, v, missing, problems);
            Report.Diagnosis diag = CatalogueTexts.diagnosis(d, v);
            Report report = new Report(Report.SCHEMA, "contract", "HOST", List.of(diag), List.of(), List.of(),
                    List.of(CatalogueTexts.ruledOut(d)), List.of(), List.of());
            leftovers(d.id(), report, names, missing, String.join("\n", prose.values()) + String.join("\n", commands), problems);
        }
    }

    private void placeholders(QuestionDef q, List<Problem> problems) {
        Map<String, String> prose = prose(q);
        Set<String> names = names(prose, nonNull(q.powershell(), q.cmd()).toArray(String[]::new));
        if (!unguarded(q.id(), prose, problems)) {
            return;
        }
        Map<String, String> all = benign(names);
        for (Set<String> missing : missingSets(names)) {
            Map<String, String> v = new HashMap<>(all);
            missing.forEach(v::remove);
            gaps(q.id(), prose, all, v, missing, problems);
            Report report = new Report(Report.SCHEMA, "contract", "HOST", List.of(), List.of(), List.of(CatalogueTexts.question(q, v)),
                    List.of(), List.of(), List.of());
            leftovers(q.id(), report, names, missing, String.join("\n", prose.values()) + String.join("\n", nonNull(q.powershell(), q.cmd())), problems);
        }
    }

    /** Each value missing on its own, and all at once. */
    private static List<Set<String>> missingSets(Set<String> names) {
        List<Set<String>> sets = new ArrayList<>();
        names.forEach(n -> sets.add(Set.of(n)));
        if (names.size() > 1) sets.add(new TreeSet<>(names));
        return sets;
    }

    /** False (and a problem per placeholder) when a prose placeholder stands outside every optional fragment. */
    private boolean unguarded(String id, Map<String, String> prose, List<Problem> problems) {
        boolean ok = true;
        for (Map.Entry<String, String> t : prose.entrySet()) {
            // Brackets without a placeholder inside are plain text (Templates), so in prose they are a
            // fragment written without its value: "CALs[ this deployment needs]" printed as it stands.
            String everything = oneLine(Templates.fill(t.getValue(), Map.of()));
            if (everything.indexOf('[') >= 0 || everything.indexOf(']') >= 0) {
                ok = false;
                problems.add(at(id, null, id + " " + t.getKey() + ": reads \"" + everything + "\": brackets without a {placeholder} "
                        + "inside are printed as they stand. A fragment needs its value ([TCP {port}]); otherwise write the words "
                        + "without brackets (" + DOC + ")"));
            }
            for (String name : Templates.unguarded(t.getValue())) {
                ok = false;
                problems.add(at(id, "{" + name + "}", id + " " + t.getKey() + ": {" + name + "} stands outside an optional fragment, so with "
                        + name + " unknown the text would read \"" + oneLine(Templates.fill(t.getValue(), Map.of())) + "\". Put {" + name
                        + "} and the words that need it in brackets: [TCP {port}] is left out when port is unknown, "
                        + "[TCP {port}|the RDP port] says \"the RDP port\" instead (" + DOC + ")"));
            }
        }
        return ok;
    }

    /** Words run together or punctuation left alone where a fragment was dropped ("TCP  is", "( )", " ,"). */
    private static final List<String> GAPS = List.of("  ", " ,", " .", " )", "( ", "()", " :", " ;", "[]", "''", "\"\"");

    private void gaps(String id, Map<String, String> prose, Map<String, String> all, Map<String, String> v, Set<String> missing,
                      List<Problem> problems) {
        for (Map.Entry<String, String> t : prose.entrySet()) {
            String full = oneLine(Templates.fill(t.getValue(), all));
            String without = oneLine(Templates.fill(t.getValue(), v));
            for (String gap : GAPS) {
                if (without.contains(gap) && !full.contains(gap) || without.startsWith(" ") || without.endsWith(" ")) {
                    problems.add(at(id, null, id + " " + t.getKey() + ": with " + String.join(", ", missing) + " unknown it reads \""
                            + without + "\": a gap is left. Put the space or punctuation next to the value inside the brackets, "
                            + "e.g. \"did not start[ (start type {startType})]\" (" + DOC + ")"));
                    break;
                }
            }
        }
    }

    /** An unfilled placeholder in any rendering of the report (HTML and JSON escape it their own way). */
    private void leftovers(String id, Report report, Set<String> names, Set<String> missing, String literal, List<Problem> problems) {
        Map<String, List<String>> seen = new LinkedHashMap<>();
        for (String format : FORMATS) {
            StringWriter out = new StringWriter();
            Renderer.forFormat(format).render(report, new PrintWriter(out));
            // HTML's own tags (<code>) are not text: only escaped angle brackets are
            String s = format.equals("html") ? out.toString().replace("&lt;", "\u0000").replace("&gt;", "\u0001")
                    .replace("<", "").replace(">", "").replace("\u0000", "<").replace("\u0001", ">")
                    : out.toString().replace("\\u003c", "<").replace("\\u003C", "<").replace("\\u003e", ">").replace("\\u003E", ">");
            for (String n : names) {
                for (String leftover : List.of("<" + n + ">", "{" + n + "}")) {
                    // a literal <rule> the catalogue writes for the reader to fill in (an Azure rule name) is not a leftover
                    if (s.contains(leftover) && !literal.contains(leftover)) seen.computeIfAbsent(leftover, k -> new ArrayList<>()).add(format);
                }
            }
            if (s.contains(Templates.UNKNOWN)) seen.computeIfAbsent("\"" + Templates.UNKNOWN + "\"", k -> new ArrayList<>()).add(format);
        }
        seen.forEach((leftover, formats) -> problems.add(at(id, null, id + ": with " + String.join(", ", missing) + " unknown, the "
                + String.join(", ", formats) + " report shows " + leftover + "; every text must read well without its values, "
                + "and a command that needs an unknown value is left out (" + DOC + ")")));
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.strip().replace('\n', ' ');
    }

    // ---------------------------------------------------------------- where

    private Problem at(String id, String near, String message) {
        String file = rules.catalogue().fileOf(id);
        return new Problem(file, lineOf(file, id, near), message);
    }

    /** The line of the entry id in its catalogue file, or of the first line after it that holds near. */
    private int lineOf(String file, String id, String near) {
        if (file == null) return 0;
        String text = textCache.computeIfAbsent(file, f -> {
            try {
                return Files.readString(Path.of(f));
            } catch (IOException e) {
                return "";
            }
        });
        String[] lines = text.split("\n", -1);
        int start = -1;
        Pattern idLine = Pattern.compile("^\\s*-?\\s*id:\\s*['\"]?" + Pattern.quote(id) + "['\"]?\\s*(#.*)?$");
        for (int i = 0; i < lines.length; i++) {
            if (idLine.matcher(lines[i]).matches()) {
                start = i;
                break;
            }
        }
        if (start < 0) return 0;
        if (near != null) {
            String probe = near.strip();
            probe = probe.substring(0, Math.min(40, probe.length()));
            for (int i = start; i < lines.length; i++) {
                if (i > start && lines[i].matches("^\\s*-\\s*id:.*")) break;
                if (lines[i].contains(probe)) return i + 1;
            }
        }
        return start + 1;
    }

    /** Sorted, without duplicates (a problem found in several formats or fragments is one problem). */
    public static List<Problem> distinct(List<Problem> problems) {
        return List.copyOf(new LinkedHashSet<>(problems));
    }
}
