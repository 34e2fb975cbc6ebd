package io.rdpdoctor.serve;

import io.rdpdoctor.parse.CaptureText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The files of one request (dropped files, a dropped folder, the collector's zip), checked and held
 * in memory: nothing is written to disk and no name reaches the file system, yet a name that would
 * leave its folder (absolute, a drive letter, {@code ..}) is refused, so that what the report cites
 * is what the engineer sent. A zip is expanded here, one level deep, within limits that are counted
 * on the bytes actually inflated (a zip's own size fields can lie).
 */
final class Uploads {

    /** At most this many files in one request, counting every zip entry. */
    static final int MAX_FILES = 1000;
    /** One file or zip entry: as large as a capture may be. */
    static final long MAX_FILE = CaptureText.MAX_BYTES;
    /** All files of a request together, zips inflated. */
    static final long MAX_TOTAL = 48L * 1024 * 1024;

    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    /** A request's files that cannot be taken: the message names the file and what was expected. */
    static final class Refused extends Exception {
        /** Too large (HTTP 413), rather than malformed (400). */
        final boolean tooLarge;

        Refused(String message) {
            this(message, false);
        }

        Refused(String message, boolean tooLarge) {
            super(message);
            this.tooLarge = tooLarge;
        }
    }

    private final SortedMap<String, byte[]> files = new TreeMap<>();
    private long total;

    /** Adds one file; a zip (by its name or its first bytes) is expanded into its entries under {@code name/}. */
    void add(String name, byte[] content) throws Refused {
        String clean = relative(name, "file");
        if (isZip(clean, content)) {
            expand(clean, content);
        } else {
            put(clean, content);
        }
    }

    SortedMap<String, byte[]> files() {
        return files;
    }

    private void put(String name, byte[] content) throws Refused {
        if (files.size() >= MAX_FILES) {
            throw new Refused("more than " + MAX_FILES + " files (zip entries included) in one request", true);
        }
        if (content.length > MAX_FILE) {
            throw new Refused(name + ": is " + content.length + " bytes; a capture may have at most " + MAX_FILE + " (8 MiB)", true);
        }
        total += content.length;
        if (total > MAX_TOTAL) {
            throw new Refused("the files of one request may have at most " + MAX_TOTAL + " bytes (48 MiB) together, zips inflated", true);
        }
        String unique = name;
        for (int n = 2; files.containsKey(unique); n++) {
            unique = name + " (" + n + ")";
        }
        files.put(unique, content);
    }

    private static boolean isZip(String name, byte[] content) {
        return name.toLowerCase(Locale.ROOT).endsWith(".zip")
                || (content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4);
    }

    private void expand(String zipName, byte[] zip) throws Refused {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            int entries = 0;
            while ((e = in.getNextEntry()) != null) {
                if (++entries > MAX_FILES) {
                    throw new Refused(zipName + ": more than " + MAX_FILES + " entries", true);
                }
                String entry = relative(e.getName(), zipName + ": entry");
                if (e.isDirectory()) continue;
                // read one byte past each limit, so that an entry larger than declared is caught while inflating
                long room = Math.min(MAX_FILE, MAX_TOTAL - total);
                byte[] bytes = in.readNBytes((int) room + 1);
                if (bytes.length > MAX_FILE) {
                    throw new Refused(zipName + ": entry " + entry + " inflates to more than " + MAX_FILE + " bytes; a capture may have at most 8 MiB", true);
                }
                if (bytes.length > room) {
                    throw new Refused(zipName + ": inflates to more than " + MAX_TOTAL + " bytes (48 MiB) with the other files", true);
                }
                if (isZip(entry, bytes)) {
                    throw new Refused(zipName + ": entry " + entry + " is itself a zip; unzip it and drop its folder");
                }
                put(zipName + "/" + entry, bytes);
            }
            if (entries == 0) {
                throw new Refused(zipName + ": is not a zip archive, or an empty one");
            }
        } catch (IOException x) {
            throw new Refused(zipName + ": cannot be read as a zip archive: " + x.getMessage());
        }
    }

    /**
     * A relative path with forward slashes, or refused: empty, absolute, with a drive letter or a
     * {@code ..} segment, with control characters, or longer than 512 characters.
     */
    static String relative(String name, String what) throws Refused {
        if (name == null || name.isBlank()) {
            throw new Refused(what + " without a name");
        }
        String n = name.replace('\\', '/');
        String shown = io.rdpdoctor.report.Visible.oneLine(name);
        if (n.length() > 512) {
            throw new Refused(what + " " + shown.substring(0, 60) + "...: a name may have at most 512 characters");
        }
        for (int i = 0; i < n.length(); i++) {
            if (io.rdpdoctor.report.Visible.isControl(n.charAt(i))) {
                throw new Refused(what + " " + shown + ": the name holds a control character");
            }
        }
        if (n.startsWith("/") || DRIVE.matcher(n).matches()) {
            throw new Refused(what + " " + shown + ": an absolute path; expected a name relative to its folder");
        }
        StringBuilder out = new StringBuilder();
        for (String part : n.split("/")) {
            if (part.equals("..")) {
                throw new Refused(what + " " + shown + ": leaves its folder (..); expected a name relative to its folder");
            }
            if (part.isEmpty() || part.equals(".")) continue;
            if (out.length() > 0) out.append('/');
            out.append(part);
        }
        if (out.length() == 0) {
            throw new Refused(what + " " + shown + ": expected a file name");
        }
        return out.toString();
    }
}
