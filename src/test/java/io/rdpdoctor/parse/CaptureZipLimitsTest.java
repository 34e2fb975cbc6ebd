package io.rdpdoctor.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link CaptureZip} on its own, without the loader and the rules that {@code CaptureZipTest} runs
 * it with: what a zip's first bytes are, each limit of the class javadoc at its bound (the zip's
 * size, the number of entries, the folder depth, one entry's size, the total inflated), the entries
 * a folder walk would not read (folders, hidden files), the name order, and which entry names leave
 * the archive.
 */
class CaptureZipLimitsTest {

    private static final String TOP = "SRV01-20250314-093000";

    @TempDir
    Path dir;

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        return CaptureZipTest.zip(entries);
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aZipStartsWithALocalFileHeaderOrTheEndRecordOfAnEmptyZip() throws IOException {
        assertThat(CaptureZip.isZip(new byte[] {'P', 'K', 3, 4})).isTrue();
        assertThat(CaptureZip.isZip(new byte[] {'P', 'K', 5, 6, 0})).isTrue();
        assertThat(CaptureZip.isZip(zip(Map.of()))).isTrue();
        assertThat(CaptureZip.isZip(new byte[] {'P', 'K', 3})).isFalse();
        assertThat(CaptureZip.isZip(new byte[] {'Q', 'K', 3, 4})).isFalse();
        assertThat(CaptureZip.isZip(new byte[] {'P', 'J', 3, 4})).isFalse();
        assertThat(CaptureZip.isZip(new byte[] {'P', 'K', 1, 2})).isFalse();
        assertThat(CaptureZip.isZip(new byte[] {'P', 'K', 3, 6})).isFalse();
        assertThat(CaptureZip.isZip(new byte[] {'P', 'K', 5, 4})).isFalse();
        assertThat(CaptureZip.isZip(new byte[] {'P', 'K', 4, 3})).isFalse();
    }

    @Test
    void aFileIsAZipByItsFirstBytesOrItsName() throws IOException {
        Path named = Files.writeString(dir.resolve("capture.ZIP"), "not a zip");
        assertThat(CaptureZip.isZip(named)).isTrue();
        Path content = Files.write(dir.resolve("capture.bin"), zip(Map.of(TOP + "/a.txt", text("a"))));
        assertThat(CaptureZip.isZip(content)).isTrue();
        Path neither = Files.writeString(dir.resolve("netstat.txt"), "Active Connections");
        assertThat(CaptureZip.isZip(neither)).isFalse();
        assertThat(CaptureZip.isZip(dir.resolve("missing.bin"))).isFalse();
    }

