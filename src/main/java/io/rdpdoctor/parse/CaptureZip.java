package io.rdpdoctor.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * The collector's zip ({@code Compress-Archive} of the capture folder), read in memory as it is: it is
 * never unpacked, so nothing in it can write to or read from this machine's file system. The limits
 * are those of a capture folder, plus those a zip needs against bombs:
 * <ul>
 *   <li>the zip itself at most {@link #MAX_ZIP_BYTES}; at most {@link #MAX_ENTRIES} entries; at most
 *       {@link #MAX_TOTAL_BYTES} inflated in all (counted while inflating, not taken from the headers,
 *       which a bomb can fake);</li>
 *   <li>one entry at most {@link CaptureText#MAX_BYTES}, as one capture file (that entry is skipped, the
 *       rest read);</li>
 *   <li>no entry whose name leaves the archive ({@code ../}, {@code /etc/x}, {@code C:\x}), no symbolic
 *       link entry, no encrypted entry, at most {@link #MAX_DEPTH} folders deep (as a folder is walked):
 *       such a zip is not the collector's, and is refused whole.</li>
 * </ul>
 * Entry names use {@code /} or, as Windows PowerShell 5.1's {@code Compress-Archive} writes them,
 * {@code \}. An entry is named {@code ZIP!/entry} in facts' sources and messages.
 */
public final class CaptureZip {

    public static final long MAX_ZIP_BYTES = 64L * 1024 * 1024;
    public static final int MAX_ENTRIES = 1000;
    public static final long MAX_TOTAL_BYTES = 64L * 1024 * 1024;
    /** As deep as a capture folder is walked ({@code Files.walk(path, 8)}). */
    public static final int MAX_DEPTH = 8;

    /** One entry's content, named {@code ZIP!/path/in/zip} (with {@code /}). */
    public record Entry(String name, byte[] bytes) {
        /** The entry's path inside the zip. */
        public String inner() {
            return name.substring(name.indexOf("!/") + 2);
        }
    }

    /** An entry that was not read, and why (the rest of the zip is read); tooLarge when a size limit refused it. */
    public record Skipped(String name, String reason, boolean tooLarge) {
        Skipped(String name, String reason) {
            this(name, reason, false);
        }
    }

    /** What a zip held: the entries read, in name order, and those skipped. */
    public record Contents(List<Entry> entries, List<Skipped> skipped) {
    }

    /** The zip as a whole cannot be read or is refused; the message names the zip and, where one is to blame, the entry. */
    public static final class Refused extends Exception {
        private final String where;
        private final String reason;
        private final boolean tooLarge;

        Refused(String where, String reason) {
            this(where, reason, false);
        }

        Refused(String where, String reason, boolean tooLarge) {
            super(where + ": " + reason);
            this.where = where;
            this.reason = reason;
            this.tooLarge = tooLarge;
        }

        /** Refused by a size or count limit (the zip may be sound, only too large), not by its content. */
        public boolean tooLarge() {
            return tooLarge;
        }

        /** The zip, or {@code ZIP!/entry} when one entry is to blame. */
        public String where() {
            return where;
        }

        public String reason() {
            return reason;
        }
    }

    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    private CaptureZip() {
    }

    /** Whether bytes start as a zip does (a local file header, or the end record of an empty zip). */
    public static boolean isZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K'
                && ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6));
    }

    /** Whether a file is a zip: by its first bytes, or (so that a broken one is refused as such) by its name. */
    public static boolean isZip(Path file) {
        if (file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            return true;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return isZip(in.readNBytes(4));
        } catch (IOException e) {
            return false;
        }
    }

    /** Reads a zip file. */
    public static Contents read(Path zip) throws Refused {
        String name = zip.toString();
        try {
            long size = Files.size(zip);
            if (size > MAX_ZIP_BYTES) {
                throw new Refused(name, "is " + size + " bytes; a capture zip may have at most " + MAX_ZIP_BYTES + " (64 MiB)", true);
            }
            try (ZipFile z = ZipFile.builder().setPath(zip).get()) {
                return read(name, z);
            }
        } catch (IOException e) {
            throw new Refused(name, "is not a readable zip archive: " + e.getMessage());
        }
    }

    /** Reads a zip already in memory (standard input). */
    public static Contents read(String name, byte[] bytes) throws Refused {
        if (bytes.length > MAX_ZIP_BYTES) {
            throw new Refused(name, "is more than " + MAX_ZIP_BYTES + " bytes; a capture zip may have at most 64 MiB", true);
        }
        try (ZipFile z = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            return read(name, z);
        } catch (IOException e) {
            throw new Refused(name, "is not a readable zip archive: " + e.getMessage());
        }
    }

    private static Contents read(String zipName, ZipFile zip) throws Refused, IOException {
        List<ZipArchiveEntry> all = Collections.list(zip.getEntries());
        if (all.size() > MAX_ENTRIES) {
            throw new Refused(zipName, "holds " + all.size() + " entries; a capture zip may have at most " + MAX_ENTRIES, true);
        }
        // refused whole before anything is inflated: such a zip was not written by the collector
        for (ZipArchiveEntry e : all) {
            String path = inner(e);
            if (e.isUnixSymlink()) {
                throw new Refused(zipName + "!/" + path, "is a symbolic link entry; a capture zip holds none, so the zip is not read");
            }
            if (escapes(e.getName())) {
                throw new Refused(zipName + "!/" + e.getName(), "the entry's name leaves the archive (an absolute path or '..'); the zip is not read");
            }
            if (path.split("/").length > MAX_DEPTH + 1) {
                throw new Refused(zipName + "!/" + path, "is more than " + MAX_DEPTH + " folders deep; the zip is not read");
            }
            if (e.getGeneralPurposeBit().usesEncryption()) {
                throw new Refused(zipName + "!/" + path, "is encrypted; unzip it with its password first");
            }
        }
        all.sort(Comparator.comparing(CaptureZip::inner));
        List<Entry> entries = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        long total = 0;
        for (ZipArchiveEntry e : all) {
            String path = inner(e);
            String name = zipName + "!/" + path;
            if (e.isDirectory() || path.endsWith("/")) continue;
            if (hidden(path)) continue; // as in a folder: .DS_Store, __MACOSX/._x
            if (!zip.canReadEntryData(e)) {
                skipped.add(new Skipped(name, "cannot be read: compression method " + e.getMethod() + " is not supported"));
                continue;
            }
            byte[] bytes;
            try (InputStream in = zip.getInputStream(e)) {
                // inflate one byte more than allowed: the header's size may lie
                bytes = in.readNBytes((int) CaptureText.MAX_BYTES + 1);
            } catch (IOException | RuntimeException x) {
                skipped.add(new Skipped(name, "cannot be read from the zip: " + x.getMessage()));
                continue;
            }
            total += bytes.length;
            if (total > MAX_TOTAL_BYTES) {
                throw new Refused(zipName, "unpacks to more than " + MAX_TOTAL_BYTES
                        + " bytes (64 MiB; a capture is a few MiB), at " + path + "; the zip is not read", true);
            }
            if (bytes.length > CaptureText.MAX_BYTES) {
                skipped.add(new Skipped(name, "unpacks to more than " + CaptureText.MAX_BYTES + " bytes; a capture may have at most 8 MiB", true));
                continue;
            }
            entries.add(new Entry(name, bytes));
        }
        return new Contents(entries, skipped);
    }

    /** The entry's path with {@code /} separators (Windows PowerShell 5.1 writes {@code \}). */
    private static String inner(ZipArchiveEntry e) {
        return e.getName().replace('\\', '/');
    }

    /** An absolute name, a drive, or a {@code ..} segment: unpacked, it would land outside the target folder. */
    static boolean escapes(String rawName) {
        String n = rawName.replace('\\', '/');
        if (n.startsWith("/") || DRIVE.matcher(n).matches() || n.contains("\0")) return true;
        for (String segment : n.split("/")) {
            if (segment.equals("..")) return true;
        }
        return false;
    }

    private static boolean hidden(String path) {
        for (String segment : path.split("/")) {
            if (segment.startsWith(".")) return true;
        }
        return false;
    }
}
