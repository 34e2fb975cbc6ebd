package io.rdpdoctor.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a pasted console transcript into one {@link Capture} per command. A command starts at a
 * prompt line and its output runs to the next prompt:
 * <pre>
 * C:\&gt;netstat -ano                          cmd
 * C:\Users\admin&gt;sc query TermService
 * PS C:\&gt; Get-Service TermService            PowerShell
 * PS C:\Windows\system32&gt; qwinsta
 * [SRV01]: PS C:\Users\admin\Documents&gt; ...   Enter-PSSession / Invoke-Command
 * *Evil-WinRM* PS C:\Users\admin&gt; ...
 * </pre>
 * A prompt with nothing after it (the trailing prompt of a paste) only ends the command before it.
 * The banner and progress lines of PsExec ({@code PsExec v2.43 - Execute processes remotely},
 * {@code Copyright (C) ...}, {@code Sysinternals - www.sysinternals.com},
 * {@code Connecting to SRV01...}, {@code netstat exited on SRV01 with error code 0.}) are not
 * output and are dropped; the command run through {@code psexec \\SRV01 [options] CMD} or
 * {@code Invoke-Command -ComputerName SRV01 -ScriptBlock { CMD }} is taken to be CMD. Leading and
 * trailing blank lines of each output are dropped; every capture keeps the line numbers of the
 * file. Text before the first prompt (or a file without prompts) is one capture with no command.
 */
public final class Transcript {

    /** {@code [SRV01]: PS C:\path> cmd}, {@code PS C:\> cmd}, {@code *Evil-WinRM* PS C:\> cmd}, {@code PS HKLM:\...> cmd}. */
    private static final Pattern PS_PROMPT = Pattern.compile(
            "^\\s*(?:\\[[^\\]\\s]{1,64}\\]:\\s*|\\*Evil-WinRM\\*\\s*)?PS [A-Za-z][A-Za-z0-9]*:[^<>|\"]{0,260}?>\\s?(.*)$");
    /** {@code C:\Users\x>cmd}, {@code [SRV01]: C:\>cmd}. */
    private static final Pattern CMD_PROMPT = Pattern.compile(
            "^\\s*(?:\\[[^\\]\\s]{1,64}\\]:\\s*)?[A-Za-z]:\\\\[^<>|\"*?]{0,260}?>(.*)$");
    private static final Pattern PSEXEC_BANNER = Pattern.compile("^\\s*PsExec v\\d+(\\.\\d+)* - .*");
    private static final Pattern SYSINTERNALS = Pattern.compile(
            "^\\s*(Copyright \\(C\\) .*|Sysinternals - www\\.sysinternals\\.com\\s*)$");
    private static final Pattern PSEXEC_PROGRESS = Pattern.compile(
            "^\\s*(Connecting to .*\\.\\.\\.|Starting PSEXESVC service on .*\\.\\.\\.|Connecting with PsExec service on .*\\.\\.\\."
                    + "|Copying .* to .*\\.\\.\\.|Starting .* on .*\\.\\.\\.|.* exited on .* with error code -?\\d+\\.)\\s*$");

    private Transcript() {
    }

    /** Whether a line is a console prompt (with or without a command after it). */
    public static boolean isPrompt(String line) {
        return promptCommand(line) != null;
    }

    /** The command typed at a prompt line ("" for a bare prompt), or null when the line is no prompt. */
    public static String promptCommand(String line) {
        if (line.length() > 2000 || line.indexOf('>') < 0) {
            return null; // every prompt ends in '>': most output lines are ruled out without a regex
        }
        Matcher m = PS_PROMPT.matcher(line);
        if (m.matches()) {
            return m.group(1).strip();
        }
        m = CMD_PROMPT.matcher(line);
        if (m.matches()) {
            return m.group(1).strip();
        }
        return null;
    }