    @Test
    void theZipItselfIsAtMost64MiB() throws Exception {
        Path big = dir.resolve("big.zip");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(CaptureZip.MAX_ZIP_BYTES + 1); // sparse: nothing written
        }
        assertThatThrownBy(() -> CaptureZip.read(big)).isInstanceOfSatisfying(CaptureZip.Refused.class, r -> {
            assertThat(r.tooLarge()).isTrue();
            assertThat(r.where()).isEqualTo(big.toString());
            assertThat(r.reason()).contains("at most " + CaptureZip.MAX_ZIP_BYTES);
        });
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(CaptureZip.MAX_ZIP_BYTES);
        }
        assertThatThrownBy(() -> CaptureZip.read(big)).isInstanceOfSatisfying(CaptureZip.Refused.class, r -> {
            assertThat(r.tooLarge()).isFalse();
            assertThat(r.reason()).contains("is not a readable zip archive");
        });
        byte[] onStdin = new byte[(int) CaptureZip.MAX_ZIP_BYTES + 1];
        assertThatThrownBy(() -> CaptureZip.read("-", onStdin)).isInstanceOfSatisfying(CaptureZip.Refused.class, r -> {
            assertThat(r.tooLarge()).isTrue();
            assertThat(r.where()).isEqualTo("-");
        });
        byte[] atTheLimit = new byte[(int) CaptureZip.MAX_ZIP_BYTES];
        assertThatThrownBy(() -> CaptureZip.read("-", atTheLimit)).isInstanceOfSatisfying(CaptureZip.Refused.class,
                r -> assertThat(r.tooLarge()).isFalse());
    }

    @Test
    void atMostAThousandEntries() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < CaptureZip.MAX_ENTRIES; i++) entries.put(TOP + "/f" + i + ".txt", new byte[] {'x'});
        assertThat(CaptureZip.read("z.zip", zip(entries)).entries()).hasSize(CaptureZip.MAX_ENTRIES);
        entries.put(TOP + "/one-more.txt", new byte[] {'x'});
        assertThatThrownBy(() -> CaptureZip.read("z.zip", zip(entries))).isInstanceOfSatisfying(CaptureZip.Refused.class, r -> {
            assertThat(r.tooLarge()).isTrue();
            assertThat(r.reason()).contains("1001 entries");
        });
    }

    @Test
    void atMostEightFoldersDeep() throws Exception {
        // the top folder and seven below it: eight folders, as deep as a capture folder is walked
        String eight = TOP + "/a/b/c/d/e/f/g/x.txt";
        assertThat(CaptureZip.read("z.zip", zip(Map.of(eight, text("x")))).entries()).extracting(CaptureZip.Entry::inner).containsExactly(eight);
        String nine = TOP + "/a/b/c/d/e/f/g/h/x.txt";
        assertThatThrownBy(() -> CaptureZip.read("z.zip", zip(Map.of(nine, text("x"))))).isInstanceOfSatisfying(CaptureZip.Refused.class, r -> {
            assertThat(r.where()).isEqualTo("z.zip!/" + nine);
            assertThat(r.reason()).contains("folders deep");
            assertThat(r.tooLarge()).isFalse();
        });
    }

    @Test
    void entriesInNameOrderWithoutFoldersAndHiddenFiles() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(TOP + "\\qwinsta.txt", text("q"));
        entries.put(TOP + "/", new byte[0]);
        entries.put(TOP + "/.DS_Store", text("mac"));
        entries.put("__MACOSX/" + TOP + "/._netstat-ano.txt", text("mac"));
        entries.put(TOP + "/.git/config", text("git"));
        entries.put(TOP + "/netstat-ano.txt", text("n"));
        entries.put(TOP + "/sub.d/ipconfig-all.txt", text("i"));
        CaptureZip.Contents c = CaptureZip.read("z.zip", zip(entries));
        assertThat(c.entries()).extracting(CaptureZip.Entry::name).containsExactly(
                "z.zip!/" + TOP + "/netstat-ano.txt", "z.zip!/" + TOP + "/qwinsta.txt", "z.zip!/" + TOP + "/sub.d/ipconfig-all.txt");
        assertThat(c.entries()).extracting(e -> new String(e.bytes(), StandardCharsets.UTF_8)).containsExactly("n", "q", "i");
        assertThat(c.skipped()).isEmpty();
    }

    @Test
    void oneEntryAtMost8MiBAndAllTogetherAtMost64MiB() throws Exception {
        byte[] limit = new byte[(int) CaptureText.MAX_BYTES];
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < CaptureZip.MAX_TOTAL_BYTES / CaptureText.MAX_BYTES; i++) entries.put(TOP + "/part" + i + ".txt", limit);
        CaptureZip.Contents atTheLimits = CaptureZip.read("z.zip", zip(entries));
        assertThat(atTheLimits.entries()).hasSize(8).allSatisfy(e -> assertThat(e.bytes()).hasSize((int) CaptureText.MAX_BYTES));
        assertThat(atTheLimits.skipped()).isEmpty();
        entries.put(TOP + "/zz.txt", new byte[] {'x'});
        assertThatThrownBy(() -> CaptureZip.read("z.zip", zip(entries))).isInstanceOfSatisfying(CaptureZip.Refused.class, r -> {
            assertThat(r.tooLarge()).isTrue();
            assertThat(r.where()).isEqualTo("z.zip");
            assertThat(r.reason()).contains("at " + TOP + "/zz.txt");
        });
        CaptureZip.Contents oneTooLarge = CaptureZip.read("z.zip", zip(Map.of(TOP + "/big.txt", new byte[(int) CaptureText.MAX_BYTES + 1],
                TOP + "/small.txt", text("s"))));
        assertThat(oneTooLarge.entries()).extracting(CaptureZip.Entry::inner).containsExactly(TOP + "/small.txt");
        assertThat(oneTooLarge.skipped()).containsExactly(new CaptureZip.Skipped("z.zip!/" + TOP + "/big.txt",
                "unpacks to more than " + CaptureText.MAX_BYTES + " bytes; a capture may have at most 8 MiB", true));
    }

    @Test
    void theNamesThatLeaveTheArchive() {
        for (String n : new String[] {"/etc/x", "\\Windows\\x", "C:\\x.txt", "c:x.txt", "a/../b", "..", "a\\..\\b", "a/..", "a\0b"}) {
            assertThat(CaptureZip.escapes(n)).as(n).isTrue();
        }
        for (String n : new String[] {"a/b.txt", "a/..b/c", "a/b../c", "...", "a/./b", TOP + "\\netstat-ano.txt", "1:x"}) {
            assertThat(CaptureZip.escapes(n)).as(n).isFalse();
        }
    }
}
