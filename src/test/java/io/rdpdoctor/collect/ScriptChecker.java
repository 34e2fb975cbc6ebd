package io.rdpdoctor.collect;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a PowerShell script's text, without running it, and lists what it would run and write:
 * every command (cmdlet, function or native program, with its arguments), every .NET static member
 * ({@code [System.IO.File]::AppendAllText}), every instance method call ({@code .Translate(}),
 * every dynamic invocation ({@code & $x}), every output redirection, and every file named in a
 * {@code -File 'name'} argument of the script's capture functions. Then {@link #violations} holds
 * the script to a read-only allow-list.
 *
 * <p>The tokenizer knows what PowerShell needs here: comments ({@code #}, {@code <# #>}), single-
 * and double-quoted strings (and the {@code $( )} code inside double-quoted ones, which is checked
 * too), here-strings, backtick line continuations, type literals and attributes ({@code [int]},
 * {@code [Parameter(Mandatory = $true)]}), hashtable keys ({@code @{ host = ... }}), and the
 * places where a command may start: the beginning of a statement, after {@code | ; { ( $( @( = &}.
 * It is not a full PowerShell parser; what it cannot place it reports as unknown rather than
 * letting it pass.
 */
public final class ScriptChecker {

    /** A command the script runs: its name as written, its arguments (strings unquoted), its line. */
    public record Command(String name, List<String> args, int line, boolean dynamic) {
        public String text() {
            return (name + " " + String.join(" ", args)).strip();
        }
    }

    public record Result(List<Command> commands, Set<String> staticMembers, Set<String> methods, List<String> redirections,
                         Set<String> functions, List<String> files, List<String> stringLiterals) {
    }

    // ------------------------------------------------------------------ tokens

    enum T { WORD, STRING, VAR, TYPE, STATIC, MEMBER, METHOD, NL, SEMI, PIPE, LBRACE, RBRACE, LPAREN, RPAREN, SUBEXPR, ARRAY, HASH, AMP, DOT, ASSIGN, COMMA, REDIRECT, OP }

    record Tok(T t, String s, int line) {
    }

    private final String src;
    private int i;
    private int line = 1;
    private final List<Tok> toks = new ArrayList<>();
    private final List<String> strings = new ArrayList<>();
    private final List<String> codeInStrings = new ArrayList<>();

    private ScriptChecker(String src) {
        this.src = src;
    }

    private char at(int k) {
        return k < src.length() ? src.charAt(k) : '\0';
    }

    private void add(T t, String s) {
        toks.add(new Tok(t, s, line));
    }

    private static boolean wordChar(char c) {
        return c != '\0' && !Character.isWhitespace(c) && "(){};|,&\"'`<>=".indexOf(c) < 0 && c != '\u201C' && c != '\u2018';
    }

    private void tokenize() {
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == '\n') {
                add(T.NL, "\n");
                line++;
                i++;
            } else if (c == '`' && (at(i + 1) == '\n' || at(i + 1) == '\r')) {
                i += at(i + 1) == '\r' && at(i + 2) == '\n' ? 3 : 2;
                line++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '<' && at(i + 1) == '#') {
                int end = src.indexOf("#>", i + 2);
                end = end < 0 ? src.length() : end + 2;
                countLines(i, end);
                i = end;
            } else if (c == '#') {
                while (i < src.length() && src.charAt(i) != '\n') i++;
            } else if (c == '@' && (at(i + 1) == '"' || at(i + 1) == '\'') && (at(i + 2) == '\n' || at(i + 2) == '\r')) {
                char q = at(i + 1);
                int end = src.indexOf("\n" + q + "@", i + 2);
                end = end < 0 ? src.length() : end + 3;
                String body = src.substring(i + 2, Math.max(i + 2, end - 3));
                countLines(i, end);
                if (q == '"') scanCode(body);
                strings.add(body);
                add(T.STRING, body);
                i = end;
            } else if (c == '\'' || c == '"' || c == '\u201C' || c == '\u2018') {
                String s = quoted();
                strings.add(s);
                add(T.STRING, s);
            } else if (c == '$' && at(i + 1) == '(') {
                add(T.SUBEXPR, "$(");
                i += 2;
            } else if (c == '@' && at(i + 1) == '(') {
                add(T.ARRAY, "@(");
                i += 2;
            } else if (c == '@' && at(i + 1) == '{') {
                add(T.HASH, "@{");
                i += 2;
            } else if (c == '$') {
                int s = i++;
                if (at(i) == '{') {
                    while (i < src.length() && src.charAt(i) != '}') i++;
                    i++;
                } else {
                    while (Character.isLetterOrDigit(at(i)) || at(i) == '_' || at(i) == '?' || at(i) == '^'
                            || (at(i) == ':' && Character.isLetter(at(i + 1)) && i - s > 1)) i++;
                }
                add(T.VAR, src.substring(s, i));
                members();
            } else if (c == '[' && typeContext()) {
                int s = ++i;
                int depth = 1;
                while (i < src.length() && depth > 0) {
                    if (src.charAt(i) == '[') depth++;
                    if (src.charAt(i) == ']') depth--;
                    if (src.charAt(i) == '\n') line++;
                    i++;
                }
                String type = src.substring(s, Math.max(s, i - 1)).strip();
                if (at(i) == ':' && at(i + 1) == ':') {
                    i += 2;
                    int m = i;
                    while (Character.isLetterOrDigit(at(i)) || at(i) == '_') i++;
                    add(T.STATIC, type + "::" + src.substring(m, i));
                    members();
                } else {
                    add(T.TYPE, type);
                }
            } else if (c == '{') {
                add(T.LBRACE, "{");
                i++;
            } else if (c == '}') {
                add(T.RBRACE, "}");
                i++;
            } else if (c == '(') {
                add(T.LPAREN, "(");
                i++;
            } else if (c == ')') {
                add(T.RPAREN, ")");
                i++;
                members();
            } else if (c == ']') {
                add(T.OP, "]");
                i++;
                members();
            } else if (c == ';') {
                add(T.SEMI, ";");
                i++;
            } else if (c == '|' && at(i + 1) == '|') {
                add(T.SEMI, "||");
                i += 2;
            } else if (c == '|') {
                add(T.PIPE, "|");
                i++;
            } else if (c == '&' && at(i + 1) == '&') {
                add(T.SEMI, "&&");
                i += 2;
            } else if (c == '&') {
                add(T.AMP, "&");
                i++;
            } else if (c == ',') {
                add(T.COMMA, ",");
                i++;
            } else if (c == '=' && at(i + 1) != '=') {
                add(T.ASSIGN, "=");
                i++;
            } else if (redirection()) {
                // added by redirection()
            } else if (c == '.' && Character.isWhitespace(at(i + 1)) && commandStart()) {
                add(T.DOT, ".");
                i++;
            } else {
                int s = i;
                while (i < src.length() && (wordChar(src.charAt(i)) || src.charAt(i) == '=' && i > s)) {
                    i++;
                    if (i < src.length() && (src.charAt(i) == '"' || src.charAt(i) == '\'')) {
                        // a quoted part inside an argument word: /q:"*[System[...]]"
                        String part = quoted();
                        strings.add(part);
                    }
                }
                if (i == s) {
                    add(T.OP, String.valueOf(c));
                    i++;
                } else {
                    String w = src.substring(s, i).replace("\"", "");
                    add(w.matches("[-+*/%]=") ? T.ASSIGN : T.WORD, w);
                }
            }
        }
    }

    /** Member access right after a value: ".Name" (MEMBER) or ".Name(" (METHOD); "::Name" too. */
    private void members() {
        while (at(i) == '.' && (Character.isLetter(at(i + 1)) || at(i + 1) == '_')) {
            int s = ++i;
            while (Character.isLetterOrDigit(at(i)) || at(i) == '_') i++;
            add(at(i) == '(' ? T.METHOD : T.MEMBER, src.substring(s, i));
            if (at(i) != '(') continue;
            return;
        }
    }

    /** '[' starts a type literal unless it indexes the value right before it. */
    private boolean typeContext() {
        if (i == 0) return true;
        char p = src.charAt(i - 1);
        return Character.isWhitespace(p) || "(=,{;|!+-*/%@".indexOf(p) >= 0 || p == ']' && !toks.isEmpty() && toks.get(toks.size() - 1).t() == T.TYPE;
    }

    private boolean commandStart() {
        if (toks.isEmpty()) return true;
        T t = toks.get(toks.size() - 1).t();
        return t == T.NL || t == T.SEMI || t == T.PIPE || t == T.LBRACE || t == T.LPAREN || t == T.SUBEXPR || t == T.ARRAY;
    }

    private static final Pattern REDIR = Pattern.compile("^([1-6*]?>>?(&[12])?)");

    private boolean redirection() {
        var m = REDIR.matcher(src.substring(i, Math.min(src.length(), i + 6)));
        if (!m.find()) return false;
        add(T.REDIRECT, m.group(1));
        i += m.group(1).length();
        return true;
    }

    private String quoted() {
        char q = src.charAt(i);
        boolean dq = q == '"' || q == '\u201C';
        StringBuilder sb = new StringBuilder();
        i++;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == '\n') line++;
            if (dq && c == '`' && i + 1 < src.length()) {
                sb.append(src.charAt(i + 1));
                i += 2;
                continue;
            }
            if (dq && c == '$' && at(i + 1) == '(') {
                int depth = 0;
                int s = i + 1;
                int k = s;
                for (; k < src.length(); k++) {
                    if (src.charAt(k) == '(') depth++;
                    if (src.charAt(k) == ')' && --depth == 0) break;
                }
                codeInStrings.add(src.substring(s + 1, Math.min(k, src.length())));
                sb.append(src, i, Math.min(k + 1, src.length()));
                i = k + 1;
                continue;
            }
            boolean close = dq ? (c == '"' || c == '\u201D' || c == '\u201C') : (c == '\'' || c == '\u2019' || c == '\u2018');
            if (close) {
                if (at(i + 1) == c) { // doubled quote: one literal quote
                    sb.append(c);
                    i += 2;
                    continue;
                }
                i++;
                return sb.toString();
            }
            sb.append(c);
            i++;
        }
        return sb.toString();
    }

    private void scanCode(String body) {
        int k = body.indexOf("$(");
        while (k >= 0) {
            int depth = 0;
            int e = k + 1;
            for (; e < body.length(); e++) {
                if (body.charAt(e) == '(') depth++;
                if (body.charAt(e) == ')' && --depth == 0) break;
            }
            codeInStrings.add(body.substring(k + 2, Math.min(e, body.length())));
            k = body.indexOf("$(", e);
        }
    }

    private void countLines(int from, int to) {
        for (int k = from; k < to && k < src.length(); k++) {
            if (src.charAt(k) == '\n') line++;
        }
    }

    // ------------------------------------------------------------------ commands

    private static final Set<String> KEYWORDS = Set.of("if", "elseif", "else", "foreach", "for", "while", "do", "until", "switch",
            "try", "catch", "finally", "function", "filter", "param", "return", "throw", "break", "continue", "exit", "begin",
            "process", "end", "trap", "in", "dynamicparam", "class", "enum", "using", "data");

    /** Runs over the tokens, recording a command wherever one starts. */
    private List<Command> commands(Set<String> functions) {
        List<Command> out = new ArrayList<>();
        boolean start = true;
        boolean call = false;
        Set<Integer> startAfter = new java.util.HashSet<>();
        for (int k = 0; k < toks.size(); k++) {
            Tok t = toks.get(k);
            if (startAfter.contains(k)) {
                start = true;
                call = false;
                continue;
            }
            switch (t.t()) {
                case NL, SEMI, PIPE, LBRACE, LPAREN, SUBEXPR, ARRAY, ASSIGN -> {
                    start = true;
                    call = false;
                    continue;
                }
                case HASH -> {
                    start = true;
                    continue;
                }
                case AMP, DOT -> {
                    if (start || call) {
                        call = true;
                        continue;
                    }
                    start = false;
                    continue;
                }
                default -> {
                }
            }
            if (!start && !call) continue;
            boolean wasCall = call;
            start = false;
            call = false;
            if (t.t() == T.WORD) {
                String w = t.s();
                String lw = w.toLowerCase(Locale.ROOT);
                if (!wasCall && (w.startsWith("-") || Character.isDigit(w.charAt(0)) || w.startsWith("!"))) continue; // an operator or a number
                if (!wasCall && KEYWORDS.contains(lw)) {
                    if (lw.equals("param") && k + 1 < toks.size() && toks.get(k + 1).t() == T.LPAREN) {
                        startAfter.add(closing(k + 1)); // param(...) may be followed by a statement on the same line
                    }
                    if (lw.equals("function") || lw.equals("filter")) {
                        if (k + 1 < toks.size()) functions.add(toks.get(k + 1).s().toLowerCase(Locale.ROOT));
                        k++;
                    }
                    if (lw.equals("else") || lw.equals("try") || lw.equals("finally") || lw.equals("do") || lw.equals("return")
                            || lw.equals("throw") || lw.equals("begin") || lw.equals("process") || lw.equals("end")) start = true;
                    continue;
                }
                if (!wasCall && k + 1 < toks.size() && toks.get(k + 1).t() == T.ASSIGN) continue; // a hashtable key
                out.add(new Command(w, args(k + 1), t.line(), false));
            } else if (wasCall && t.t() == T.STRING) {
                out.add(new Command(t.s(), args(k + 1), t.line(), false));
            } else if (wasCall) {
                out.add(new Command("& " + t.s(), args(k + 1), t.line(), true));
            }
        }
        return out;
    }

    /** The index of the token closing the bracket opened at {@code open}. */
    private int closing(int open) {
        int depth = 0;
        for (int k = open; k < toks.size(); k++) {
            T t = toks.get(k).t();
            if (t == T.LPAREN || t == T.LBRACE || t == T.SUBEXPR || t == T.ARRAY || t == T.HASH) depth++;
            if ((t == T.RPAREN || t == T.RBRACE) && --depth == 0) return k;
        }
        return toks.size();
    }

    /** The arguments of a command: its words and strings up to the end of its statement (nested blocks skipped). */
    private List<String> args(int from) {
        List<String> a = new ArrayList<>();
        int depth = 0;
        for (int k = from; k < toks.size(); k++) {
            Tok t = toks.get(k);
            switch (t.t()) {
                case LBRACE, LPAREN, SUBEXPR, ARRAY, HASH -> {
                    if (depth == 0) a.add(t.t() == T.LBRACE ? "{...}" : "(...)");
                    depth++;
                }
                case RBRACE, RPAREN -> {
                    if (depth == 0) return a;
                    depth--;
                }
                case NL, SEMI, PIPE -> {
                    if (depth == 0) return a;
                }
                case WORD, STRING, VAR -> {
                    if (depth == 0) a.add(t.s());
                }
                case REDIRECT -> {
                    if (depth == 0) a.add(t.s());
                }
                default -> {
                }
            }
        }
        return a;
    }

    /** Every command, member, method, redirection, function and written file of a script. */
    public static Result read(String script) {
        ScriptChecker c = new ScriptChecker(script.replace("\r\n", "\n"));
        c.tokenize();
        Set<String> functions = new LinkedHashSet<>();
        List<Command> commands = new ArrayList<>(c.commands(functions));
        Set<String> statics = new LinkedHashSet<>();
        Set<String> methods = new LinkedHashSet<>();
        List<String> redirections = new ArrayList<>();
        for (Tok t : c.toks) {
            if (t.t() == T.STATIC) statics.add(t.s());
            if (t.t() == T.METHOD) methods.add(t.s());
            if (t.t() == T.REDIRECT) redirections.add(t.s() + " (line " + t.line() + ")");
        }
        List<String> strings = new ArrayList<>(c.strings);
        for (String code : c.codeInStrings) { // code inside "...$(...)..." is code too
            Result inner = read(code);
            commands.addAll(inner.commands());
            statics.addAll(inner.staticMembers());
            methods.addAll(inner.methods());
            redirections.addAll(inner.redirections());
            functions.addAll(inner.functions());
            strings.addAll(inner.stringLiterals());
        }
        List<String> files = new ArrayList<>();
        for (Command cmd : commands) {
            if (!WRITERS.contains(cmd.name().toLowerCase(Locale.ROOT))) continue;
            for (int k = 0; k + 1 < cmd.args().size(); k++) {
                // the writers pass their own -File parameter on ($File); any other variable or expression is a violation
                if (cmd.args().get(k).equalsIgnoreCase("-File") && !cmd.args().get(k + 1).equals("$File")) files.add(cmd.args().get(k + 1));
            }
        }
        return new Result(commands, statics, methods, redirections, functions, files, strings);
    }

    /** The script's own functions that write a file named by their -File argument. */
    static final Set<String> WRITERS = Set.of("save-text", "invoke-capture", "invoke-filecapture");

    // ------------------------------------------------------------------ the allow-list

    /** Cmdlets that only read (or only format, compute or print), each with why it is allowed. */
    static final Map<String, String> CMDLETS = Map.ofEntries(
            Map.entry("get-service", "reads service state"),
            Map.entry("get-netfirewallrule", "reads firewall rules"),
            Map.entry("get-netfirewallportfilter", "reads a rule's port filter"),
            Map.entry("get-netfirewalladdressfilter", "reads a rule's address filter"),
            Map.entry("get-netfirewallprofile", "reads firewall profiles"),
            Map.entry("get-netconnectionprofile", "reads network categories"),
            Map.entry("get-childitem", "lists a store or folder"),
            Map.entry("get-ciminstance", "reads WMI instances"),
            Map.entry("get-hotfix", "reads installed updates"),
            Map.entry("get-itemproperty", "reads registry values"),
            Map.entry("get-date", "the clock"),
            Map.entry("get-location", "the current folder"),
            Map.entry("get-command", "whether a command exists"),
            Map.entry("test-netconnection", "a TCP connect test (client side)"),
            Map.entry("resolve-dnsname", "a DNS query (client side)"),
            Map.entry("test-path", "whether a file exists"),
            Map.entry("join-path", "string work on paths"),
            Map.entry("foreach-object", "pipeline plumbing"),
            Map.entry("where-object", "pipeline plumbing"),
            Map.entry("select-object", "pipeline plumbing"),
            Map.entry("sort-object", "pipeline plumbing"),
            Map.entry("format-list", "formatting"),
            Map.entry("format-table", "formatting"),
            Map.entry("out-string", "formatting to a string"),
            Map.entry("out-null", "discards output"),
            Map.entry("convertto-json", "formatting the manifest"),
            Map.entry("write-host", "prints progress"),
            Map.entry("write-warning", "prints a warning"),
            Map.entry("write-verbose", "prints detail"),
            Map.entry("new-object", "creates an object in memory (types checked below)"),
            Map.entry("set-strictmode", "a setting of this PowerShell session, not of the machine"),
            Map.entry("compress-archive", "zips the capture folder (the only file it writes is the capture's zip)"),
            Map.entry("invoke-cimmethod", "calls a WMI method: only Get* methods (checked below)"));

    /** Native programs, each with the test its arguments must pass to be a read. */
    static final Map<String, String> NATIVE = Map.ofEntries(
            Map.entry("reg", "reg query only"),
            Map.entry("sc", "sc.exe query|queryex|qc only (a bare 'sc' is PowerShell's Set-Content alias)"),
            Map.entry("netstat", "reads sockets"),
            Map.entry("tasklist", "reads processes (no /s remote credentials)"),
            Map.entry("qwinsta", "reads sessions"),
            Map.entry("quser", "reads sessions"),
            Map.entry("query", "query user|session only"),
            Map.entry("netsh", "netsh ... show only"),
            Map.entry("gpresult", "reads resultant policy (/x, /h write the report into the capture folder)"),
            Map.entry("icacls", "icacls <path> only: no /grant, /deny, /remove, /setowner, /reset, /restore, /save, /inheritance, /setintegritylevel"),
            Map.entry("certutil", "certutil -store only"),
            Map.entry("wevtutil", "wevtutil qe|gl|el|gli only"),
            Map.entry("secedit", "secedit /export only"),
            Map.entry("systeminfo", "reads the host"),
            Map.entry("net", "net localgroup <group> only, no /add or /delete"),
            Map.entry("ipconfig", "ipconfig or ipconfig /all only (no /release, /renew, /flushdns, /registerdns)"),
            Map.entry("nslookup", "nslookup <name> [server]"));

    /** .NET static members the script may use. */
    static final Map<String, String> STATICS = Map.ofEntries(
            Map.entry("console::outputencoding", "the console code page of this session, restored at the end"),
            Map.entry("system.text.encoding::getencoding", "an encoding object"),
            Map.entry("system.io.file::appendalltext", "the one writer (Save-Text), into the capture folder"),
            Map.entry("system.io.directory::createdirectory", "creates the capture folder"),
            Map.entry("system.security.principal.windowsidentity::getcurrent", "who runs the script"),
            Map.entry("system.security.principal.windowsbuiltinrole::administrator", "an enum value"),
            Map.entry("math::round", "arithmetic"));

    /** Instance methods the script may call (none of them changes anything outside the script). */
    static final Set<String> METHODS = Set.of("tostring", "trim", "trimend", "split", "add", "contains", "translate", "isinrole",
            "touniversaltime", "replace", "tolower", "toupper", "startswith", "endswith", "substring", "join");

    /** Types New-Object may create. */
    static final Set<String> NEW_OBJECT_TYPES = Set.of("system.text.utf8encoding", "system.collections.arraylist",
            "system.security.principal.securityidentifier", "system.security.principal.windowsprincipal");

    private static final Pattern FILE_LITERAL = Pattern.compile("^[A-Za-z0-9_.-]+\\.(txt|xml|html?|inf|json|ya?ml|log|csv|zip|cab|reg)$",
            Pattern.CASE_INSENSITIVE);

    /** Everything in the script that is not a read: empty when the script is read-only. */
    public static List<String> violations(Result r) {
        List<String> v = new ArrayList<>();
        for (Command c : r.commands()) {
            String why = check(c, r.functions());
            if (why != null) v.add("line " + c.line() + ": " + c.text() + ": " + why);
        }
        for (String s : r.staticMembers()) {
            if (!STATICS.containsKey(s.toLowerCase(Locale.ROOT))) v.add("[" + s.replace("::", "]::") + ": a .NET member not on the allow-list");
        }
        for (String m : r.methods()) {
            if (!METHODS.contains(m.toLowerCase(Locale.ROOT))) v.add("." + m + "(): a method not on the allow-list");
        }
        for (String f : r.files()) {
            if (f.startsWith("$") || f.startsWith("(")) v.add("-File " + f + ": a written file must be named by a literal, so that it can be checked");
        }
        for (String red : r.redirections()) {
            if (!red.startsWith("2>&1")) v.add(red + ": output redirected to a file (write through Save-Text)");
        }
        for (String s : r.stringLiterals()) {
            if (FILE_LITERAL.matcher(s).matches() && !s.startsWith(".") && !r.files().contains(s)) {
                v.add("'" + s + "': a file name the script uses but does not write through Save-Text/Invoke-Capture -File");
            }
        }
        return v;
    }

    /** Why a command is not allowed, or null when it is. */
    static String check(Command c, Set<String> functions) {
        if (c.dynamic()) {
            return c.name().equals("& $Run") ? null : "a dynamic invocation (only '& $Run' of a literal script block checked here)";
        }
        String name = c.name().toLowerCase(Locale.ROOT).replaceFirst("^.*[\\\\/]", "");
        List<String> a = c.args().stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
        if (functions.contains(name)) return null;
        if (name.equals("sc")) return "'sc' is PowerShell's alias of Set-Content: write sc.exe";
        String exe = name.endsWith(".exe") ? name.substring(0, name.length() - 4) : name;
        if (CMDLETS.containsKey(name)) {
            if (name.equals("invoke-cimmethod")) {
                int k = a.indexOf("-methodname");
                return k >= 0 && k + 1 < a.size() && a.get(k + 1).startsWith("get") ? null : "Invoke-CimMethod of a method that is not Get*";
            }
            if (name.equals("new-object")) {
                String type = a.stream().filter(s -> !s.startsWith("-")).findFirst().orElse("");
                if (a.contains("-comobject")) return "New-Object -ComObject";
                return NEW_OBJECT_TYPES.contains(type) ? null : "New-Object of a type not on the allow-list: " + type;
            }
            return null;
        }
        if (!NATIVE.containsKey(exe)) {
            return name.contains("-") ? "a cmdlet not on the read-only allow-list" : "a program not on the read-only allow-list";
        }
        String first = a.isEmpty() ? "" : a.get(0);
        return switch (exe) {
            case "reg" -> first.equals("query") ? null : "reg " + first + " is not a read (only reg query)";
            case "sc" -> Set.of("query", "queryex", "qc").contains(first) ? null : "sc " + first + " is not a read (only query, queryex, qc)";
            case "query" -> Set.of("user", "session").contains(first) ? null : "query " + first + " (only query user|session)";
            case "netsh" -> {
                Set<String> writes = Set.of("set", "add", "delete", "reset", "import", "export", "dump", "install", "uninstall", "flush", "connect");
                if (a.stream().anyMatch(writes::contains)) yield "netsh with a verb that changes or writes: " + a;
                yield a.contains("show") ? null : "netsh without 'show'";
            }
            case "icacls" -> a.stream().anyMatch(s -> s.matches("/(grant|deny|remove|setowner|reset|restore|save|inheritance|setintegritylevel).*"))
                    ? "icacls with a switch that changes or saves ACLs" : null;
            case "certutil" -> a.stream().filter(s -> s.startsWith("-")).findFirst().orElse("").equals("-store")
                    && a.stream().noneMatch(s -> s.matches("-(delstore|addstore|repairstore|setreg|delreg|importpfx|exportpfx|installcert|f)"))
                    ? null : "certutil other than -store";
            case "wevtutil" -> Set.of("qe", "query-events", "gl", "get-log", "el", "enum-logs", "gli", "get-log-info").contains(first)
                    ? null : "wevtutil " + first + " is not a read (only qe, gl, el, gli)";
            case "secedit" -> first.equals("/export") && a.stream().noneMatch(s -> s.matches("/(configure|import|generaterollback|refreshpolicy|validate)"))
                    ? null : "secedit other than /export";
            case "net" -> first.equals("localgroup") && a.size() <= 2 && a.stream().noneMatch(s -> s.startsWith("/"))
                    ? null : "net other than 'net localgroup <group>'";
            case "ipconfig" -> a.isEmpty() || a.equals(List.of("/all")) ? null : "ipconfig other than /all";
            case "tasklist" -> a.stream().anyMatch(s -> s.matches("/(s|u|p)")) ? "tasklist with remote credentials" : null;
            default -> null;
        };
    }
}
