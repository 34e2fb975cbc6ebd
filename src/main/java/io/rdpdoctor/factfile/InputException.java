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

    public InputException(String file, int line, int column, String problem) {
        super(format(file, line, column, problem));
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
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
}