    /**
     * The captures of a transcript.
     *
     * @param file  the file name captures cite
     * @param lines the file's lines (line 1 first)
     * @param defaultCommand the command of text before the first prompt (a conventional file name's
     *                       command), or null
     */
    public static List<Capture> split(String file, List<String> lines, String defaultCommand) {
        List<Capture> out = new ArrayList<>();
        String command = defaultCommand;
        int start = 0;
        boolean inPsexecBanner = false;
        List<String> block = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        boolean sawPrompt = false;
        int promptLine = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String typed = promptCommand(line);
            if (typed != null) {
                flush(out, file, command, block, numbers, sawPrompt, promptLine);
                sawPrompt = true;
                promptLine = i + 1;
                command = typed.isEmpty() ? null : innerCommand(typed);
                inPsexecBanner = false;
                continue;
            }
            if (line.contains("PsExec v") && PSEXEC_BANNER.matcher(line).matches()) {
                inPsexecBanner = true;
                continue;
            }
            if (inPsexecBanner && (SYSINTERNALS.matcher(line).matches() || line.isBlank()
                    || PSEXEC_PROGRESS.matcher(line).matches())) {
                continue;
            }
            inPsexecBanner = false;
            if (line.contains(" exited on ") && PSEXEC_PROGRESS.matcher(line).matches()) {
                continue;
            }
            block.add(line);
            numbers.add(i + 1);
        }
        flush(out, file, command, block, numbers, sawPrompt, promptLine);
        return out;
    }

    /** A command with no output lines is kept, at its prompt's line, so that the caller can say so. */
    private static void flush(List<Capture> out, String file, String command, List<String> block, List<Integer> numbers,
                              boolean afterPrompt, int promptLine) {
        int from = 0;
        int to = block.size();
        while (from < to && block.get(from).isBlank()) from++;
        while (to > from && block.get(to - 1).isBlank()) to--;
        if (from < to) {
            out.add(new Capture(file, command, padded(block, numbers, from, to), numbers.get(from)));
        } else if (afterPrompt && command != null) {
            out.add(new Capture(file, command, List.of(), promptLine));
        }
        block.clear();
        numbers.clear();
    }

    /** The lines from..to with dropped banner lines given back as blank lines, so that numbering stays exact. */
    private static List<String> padded(List<String> block, List<Integer> numbers, int from, int to) {
        List<String> lines = new ArrayList<>();
        for (int k = from; k < to; k++) {
            if (k > from) {
                for (int gap = numbers.get(k - 1) + 1; gap < numbers.get(k); gap++) {
                    lines.add("");
                }
            }
            lines.add(block.get(k));
        }
        return lines;
    }

    private static final Pattern INVOKE = Pattern.compile("(?i)^(?:Invoke-Command|icm)\\b.*?\\{\\s*(.*?)\\s*}.*$");
    private static final Pattern REMOTE_CMD = Pattern.compile("(?i)^(?:cmd(?:\\.exe)?\\s+/[ck]\\s+)(.*)$");

    /**
     * The command that actually produced the output: {@code psexec \\SRV01 -s cmd /c netstat -ano}
     * → {@code netstat -ano}; {@code Invoke-Command -ComputerName SRV01 -ScriptBlock { qwinsta }} →
     * {@code qwinsta}; {@code .\PsExec64.exe -accepteula \\SRV01 sc query termservice} → {@code sc query termservice}.
     */
    public static String innerCommand(String typed) {
        String c = typed.strip();
        Matcher inv = INVOKE.matcher(c);
        if (inv.matches() && !inv.group(1).isEmpty()) {
            return inv.group(1).strip();
        }
        String[] tokens = c.split("\\s+");
        String first = tokens[0].toLowerCase(Locale.ROOT).replaceFirst("^.*[\\\\/]", "");
        if (first.matches("psexec(64)?(\\.exe)?")) {
            int i = 1;
            while (i < tokens.length) {
                String t = tokens[i];
                String tl = t.toLowerCase(Locale.ROOT);
                if (t.startsWith("\\\\")) {
                    i++;
                } else if (tl.matches("-(u|p|w|n|a|cf|c|f|v|g|i|r)")) {
                    // options with an argument (-i takes an optional session number)
                    i += (tl.equals("-c") || tl.equals("-f") || tl.equals("-v") || tl.equals("-i")) ? 1 : 2;
                    if (tl.equals("-i") && i < tokens.length && tokens[i].matches("\\d+")) i++;
                } else if (t.startsWith("-") || t.startsWith("/")) {
                    i++;
                } else {
                    break;
                }
            }
            if (i < tokens.length) {
                c = String.join(" ", java.util.Arrays.copyOfRange(tokens, i, tokens.length));
            }
        }
        Matcher r = REMOTE_CMD.matcher(c);
        if (r.matches()) {
            c = r.group(1).strip();
            if (c.length() >= 2 && c.startsWith("\"") && c.endsWith("\"")) {
                c = c.substring(1, c.length() - 1);
            }
        }
        return c;
    }
}
