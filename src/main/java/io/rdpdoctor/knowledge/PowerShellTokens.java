package io.rdpdoctor.knowledge;

import java.util.ArrayList;
import java.util.List;

/**
 * A compact PowerShell tokenizer for the quoting contract test: enough of the language to tell
 * whether a value stayed one string literal. It knows single-quoted strings ({@code ''} and the
 * typographic ‘ ’ ‚ ‛ as quotes), double-quoted strings (backtick escapes, {@code ""}, the
 * typographic “ ” „, and whether they expand a {@code $variable} or {@code $(...)}), comments
 * ({@code #} at the start of a token, {@code <# #>}), statement separators and pipes ({@code ;}
 * {@code |} {@code &} {@code &&} {@code ||} and line breaks), grouping ({@code ( ) { } @( @{ $(}),
 * variables, redirections, and bare words with backtick escapes. Here-strings are refused (the
 * catalogue has none). It is stricter than PowerShell where they differ (a quote inside a bare word
 * starts a string token; {@code $} inside a bare word starts a variable), which only makes the
 * contract test fail sooner. A real grammar comes with issue 13 part 2.
 */
public final class PowerShellTokens {

    private PowerShellTokens() {
    }

    public enum Kind { WORD, SQ_STRING, DQ_STRING, VARIABLE, OPERATOR, SEPARATOR, COMMENT }

    /**
     * @param value   a word or string as PowerShell reads it (quotes and escapes removed); an
     *                operator, separator or variable as written
     * @param expands a double-quoted string that expands a variable or subexpression
     */
    public record Token(Kind kind, String value, boolean expands) {
        public boolean isLiteralString() {
            return kind == Kind.SQ_STRING || (kind == Kind.DQ_STRING && !expands);
        }

        @Override
        public String toString() {
            return kind + (expands ? "(expands)" : "") + "[" + value + "]";
        }
    }

    static boolean singleQuote(char c) {
        return c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201a' || c == '\u201b';
    }

    static boolean doubleQuote(char c) {
        return c == '"' || c == '\u201c' || c == '\u201d' || c == '\u201e';
    }

    private static boolean ends(char c) {
        return Character.isWhitespace(c) || ";|&(){},<>$".indexOf(c) >= 0 || singleQuote(c) || doubleQuote(c);
    }

