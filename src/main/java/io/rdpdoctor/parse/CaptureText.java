package io.rdpdoctor.parse;

import java.io.IOException;
import java.io.InputStream;
import io.rdpdoctor.factfile.UnicodeText;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a capture into text, whatever way Windows wrote them:
 * <ul>
 * <li>UTF-16LE or UTF-16BE with a byte-order mark ({@code gpresult /h}, Windows PowerShell 5.1 {@code >});</li>
 * <li>UTF-16LE/BE without a byte-order mark, recognised by its pattern of NUL bytes;</li>
 * <li>UTF-8 with or without a byte-order mark (these three by {@link UnicodeText}, which fact files share);</li>
 * <li>otherwise the OEM code page cp850 (cmd tools redirected to a file: a German {@code ABHÖREN}
 *     arrives as the byte 0x99 for Ö) or Windows-1252, decided by which gives known words and
 *     letters rather than symbols and box-drawing characters; in such a file each line that is
 *     UTF-8 (a transcript mixing PowerShell 7 and cmd output) is decoded as UTF-8.</li>
 * </ul>
 * ANSI colour sequences (CSI, {@code ESC[32;1m}: PowerShell 7 output and transcripts) are removed
 * before the text is judged binary or parsed.
 * Text that was already decoded the wrong way before it reached us (cp850 bytes read as
 * Windows-1252 and pasted into a ticket: {@code ABH™REN}, {@code Direcci¢n}) is repaired word by
 * word by {@link #repairMojibake(String)}. Line ends CRLF, LF and lone CR are all accepted.
 *
 * <p>Size limit: a capture may have at most {@link #MAX_BYTES} (8 MiB); the size is checked before
 * the file is read, and standard input is read only up to the limit.
 */
public final class CaptureText {

    /** The largest capture read: 8 MiB. No command output relevant here is anywhere near it. */
    public static final long MAX_BYTES = 8L * 1024 * 1024;

    static final Charset CP850 = Charset.forName("IBM850");
    static final Charset CP1252 = Charset.forName("windows-1252");
    /** Russian Windows: cmd output redirected to a file is in the OEM code page 866, Set-Content writes 1251. */
    static final Charset CP866 = Charset.forName("IBM866");
    static final Charset CP1251 = Charset.forName("windows-1251");

    /** What was decoded, how, and how many words were repaired. */
    public record Decoded(String text, String encoding, int repairedWords) {

        public List<String> lines() {
            return CaptureText.lines(text);
        }
    }

    /** The capture is not text we can read (too large, binary). */
    public static final class UnreadableException extends Exception {
        public UnreadableException(String message) {
            super(message);
        }
    }

    private CaptureText() {
    }

    /** Reads a file, refusing it before reading when it is larger than {@link #MAX_BYTES}. */
    public static Decoded read(Path file) throws IOException, UnreadableException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new UnreadableException("is " + size + " bytes; a capture may have at most " + MAX_BYTES + " (8 MiB)");
        }
        return decode(Files.readAllBytes(file));
    }

    /** Reads a stream (standard input) up to the limit; more than that is refused. */
    public static Decoded read(InputStream in) throws IOException, UnreadableException {
        byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new UnreadableException("is more than " + MAX_BYTES + " bytes; a capture may have at most 8 MiB");
        }
        return decode(bytes);
    }

    public static Decoded decode(byte[] b) throws UnreadableException {
        if (b.length > MAX_BYTES) {
            throw new UnreadableException("is " + b.length + " bytes; a capture may have at most " + MAX_BYTES + " (8 MiB)");
        }
        String text;
        String encoding;
        UnicodeText.Marked marked = UnicodeText.marked(b);
        if (marked != null) {
            text = marked.text();
            encoding = marked.encoding();
        } else if (UnicodeText.firstNonUtf8(b, 0, b.length) < 0) {
            text = new String(b, StandardCharsets.UTF_8);
            encoding = "UTF-8";
        } else {
            // a transcript can mix both: a PowerShell 7 block in UTF-8 and cmd output in the OEM code page
            boolean[] utf8Lines = utf8Lines(b);
            byte[] rest = otherLines(b, utf8Lines);
            Charset cs = singleByteCharset(rest);
            int mixed = count(utf8Lines);
            text = mixed == 0 ? new String(b, cs) : decodeByLine(b, utf8Lines, cs);
            encoding = LABELS.get(cs) + (mixed == 0 ? "" : ", " + mixed + " line" + (mixed == 1 ? "" : "s") + " in UTF-8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        // PowerShell 7 colours its output (and its transcripts) with CSI sequences: they are not text
        String plain = CSI.matcher(text).replaceAll("");
        if (plain.length() != text.length()) {
            text = plain;
            encoding += ", colour codes removed";
        }
        if (looksBinary(text)) {
            throw new UnreadableException("is binary, not the text output of a command (" + encoding + ")");
        }
        int repaired = 0;
        if (!encoding.startsWith("cp")) {
            String fixed = repairMojibake(text);
            if (!fixed.equals(text)) {
                repaired = countRepairs(text);
                text = fixed;
            }
        }
        return new Decoded(text, encoding, repaired);
    }

    /** Splits text into lines; CRLF, LF and lone CR end a line; a final line end adds no empty line. */
    public static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            out.add(text.substring(start));
        }
        return out;
    }

    /** An ANSI control sequence (CSI: ESC [ parameters intermediates final), as in {@code ESC[32;1m}. */
    private static final Pattern CSI = Pattern.compile("\u001B\\[[0-?]*[ -/]*[@-~]");

    private static final java.util.Map<Charset, String> LABELS = java.util.Map.of(CP866, "cp866 (OEM, Russian)",
            CP1251, "windows-1251", CP850, "cp850 (OEM)", CP1252, "windows-1252");

    /** The code page of bytes that are not UTF-8: Russian OEM or ANSI, else cp850 or windows-1252. */
    private static Charset singleByteCharset(byte[] b) {
        if (russian(b, CP866)) return CP866;
        if (russian(b, CP1251)) return CP1251;
        return prefersCp850(b) ? CP850 : CP1252;
    }

    /** For each line (ending at LF): whether it holds non-ASCII bytes and all of them form UTF-8. */
    private static boolean[] utf8Lines(byte[] b) {
        List<Boolean> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= b.length; i++) {
            if (i == b.length || b[i] == '\n') {
                if (start < b.length) {
                    boolean high = false;
                    for (int k = start; k < i && !high; k++) high = b[k] < 0;
                    out.add(high && UnicodeText.firstNonUtf8(b, start, i) < 0);
                }
                start = i + 1;
            }
        }
        boolean[] r = new boolean[out.size()];
        for (int i = 0; i < r.length; i++) r[i] = out.get(i);
        return r;
    }

    private static int count(boolean[] lines) {
        int n = 0;
        for (boolean x : lines) if (x) n++;
        return n;
    }

    /** The bytes of the lines that are not UTF-8, to choose their code page from. */
    private static byte[] otherLines(byte[] b, boolean[] utf8Lines) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(b.length);
        forEachLine(b, (line, from, to) -> {
            if (!utf8Lines[line]) out.write(b, from, to - from);
        });
        return out.toByteArray();
    }

    private static String decodeByLine(byte[] b, boolean[] utf8Lines, Charset others) {
        StringBuilder out = new StringBuilder(b.length);
        forEachLine(b, (line, from, to) -> out.append(new String(b, from, to - from, utf8Lines[line] ? StandardCharsets.UTF_8 : others)));
        return out.toString();
    }

    private interface LineSlice {
        void accept(int line, int from, int to);
    }

    /** Each line with its LF, as a byte range. */
    private static void forEachLine(byte[] b, LineSlice each) {
        int start = 0;
        int line = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\n') {
                each.accept(line++, start, i + 1);
                start = i + 1;
            }
        }
        if (start < b.length) each.accept(line, start, b.length);
    }

    /** Words that Windows prints in German, French, Spanish, Dutch output and that carry non-ASCII letters. */
    private static final List<String> KNOWN_WORDS = List.of("abhören", "abhör", "schlüssel", "ausgeführt", "domäne",
            "größe", "gerät", "öffentlich", "für", "primäres", "über", "système", "hôte", "réponse", "mémoire",
            "état", "réseau", "dirección", "cód_salida", "información", "sesión", "configuración", "versión", "propiété",
            "intervalle", "répertoire", "nombre de", "geïnstalleerd");

    /**
     * Labels Russian Windows prints in sc query, netstat and tasklist, as found in public samples
     * (docs/parsers.md): the bytes are Russian in this code page when at least two of them appear.
     */
    private static final List<String> RUSSIAN_WORDS = List.of("имя_службы", "состояние", "код_выхода_win32",
            "активные подключения", "локальный адрес", "внешний адрес", "имя образа");

    private static boolean russian(byte[] b, Charset cs) {
        String t = new String(b, 0, Math.min(b.length, 64 * 1024), cs).toLowerCase(Locale.ROOT);
        int found = 0;
        for (String w : RUSSIAN_WORDS) {
            if (t.contains(w) && ++found >= 2) return true;
        }
        return false;
    }

    private static boolean prefersCp850(byte[] b) {
        String a = new String(b, CP850).toLowerCase(Locale.ROOT);
        String w = new String(b, CP1252).toLowerCase(Locale.ROOT);
        int sa = 0;
        int sw = 0;
        for (String k : KNOWN_WORDS) {
            if (a.contains(k)) sa++;
            if (w.contains(k)) sw++;
        }
        if (sa != sw) {
            return sa > sw;
        }
        // cp850 puts accented letters at 0x80-0xA5 (symbols in windows-1252), and box drawing at
        // 0xB0-0xDF (letters in windows-1252).
        int low = 0;
        int high = 0;
        for (byte x : b) {
            int v = x & 0xFF;
            if (v >= 0x80 && v <= 0xA5) low++;
            else if (v >= 0xB0 && v <= 0xDF) high++;
        }
        return low > high;
    }

    private static boolean looksBinary(String text) {
        int n = Math.min(text.length(), 65536);
        int bad = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1A) {
                bad++;
            }
        }
        return n > 0 && bad * 100 > n;
    }

    // ---------------------------------------------------------------- mojibake

    /** The windows-1252 (or Latin-1 for the five undefined positions) byte of each char 0x80-0xFF can come from. */
    private static final java.util.Map<Character, Byte> CP1252_BYTES = new java.util.HashMap<>();

    static {
        for (int v = 0x80; v <= 0xFF; v++) {
            String s = new String(new byte[] {(byte) v}, CP1252);
            char c = s.charAt(0);
            CP1252_BYTES.put(c == '\uFFFD' ? (char) v : c, (byte) v);
        }
    }

    /**
     * Characters that cp850 letters become when their bytes are read as windows-1252 (0x80-0xA5:
     * ™ for Ö, „ for ä, ¢ for ó, ” for ö, š for Ü, ...) or as Latin-1 control characters.
     */
    private static boolean suspicious(char c) {
        Byte b = CP1252_BYTES.get(c);
        // not the typographic apostrophes (0x91, 0x92): French output prints "l’hôte" legitimately
        return b != null && (b & 0xFF) <= 0xA5 && c != '\u00A0' && c != '\u2018' && c != '\u2019';
    }

    private static final Pattern WORD = Pattern.compile("[^\\s]+");

    /**
     * Repairs words that went through the wrong decoding: cp850 bytes read as windows-1252
     * ({@code ABH™REN} → {@code ABHÖREN}, {@code Direcci¢n} → {@code Dirección},
     * {@code Vollst„ndiger} → {@code Vollständiger}). Only a word with such a character between two
     * letters is touched, so ™ after a word and German quotes „…“ stay as they are.
     */
    public static String repairMojibake(String text) {
        if (!hasSuspicious(text)) {
            return text;
        }
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        while (m.find()) {
            String word = m.group();
            out.append(text, last, m.start());
            out.append(needsRepair(word) ? reDecode(word) : word);
            last = m.end();
        }
        out.append(text, last, text.length());
        return out.toString();
    }

    private static boolean hasSuspicious(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80 && suspicious(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean needsRepair(String word) {
        for (int i = 1; i < word.length() - 1; i++) {
            char c = word.charAt(i);
            if (c >= 0x80 && suspicious(c) && isLetterish(word.charAt(i - 1)) && isLetterish(word.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLetterish(char c) {
        return Character.isLetter(c) || (c >= 0x80 && CP1252_BYTES.containsKey(c) && suspicious(c));
    }

    private static String reDecode(String word) {
        byte[] bytes = new byte[word.length()];
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 0x80) {
                bytes[i] = (byte) c;
            } else {
                Byte b = CP1252_BYTES.get(c);
                if (b == null) {
                    return word; // not a single-byte character: not mojibake of cp850
                }
                bytes[i] = b;
            }
        }
        return new String(bytes, CP850);
    }

    private static int countRepairs(String text) {
        Matcher m = WORD.matcher(text);
        int n = 0;
        while (m.find()) {
            if (needsRepair(m.group())) n++;
        }
        return n;
    }
}
