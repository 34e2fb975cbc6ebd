package io.rdpdoctor.factfile;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The one decoder of Unicode-marked bytes, shared by fact files ({@link FactFileReader}) and captures
 * ({@code parse.CaptureText}, which adds the Windows code pages): a byte-order mark (UTF-8, UTF-16LE,
 * UTF-16BE; Windows PowerShell 5.1's {@code >} writes UTF-16LE with a mark), UTF-16 without a mark
 * told by its NUL bytes, and where bytes stop being UTF-8.
 */
public final class UnicodeText {

    /** Text decoded from bytes that said which Unicode form they are in, the mark dropped. */
    public record Marked(String text, String encoding) {
    }

    private UnicodeText() {
    }

    /** The text when the bytes carry a byte-order mark or UTF-16's pattern of NUL bytes; else null. */
    public static Marked marked(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new Marked(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), "UTF-8 (BOM)");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Marked(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE (BOM)");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Marked(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE (BOM)");
        }
        int utf16 = utf16WithoutBom(b);
        if (utf16 != 0) {
            String text = new String(b, utf16 < 0 ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
            return new Marked(text.startsWith("\uFEFF") ? text.substring(1) : text, utf16 < 0 ? "UTF-16LE" : "UTF-16BE");
        }
        return null;
    }

    /** The offset of the first byte in {@code from..to} that does not belong to a valid UTF-8 sequence, or -1 when all do. */
    public static int firstNonUtf8(byte[] b, int from, int to) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, from, to - from);
        // UTF-8 never gives more chars than it has bytes: one pass, and the decoder stops at the first bad byte
        CoderResult r = d.decode(in, CharBuffer.allocate(to - from), true);
        return r.isError() ? in.position() : -1;
    }

    /** -1 for UTF-16LE, 1 for UTF-16BE, 0 for neither (judged from the NUL bytes of the first 4 KiB). */
    private static int utf16WithoutBom(byte[] b) {
        int n = Math.min(b.length, 4096) & ~1;
        if (n < 4) {
            return 0;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) evenNul++;
            if (b[i + 1] == 0) oddNul++;
        }
        int pairs = n / 2;
        if (oddNul * 10 >= pairs * 4 && evenNul * 10 < pairs) {
            return -1;
        }
        if (evenNul * 10 >= pairs * 4 && oddNul * 10 < pairs) {
            return 1;
        }
        return 0;
    }
}