    public static List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(new Token(Kind.SEPARATOR, "\\n", false));
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '`' && i + 1 < n && (s.charAt(i + 1) == '\n' || s.charAt(i + 1) == '\r')) {
                i += 2; // line continuation
            } else if (c == '#') {
                int e = i;
                while (e < n && s.charAt(e) != '\n' && s.charAt(e) != '\r') e++;
                out.add(new Token(Kind.COMMENT, s.substring(i + 1, e), false));
                i = e;
            } else if (c == '<' && i + 1 < n && s.charAt(i + 1) == '#') {
                int e = s.indexOf("#>", i + 2);
                if (e < 0) throw new IllegalArgumentException("unterminated block comment at " + i);
                out.add(new Token(Kind.COMMENT, s.substring(i + 2, e), false));
                i = e + 2;
            } else if (c == '@' && i + 1 < n && (singleQuote(s.charAt(i + 1)) || doubleQuote(s.charAt(i + 1)))
                    && hereStringOpens(s, i + 2)) {
                throw new IllegalArgumentException("here-strings are not supported (at " + i + ")");
            } else if (singleQuote(c)) {
                i = singleQuoted(s, i, out);
            } else if (doubleQuote(c)) {
                i = doubleQuoted(s, i, out);
            } else if (c == ';') {
                out.add(new Token(Kind.SEPARATOR, ";", false));
                i++;
            } else if (c == '|' || c == '&') {
                boolean twice = i + 1 < n && s.charAt(i + 1) == c;
                out.add(new Token(Kind.SEPARATOR, twice ? "" + c + c : "" + c, false));
                i += twice ? 2 : 1;
            } else if (c == '@' && i + 1 < n && (s.charAt(i + 1) == '(' || s.charAt(i + 1) == '{')) {
                out.add(new Token(Kind.OPERATOR, s.substring(i, i + 2), false));
                i += 2;
            } else if (c == '$') {
                i = variable(s, i, out);
            } else if ("(){},".indexOf(c) >= 0) {
                out.add(new Token(Kind.OPERATOR, String.valueOf(c), false));
                i++;
            } else if (c == '>' || c == '<') {
                int e = i + 1;
                while (e < n && (s.charAt(e) == '>' || s.charAt(e) == '&' || Character.isDigit(s.charAt(e)))) e++;
                out.add(new Token(Kind.OPERATOR, s.substring(i, e), false));
                i = e;
            } else {
                i = word(s, i, out);
            }
        }
        return out;
    }

    private static boolean hereStringOpens(String s, int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) i++;
        return i >= s.length() || s.charAt(i) == '\n' || s.charAt(i) == '\r';
    }

    private static int singleQuoted(String s, int i, List<Token> out) {
        StringBuilder v = new StringBuilder();
        int j = i + 1;
        while (true) {
            if (j >= s.length()) throw new IllegalArgumentException("unterminated single-quoted string at " + i);
            char c = s.charAt(j);
            if (singleQuote(c)) {
                if (j + 1 < s.length() && singleQuote(s.charAt(j + 1))) {
                    v.append(c);
                    j += 2;
                    continue;
                }
                out.add(new Token(Kind.SQ_STRING, v.toString(), false));
                return j + 1;
            }
            v.append(c);
            j++;
        }
    }

    private static int doubleQuoted(String s, int i, List<Token> out) {
        StringBuilder v = new StringBuilder();
        boolean expands = false;
        int j = i + 1;
        while (true) {
            if (j >= s.length()) throw new IllegalArgumentException("unterminated double-quoted string at " + i);
            char c = s.charAt(j);
            if (c == '`' && j + 1 < s.length()) {
                v.append(s.charAt(j + 1));
                j += 2;
                continue;
            }
            if (doubleQuote(c)) {
                if (j + 1 < s.length() && doubleQuote(s.charAt(j + 1))) {
                    v.append(c);
                    j += 2;
                    continue;
                }
                out.add(new Token(Kind.DQ_STRING, v.toString(), expands));
                return j + 1;
            }
            if (c == '$' && j + 1 < s.length()) {
                char d = s.charAt(j + 1);
                if (d == '(') {
                    expands = true;
                    j = skipSubexpression(s, j + 1, v);
                    continue;
                }
                if (Character.isLetterOrDigit(d) || "_{?^$:".indexOf(d) >= 0) expands = true;
            }
            v.append(c);
            j++;
        }
    }

    /** Skips a $( ... ) inside a double-quoted string (nested parentheses and strings), appending it raw. */
    private static int skipSubexpression(String s, int open, StringBuilder v) {
        int depth = 0;
        int j = open;
        v.append('$');
        while (j < s.length()) {
            char c = s.charAt(j);
            v.append(c);
            if (c == '(') depth++;
            if (c == ')' && --depth == 0) return j + 1;
            j++;
        }
        throw new IllegalArgumentException("unterminated $( in a double-quoted string at " + open);
    }

    private static int variable(String s, int i, List<Token> out) {
        int n = s.length();
        if (i + 1 < n && s.charAt(i + 1) == '(') {
            out.add(new Token(Kind.OPERATOR, "$(", false));
            return i + 2;
        }
        if (i + 1 < n && s.charAt(i + 1) == '{') {
            int e = s.indexOf('}', i + 2);
            if (e < 0) throw new IllegalArgumentException("unterminated ${ at " + i);
            out.add(new Token(Kind.VARIABLE, s.substring(i, e + 1), false));
            return e + 1;
        }
        int e = i + 1;
        while (e < n && (Character.isLetterOrDigit(s.charAt(e)) || s.charAt(e) == '_' || s.charAt(e) == ':'
                || (e == i + 1 && "?^$".indexOf(s.charAt(e)) >= 0))) e++;
        out.add(new Token(Kind.VARIABLE, s.substring(i, e), false));
        return e;
    }

    private static int word(String s, int i, List<Token> out) {
        StringBuilder v = new StringBuilder();
        int j = i;
        while (j < s.length()) {
            char c = s.charAt(j);
            if (c == '`') {
                if (j + 1 < s.length()) v.append(s.charAt(j + 1));
                j += 2;
                continue;
            }
            if (ends(c)) break;
            v.append(c);
            j++;
        }
        out.add(new Token(Kind.WORD, v.toString(), false));
        return j;
    }
}
