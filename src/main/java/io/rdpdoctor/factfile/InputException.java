package io.rdpdoctor.factfile;

/**
 * An input that cannot be used: names the file, the line and column where known, and what was
 * expected there.
 */
public class InputException extends Exception {

    private final String file;
    private final int line;
    private final int column;
    private final String problem;
    private final boolean missing;

    public InputException(String file, int line, int column, String problem) {
        this(file, line, column, problem, false);
    }

    private InputException(String file, int line, int column, String problem, boolean missing) {
        super(format(file, line, column, problem));
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
        this.missing = missing;
    }

    /** The file is not there ("no such file"). */
    public static InputException missing(String file) {
        return new InputException(file, 0, 0, "no such file", true);
    }

    public InputException(String file, String problem) {
        this(file, 0, 0, problem);
    }

    private static String format(String file, int line, int column, String problem) {
        return file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + problem;
    }

    public String file() {
        return file;
    }

    /** 1-based; 0 when the problem is not at a line (missing file, empty file). */
    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String problem() {
        return problem;
    }

    /** Whether the problem is that the file does not exist (a caller may say it in its own words). */
    public boolean missing() {
        return missing;
    }
}
