package io.rdpdoctor.parse;

/**
 * The capture is not what its parser expects: names the file, the line and what was expected
 * there. The only exception a parser may throw.
 */
public class ParseException extends Exception {

    private final String file;
    private final int line;

    public ParseException(String file, int line, String expected) {
        super(file + (line > 0 ? ":" + line : "") + ": " + expected);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }
}
