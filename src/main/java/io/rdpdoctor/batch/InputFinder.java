package io.rdpdoctor.batch;

import io.rdpdoctor.factfile.InputFiles;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Finds the inputs of a batch below the paths of the command line:
 * <ul>
 *   <li>a file named on the command line is a fact file, whatever its name, but for a {@code *.zip},
 *       which is a collector's zip (one host's capture folder);</li>
 *   <li>below a directory, every {@code *.zip} is a collector's zip (one host);</li>
 *   <li>below a directory, every {@code *.yaml}, {@code *.yml} and {@code *.json} file is a fact
 *       file, but for scenario files ({@code *.scenarios.yaml}) (recursively; names starting with a dot are skipped, symbolic links to directories are
 *       not followed);</li>
 *   <li>a directory with no fact file anywhere below it but with other files in it is a capture
 *       folder (one host);</li>
 *   <li>a path that does not exist is an unusable input: it gets an error record too.</li>
 * </ul>
 * Inputs are reported in a stable order (the command line's, then by name). Nothing is opened for
 * writing.
 */
public final class InputFinder {

    private InputFinder() {
    }

    public static List<BatchInput> find(List<Path> roots) {
        return find(roots, null);
    }

    /** As {@link #find(List)}, skipping the directory {@code exclude} (the report directory) when met below a root. */
    public static List<BatchInput> find(List<Path> roots, Path exclude) {
        List<BatchInput> out = new ArrayList<>();
        find(roots, exclude == null ? null : exclude.toAbsolutePath().normalize(), out::add);
        return out;
    }

    private static void find(List<Path> roots, Path exclude, Consumer<BatchInput> sink) {
        for (Path root : roots) {
            if (Files.isRegularFile(root) && isZipName(root.getFileName().toString())) {
                sink.accept(BatchInput.captureZip(root));
            } else if (Files.isRegularFile(root)) {
                sink.accept(BatchInput.factFile(root));
            } else if (Files.isDirectory(root) && hasManifest(root)) {
                sink.accept(BatchInput.captureFolder(root));
            } else if (Files.isDirectory(root)) {
                List<BatchInput> below = new ArrayList<>();
                boolean otherFiles = scan(root, root, exclude, below);
                if (below.isEmpty() && otherFiles) {
                    sink.accept(BatchInput.captureFolder(root));
                } else {
                    below.forEach(sink);
                }
            } else if (Files.exists(root, LinkOption.NOFOLLOW_LINKS) && !Files.exists(root)) {
                sink.accept(BatchInput.unusable(root, "is a broken symbolic link"));
            } else if (Files.exists(root)) {
                sink.accept(BatchInput.unusable(root, "is neither a file nor a directory"));
            } else {
                sink.accept(BatchInput.unusable(root, "no such file or directory"));
            }
        }
    }

    /** A capture folder written by the collector carries a manifest (host, time, collector version). */
    static boolean hasManifest(Path dir) {
        for (String m : new String[] {"manifest.json", "manifest.yaml", "manifest.yml"}) {
            if (Files.isRegularFile(dir.resolve(m))) return true;
        }
        return false;
    }

    /** A fact file by its name; a rule author's scenario file ({@code *.scenarios.yaml}) is not one. */
    public static boolean isFactFileName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".scenarios.yaml") || n.endsWith(".scenarios.yml")) return false;
        return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
    }

    /** A collector's zip by its name. */
    static boolean isZipName(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    /** The entry's own attributes (a link's, not its target's), or null when it is gone already (its reader says so). */
    private static BasicFileAttributes attributes(Path p) {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null;
        }
    }

    /** Adds the inputs below dir to out; returns whether dir itself holds files that are not fact files. */
    private static boolean scan(Path dir, Path root, Path exclude, List<BatchInput> out) {
        List<Path> files = new ArrayList<>();
        List<Path> dirs = new ArrayList<>();
        boolean other = false;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (name.startsWith(".")) continue;
                // one lstat per entry (a fleet is 100,000 files): the directories this walks are none of
                // them symbolic links, so only a file that is one can lead outside the root
                BasicFileAttributes attrs = attributes(p);
                if (attrs != null && attrs.isDirectory()) {
                    if (exclude == null || !p.toAbsolutePath().normalize().equals(exclude)) dirs.add(p);
                } else if ((isFactFileName(name) || isZipName(name)) && attrs != null && attrs.isSymbolicLink() && InputFiles.leaves(root, p)) {
                    // as unzip restores them from a customer's zip: not followed, nothing of the target read (F11)
                    out.add(BatchInput.unusable(p, "is a symbolic link to a file outside " + root + "; not followed"));
                } else if (isFactFileName(name) || isZipName(name)) {
                    files.add(p);
                } else if (Files.isRegularFile(p)) {
                    other = true;
                }
            }
        } catch (IOException | RuntimeException e) {
            out.add(BatchInput.unusable(dir, "directory cannot be listed: " + e.getMessage()));
            return false;
        }
        files.sort(null);
        dirs.sort(null);
        for (Path f : files) {
            out.add(isZipName(f.getFileName().toString()) ? BatchInput.captureZip(f) : BatchInput.factFile(f));
        }
        for (Path d : dirs) {
            if (hasManifest(d)) {
                out.add(BatchInput.captureFolder(d));
                continue;
            }
            List<BatchInput> below = new ArrayList<>();
            boolean otherBelow = scan(d, root, exclude, below);
            if (below.isEmpty() && otherBelow) {
                out.add(BatchInput.captureFolder(d));
            } else {
                out.addAll(below);
            }
        }
        return other;
    }
}
