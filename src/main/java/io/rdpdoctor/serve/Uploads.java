package io.rdpdoctor.serve;

import io.rdpdoctor.parse.CaptureText;
import io.rdpdoctor.parse.CaptureZip;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The files of one request (dropped files, a dropped folder, the collector's zip), checked and held
 * in memory: nothing is written to disk and no name reaches the file system, yet a name that would
 * leave its folder (absolute, a drive letter, {@code ..}) is refused, so that what the report cites
 * is what the engineer sent. A zip is expanded one level deep by {@link CaptureZip}, the reader the
 * command line uses, whose limits count the bytes actually inflated (a zip's own size fields can lie).
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
        return name.toLowerCase(Locale.ROOT).endsWith(".zip") || CaptureZip.isZip(content);
    }

    /**
     * A zip's entries, read by the project's one zip reader ({@link CaptureZip}: its limits, no path
     * escapes, no links, nothing encrypted), each then counted against this request's limits. An
     * entry the reader skips (too large, unreadable) refuses the request: the page shows the refusal
     * rather than a diagnosis of part of the capture.
     */
    private void expand(String zipName, byte[] zip) throws Refused {
        CaptureZip.Contents contents;
        try {
            contents = CaptureZip.read(zipName, zip);
        } catch (CaptureZip.Refused e) {
            throw new Refused(e.getMessage(), e.tooLarge());
        }
        for (CaptureZip.Skipped skipped : contents.skipped()) {
            throw new Refused(skipped.name() + ": " + skipped.reason(), skipped.tooLarge());
        }
        if (contents.entries().isEmpty()) {
            throw new Refused(zipName + ": is not a zip archive, or an empty one");
        }
        for (CaptureZip.Entry e : contents.entries()) {
            String entry = relative(e.inner(), zipName + ": entry");
            if (CaptureZip.isZip(e.bytes())) {
                throw new Refused(zipName + ": entry " + entry + " is itself a zip; unzip it and drop its folder");
            }
            put(zipName + "/" + entry, e.bytes());
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
