package io.rdpdoctor.parse;

import java.util.List;

/**
 * The output of one command as captured: already decoded to text and split into lines (line ends
 * removed), with where it came from so that every fact can cite its file and line.
 *
 * @param file      the capture file (or "-" for standard input)
 * @param command   the command line that produced it, when known (a transcript's prompt line, a
 *                  capture file's conventional name), else null
 * @param firstLine the line number in {@code file} of {@code lines.get(0)} (1-based)
 */
public record Capture(String file, String command, List<String> lines, int firstLine) {

    public Capture {
        lines = List.copyOf(lines);
    }

    /** The file line number of the i-th line of this capture. */
    public int lineNumber(int index) {
        return firstLine + index;
    }

    public io.rdpdoctor.facts.Source source(int index) {
        return new io.rdpdoctor.facts.Source(file, lineNumber(index), command);
    }
}
