package io.rdpdoctor.factfile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What kind of file an input is, decided before it is opened (adversarial review F11, F13, F25):
 * opening a FIFO blocks until someone writes to it, a device never ends ({@code /dev/zero}), and a
 * symbolic link in a customer's capture zip can point anywhere on this machine.
 */
public final class InputFiles {

    /** Why a path that exists and is not a directory cannot be an input. */
    public static final String NOT_REGULAR = "is not a regular file (a FIFO, a device or a socket); not read";

    private InputFiles() {
    }

    /**
     * Whether the path (its target, for a symbolic link) exists and is neither a regular file nor a
     * directory: a FIFO, a character or block device, a socket.
     */
    public static boolean isSpecial(Path p) {
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            return !a.isRegularFile() && !a.isDirectory();
        } catch (IOException | UnsupportedOperationException e) {
            return false; // missing or unreadable: the reader says so
        }
    }

    /**
     * Whether {@code file}, found below {@code root}, is a symbolic link (or lies below one) whose
     * target is outside {@code root}: such a link is not followed, and nothing of its target is read or
     * quoted. A link that cannot be resolved counts as leaving.
     */
    public static boolean leaves(Path root, Path file) {
        if (!Files.isSymbolicLink(file) && !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            Path realRoot = root.toRealPath();
            return !file.toRealPath().startsWith(realRoot);
        } catch (IOException e) {
            return Files.isSymbolicLink(file);
        }
    }
}
