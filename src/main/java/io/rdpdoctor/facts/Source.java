package io.rdpdoctor.facts;

/**
 * Where a fact came from: a file and line, and the command whose output it was read from, when
 * known. Every fact carries one so that a diagnosis can cite its evidence.
 */
public record Source(String file, Integer line, String command) {

    public static Source of(String file, int line) {
        return new Source(file, line, null);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file == null ? "?" : file);
        if (line != null) {
            s.append(':').append(line);
        }
        if (command != null) {
            s.append(" (").append(command).append(')');
        }
        return s.toString();
    }
}
