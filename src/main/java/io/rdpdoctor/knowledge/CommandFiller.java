package io.rdpdoctor.knowledge;

import io.rdpdoctor.knowledge.ShellQuoting.Shell;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills the {name} placeholders of one catalogue command for the shell it is pasted into: it
 * finds where each placeholder sits in the template (inside PowerShell's {@code '...'} or
 * {@code "..."}, inside cmd's {@code "..."}, a whole bare argument, or part of a longer word) and
 * writes the value as {@link ShellQuoting} says. When one value cannot be written safely the
 * command is withheld: {@link Filled#command()} is null and {@link Filled#withheld()} names the
 * values and why.
 *
 * <p>Template writers: put a free-text value in {@code '{name}'} in PowerShell and in
 * {@code "{name}"} in cmd (docs/writing-rules.md); here-strings and {@code $(...)} inside
 * double-quoted strings are not understood, so do not put placeholders there.
 */
public final class CommandFiller {

    private CommandFiller() {
    }

    /** A value from the host that was not written into the command, and why. */
    public record Rejected(String name, String value, String problem) {
    }

    /**
     * @param command   the command, every value written for its shell; null when withheld
     * @param template  when withheld: the command with {@code <name>} where each rejected value
     *                  goes (the other values filled); null otherwise
     * @param withheld  the rejected values, one per placeholder name, in order of appearance
     * @param missing   the placeholders that had no value (shown as {@code <name>} in command or template)
     */
    public record Filled(String command, String template, List<Rejected> withheld, List<String> missing) {
        public Filled {
            missing = List.copyOf(missing);
        }

        public boolean isWithheld() {
            return command == null && template != null;
        }

        /**
         * A value of the command is unknown, so it cannot be run as it stands: a report leaves such a
         * command out (never prints {@code <name>}); the step's prose says what to do without it.
         */
        public boolean incomplete() {
            return !missing.isEmpty();
        }
    }

    /** Where a placeholder sits, for PowerShell. */
    enum PsContext { BARE, SINGLE, DOUBLE, COMMENT }

    /** Where a placeholder sits, for cmd. */
    enum CmdContext { BARE, QUOTED }

    /** One placeholder of a template. */
    record Slot(int open, int close, String name, PsContext ps, CmdContext cmd, boolean psWhole, boolean cmdWhole, char after) {
    }

    /** The placeholders of each template, worked out once (templates are catalogue texts: a bounded set; a report fills many). */
    private static final java.util.concurrent.ConcurrentHashMap<String, List<Slot>> SLOTS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Fills the template (null gives null) for the field's shell. */
    public static Filled fill(String field, String template, Map<String, String> values) {
        return fill(Shell.of(field, template), template, values);
    }

    public static Filled fill(Shell shell, String template, Map<String, String> values) {
        if (template == null) {
            return null;
        }
        List<Slot> slots = SLOTS.computeIfAbsent(template, t -> List.copyOf(slots(t)));
        Map<String, Rejected> rejected = new LinkedHashMap<>();
        List<String> written = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Slot s : slots) {
            String v = values.get(s.name());
            if (v == null) {
                written.add("<" + s.name() + ">");
                if (!missing.contains(s.name())) missing.add(s.name());
                continue;
            }
            String problem = ShellQuoting.generalProblem(s.name(), v);
            String text = null;
            if (problem == null) {
                Outcome o = write(shell, s, v);
                text = o.text();
                problem = o.problem();
            }
            if (problem != null) {
                rejected.putIfAbsent(s.name(), new Rejected(s.name(), v, problem));
            }
            written.add(text);
        }
        StringBuilder out = new StringBuilder(template.length() + 32);
        int done = 0;
        for (int i = 0; i < slots.size(); i++) {
            Slot s = slots.get(i);
            out.append(template, done, s.open())
                    .append(rejected.containsKey(s.name()) ? "<" + s.name() + ">" : written.get(i));
            done = s.close() + 1;
        }
        out.append(template, done, template.length());
        return rejected.isEmpty() ? new Filled(out.toString(), null, List.of(), missing)
                : new Filled(null, out.toString(), List.copyOf(rejected.values()), missing);
    }

    private record Outcome(String text, String problem) {
        static Outcome ok(String text) {
            return new Outcome(text, null);
        }

        static Outcome no(String problem) {
            return new Outcome(null, problem);
        }
    }

    private static Outcome write(Shell shell, Slot s, String v) {
        return switch (shell) {
            case POWERSHELL -> powershell(s, v);
            case CMD -> cmd(s, v);
            case ANY -> ShellQuoting.isPlainWord(v, Shell.ANY) && !(s.cmdWhole() && ShellQuoting.looksLikeOption(v)) ? Outcome.ok(v)
                    : Outcome.no("is not a plain word (letters, digits, . _ : -), the only kind of value put into another tool's command");
            case BOTH -> both(s, v);
        };
    }

    private static Outcome powershell(Slot s, String v) {
        return switch (s.ps()) {
            case SINGLE -> Outcome.ok(ShellQuoting.psSingleQuoted(v));
            case DOUBLE -> Outcome.ok(ShellQuoting.psDoubleQuoted(v));
            case COMMENT -> Outcome.ok(v);
            case BARE -> {
                if (s.psWhole() && ShellQuoting.looksLikeOption(v)) {
                    yield Outcome.no("starts with " + v.charAt(0) + ", so the command would take it for a parameter");
                }
                if (ShellQuoting.isPlainWord(v, Shell.POWERSHELL)) {
                    yield Outcome.ok(v);
                }
                yield s.psWhole() ? Outcome.ok("'" + ShellQuoting.psSingleQuoted(v) + "'")
                        : Outcome.no("is not a plain word (letters, digits, . _ : - \\ /) and stands inside a longer word of the PowerShell command");
            }
        };
    }

    private static Outcome cmd(Slot s, String v) {
        if (s.cmd() == CmdContext.QUOTED) {
            String p = ShellQuoting.cmdQuotedProblem(v);
            if (p != null) return Outcome.no(p);
            if (v.endsWith("\\") && s.after() == '"') return Outcome.no("ends with \\ before a closing quote, which a program reads as a quote");
            return Outcome.ok(v);
        }
        if (s.cmdWhole() && ShellQuoting.looksLikeOption(v)) {
            return Outcome.no("starts with " + v.charAt(0) + ", so the command would take it for an option");
        }
        if (ShellQuoting.isPlainWord(v, Shell.CMD)) {
            return Outcome.ok(v);
        }
        if (!s.cmdWhole()) {
            return Outcome.no("is not a plain word (letters, digits, . _ : - \\ / , @ +) and stands inside a longer word of the cmd command");
        }
        String p = ShellQuoting.cmdQuotedProblem(v);
        if (p != null) return Outcome.no(p);
        if (v.endsWith("\\")) return Outcome.no("ends with \\ before a closing quote, which a program reads as a quote");
        return Outcome.ok('"' + v + '"');
    }

    /** The same text must work in PowerShell and in cmd. */
    private static Outcome both(Slot s, String v) {
        Outcome ps = powershell(s, v);
        if (ps.problem() != null) return ps;
        Outcome cmd = cmd(s, v);
        if (cmd.problem() != null) return cmd;
        if (ps.text().equals(cmd.text())) return ps;
        if (s.ps() == PsContext.BARE && s.psWhole() && s.cmd() == CmdContext.BARE && s.cmdWhole()
                && ShellQuoting.psDoubleQuoted(v).equals(v) && ShellQuoting.cmdQuotedProblem(v) == null && !v.endsWith("\\")) {
            return Outcome.ok('"' + v + '"');
        }
        return Outcome.no("cannot be written the same way for PowerShell and for cmd (it holds $ ` “ ” „ or a quote)");
    }

    /** The placeholders of a template, each with where it sits. */
    static List<Slot> slots(String t) {
        int n = t.length();
        PsContext[] ps = psContexts(t);
        CmdContext[] cmd = cmdContexts(t);
        List<Slot> slots = new ArrayList<>();
        for (int i = t.indexOf('{'); i >= 0; ) {
            int close = Templates.placeholderEnd(t, i);
            if (close < 0) {
                i = t.indexOf('{', i + 1);
                continue;
            }
            char before = i == 0 ? ' ' : t.charAt(i - 1);
            char after = close + 1 >= n ? ' ' : t.charAt(close + 1);
            boolean psWhole = (Character.isWhitespace(before) || "(,;|{".indexOf(before) >= 0)
                    && (Character.isWhitespace(after) || "),;|}".indexOf(after) >= 0);
            boolean cmdWhole = Character.isWhitespace(before) && Character.isWhitespace(after);
            slots.add(new Slot(i, close, t.substring(i + 1, close), ps[i], cmd[i], psWhole, cmdWhole, close + 1 >= n ? 0 : after));
            i = t.indexOf('{', close + 1);
        }
        return slots;
    }

    /** For each index of the template, where PowerShell is there (placeholders count as plain text). */
    static PsContext[] psContexts(String t) {
        int n = t.length();
        PsContext[] at = new PsContext[n + 1];
        PsContext state = PsContext.BARE;
        int i = 0;
        while (i < n) {
            char c = t.charAt(i);
            at[i] = state;
            if (c == '{') {
                int close = Templates.placeholderEnd(t, i);
                if (close >= 0) {
                    for (int k = i; k <= close; k++) at[k] = state;
                    i = close + 1;
                    continue;
                }
            }
            switch (state) {
                case BARE -> {
                    if (c == '`' && i + 1 < n) {
                        at[++i] = state;
                    } else if (ShellQuoting.isPsSingleQuote(c)) {
                        state = PsContext.SINGLE;
                    } else if (ShellQuoting.isPsDoubleQuote(c)) {
                        state = PsContext.DOUBLE;
                    } else if (c == '#' && (i == 0 || Character.isWhitespace(t.charAt(i - 1)) || ";|(){},".indexOf(t.charAt(i - 1)) >= 0)) {
                        state = PsContext.COMMENT;
                    }
                }
                case SINGLE -> {
                    if (ShellQuoting.isPsSingleQuote(c)) {
                        if (i + 1 < n && ShellQuoting.isPsSingleQuote(t.charAt(i + 1))) {
                            at[++i] = state;
                        } else {
                            state = PsContext.BARE;
                        }
                    }
                }
                case DOUBLE -> {
                    if (c == '`' && i + 1 < n) {
                        at[++i] = state;
                    } else if (ShellQuoting.isPsDoubleQuote(c)) {
                        if (i + 1 < n && ShellQuoting.isPsDoubleQuote(t.charAt(i + 1))) {
                            at[++i] = state;
                        } else {
                            state = PsContext.BARE;
                        }
                    }
                }
                case COMMENT -> {
                    if (c == '\n' || c == '\r') state = PsContext.BARE;
                }
            }
            i++;
        }
        at[n] = state;
        return at;
    }

    /** For each index of the template, whether cmd is inside "..." there. */
    static CmdContext[] cmdContexts(String t) {
        int n = t.length();
        CmdContext[] at = new CmdContext[n + 1];
        CmdContext state = CmdContext.BARE;
        int i = 0;
        while (i < n) {
            char c = t.charAt(i);
            at[i] = state;
            if (c == '{') {
                int close = Templates.placeholderEnd(t, i);
                if (close >= 0) {
                    for (int k = i; k <= close; k++) at[k] = state;
                    i = close + 1;
                    continue;
                }
            }
            if (c == '"') {
                state = state == CmdContext.BARE ? CmdContext.QUOTED : CmdContext.BARE;
            } else if (c == '^' && state == CmdContext.BARE && i + 1 < n) {
                at[++i] = state;
            }
            i++;
        }
        at[n] = state;
        return at;
    }
}
