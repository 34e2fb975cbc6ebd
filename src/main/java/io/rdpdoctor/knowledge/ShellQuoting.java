package io.rdpdoctor.knowledge;

import java.util.regex.Pattern;

/**
 * How a value from the host is written into a command for the shell the command is pasted into
 * (docs/writing-rules.md, "Placeholders in commands"). Every rule is here; {@link CommandFiller}
 * finds where each placeholder sits and asks this class for the text, or for the reason why the
 * value cannot be written there safely.
 *
 * <ul>
 *   <li>PowerShell, inside {@code '...'}: {@code '} is doubled, and so are the typographic quotes
 *       ‘ ’ ‚ ‛ that PowerShell also takes for single quotes. Nothing else is special there.</li>
 *   <li>PowerShell, inside {@code "..."}: {@code `}, {@code $}, {@code "} and the typographic
 *       quotes “ ” „ get a backtick before them.</li>
 *   <li>PowerShell, bare: a plain word ({@link #isPlainWord}) as is; a whole argument that is not
 *       one becomes a single-quoted literal; inside a longer word it is refused.</li>
 *   <li>cmd, inside {@code "..."}: refused when the value holds {@code " % ^ & | < > !}; cmd
 *       cannot quote these reliably ({@code %VAR%} and {@code !VAR!} expand even inside quotes).</li>
 *   <li>cmd, bare: a plain word as is; a whole argument that is not one goes in {@code "..."} as above;
 *       inside a longer word it is refused.</li>
 *   <li>Another tool (gcloud, az, aws, mstsc; the shell is not known): a plain word only.</li>
 * </ul>
 * In every shell a value with a control character ({@link #hasControl}), longer than
 * {@link #MAX_LENGTH}, or not of its placeholder's type ({@link ValueTypes}) is refused; so is a
 * whole bare argument starting with {@code -} or {@code /}, which a program would take for an option.
 */
public final class ShellQuoting {

    private ShellQuoting() {
    }

    /** No name, address, path or id that a fix needs is this long; a longer value is not printed in a command. */
    public static final int MAX_LENGTH = 1024;

    /** The shell a command field is pasted into. */
    public enum Shell {
        POWERSHELL("PowerShell"),
        CMD("cmd"),
        /** backup and undo lines that run as they stand in either shell: a value must be written the same way for both. */
        BOTH("PowerShell or cmd"),
        /** another tool's command line (gcloud, az, aws, mstsc): the shell is not known. */
        ANY("another tool");

        private final String label;

        Shell(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        private static final Pattern CMDLET = Pattern.compile("(?<![\\w-])[A-Z][a-z]+-[A-Z][A-Za-z]+\\b");
        /** A PowerShell variable or subexpression: {@code $name}, {@code $_}, {@code $(...)}, {@code ${...}}. */
        private static final Pattern VARIABLE = Pattern.compile("\\$[A-Za-z_({]");

        /**
         * The shell of a catalogue field: {@code powershell} → PowerShell, {@code cmd} → cmd;
         * {@code backup} and {@code undo} → PowerShell when the text names a cmdlet (Verb-Noun) or a
         * {@code $variable}, cmd when it uses cmd's {@code &}, {@code &&}, {@code ||} or {@code %},
         * otherwise both; {@code command} → PowerShell when it names a cmdlet, otherwise another tool.
         */
        public static Shell of(String field, String text) {
            String t = text == null ? "" : text;
            return switch (field) {
                case "powershell" -> POWERSHELL;
                case "cmd" -> CMD;
                case "backup", "undo" -> namesPowerShell(t) ? POWERSHELL
                        : t.contains(" & ") || t.contains("&&") || t.contains("||") || t.contains("%") ? CMD : BOTH;
                case "command" -> namesPowerShell(t) ? POWERSHELL : ANY;
                default -> throw new IllegalArgumentException("not a command field: " + field);
            };
        }

        /** The text names a cmdlet (Verb-Noun) or uses a variable (both regexes compiled once: a report fills many commands). */
        private static boolean namesPowerShell(String t) {
            return CMDLET.matcher(t).find() || VARIABLE.matcher(t).find();
        }
    }

    /** True for a character no command may carry: C0 (tab included), DEL, C1, bidi controls, line separators. */
    public static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
                || c == 0x200e || c == 0x200f || c == 0x061c || c == 0x2028 || c == 0x2029;
    }

    public static boolean hasControl(String v) {
        for (int i = 0; i < v.length(); i++) {
            if (isControl(v.charAt(i))) return true;
        }
        return false;
    }

    /**
     * Why the value cannot go into any command, whatever the shell: a control character, its
     * length, its type; or null.
     */
    public static String generalProblem(String name, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isControl(c)) {
                return String.format("contains a control character (U+%04X)", (int) c);
            }
        }
        if (value.length() > MAX_LENGTH) {
            return "is longer than " + MAX_LENGTH + " characters";
        }
        if (value.isEmpty()) {
            return "is empty";
        }
        return ValueTypes.problem(name, value);
    }

    /** The single quotes of PowerShell: ' and the typographic ‘ ’ ‚ ‛. */
    public static boolean isPsSingleQuote(char c) {
        return c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201a' || c == '\u201b';
    }

    /** The double quotes of PowerShell: " and the typographic “ ” „. */
    public static boolean isPsDoubleQuote(char c) {
        return c == '"' || c == '\u201c' || c == '\u201d' || c == '\u201e';
    }

    /** The value as the content of a PowerShell single-quoted string: each single quote doubled. */
    public static String psSingleQuoted(String v) {
        StringBuilder b = new StringBuilder(v.length() + 4);
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (isPsSingleQuote(c)) b.append(c);
            b.append(c);
        }
        return b.toString();
    }

    /** The value as the content of a PowerShell double-quoted string: ` $ " “ ” „ escaped with a backtick. */
    public static String psDoubleQuoted(String v) {
        StringBuilder b = new StringBuilder(v.length() + 4);
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '`' || c == '$' || isPsDoubleQuote(c)) b.append('`');
            b.append(c);
        }
        return b.toString();
    }

    /** The characters cmd cannot quote: " ends the quotes, % and ! expand variables even inside them, ^ & | < > outside. */
    static final String CMD_UNQUOTABLE = "\"%^&|<>!";

    /** Why the value cannot stand inside cmd's "...", or null. */
    public static String cmdQuotedProblem(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (CMD_UNQUOTABLE.indexOf(c) >= 0) {
                return "contains " + c + ", which cmd cannot quote";
            }
        }
        return null;
    }

    /**
     * A plain word: letters, digits and {@code . _ : -} (PowerShell and cmd also {@code \ /}, cmd
     * also {@code , @ +}); written as it is, bare, in the shell's command line.
     */
    public static boolean isPlainWord(String v, Shell shell) {
        if (v.isEmpty()) return false;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '_' || c == ':' || c == '-'
                    || ((c == '\\' || c == '/') && shell != Shell.ANY)
                    || ((c == ',' || c == '@' || c == '+') && shell == Shell.CMD);
            if (!ok) return false;
        }
        return true;
    }

    /** True when a whole bare argument would be taken for an option (-x, /x; PowerShell also takes – — ― for -). */
    public static boolean looksLikeOption(String v) {
        return !v.isEmpty() && "-/\u2013\u2014\u2015".indexOf(v.charAt(0)) >= 0;
    }
}
