package io.rdpdoctor.batch;

import java.nio.file.Path;

/**
 * One input of a batch: what one host's result comes from. Found by {@link InputFinder}, read by
 * the {@link InputLoader} for its {@link Type}.
 *
 * @param display what results and errors call it (the path as found from the command line)
 * @param path    where it is
 * @param type    how it is read
 * @param problem for {@link Type#UNUSABLE}: why it cannot be read at all (no such file...)
 */
public record BatchInput(String display, Path path, Type type, String problem) {

    public enum Type {
        /** A *.yaml, *.yml or *.json fact file (or any file named on the command line). */
        FACT_FILE,
        /** A folder of captured command output (no fact file in it, other files): one host. */
        CAPTURE_FOLDER,
        /** The collector's zip of a capture folder (*.zip): one host, read in memory as the folder would be. */
        CAPTURE_ZIP,
        /** Named on the command line but not usable (missing, not a file or folder). */
        UNUSABLE
    }

    public static BatchInput factFile(Path p) {
        return new BatchInput(p.toString(), p, Type.FACT_FILE, null);
    }

    public static BatchInput captureFolder(Path p) {
        return new BatchInput(p.toString(), p, Type.CAPTURE_FOLDER, null);
    }

    public static BatchInput captureZip(Path p) {
        return new BatchInput(p.toString(), p, Type.CAPTURE_ZIP, null);
    }

    public static BatchInput unusable(Path p, String problem) {
        return new BatchInput(p.toString(), p, Type.UNUSABLE, problem);
    }
}
