package io.rdpdoctor.parse;

import java.util.List;

/**
 * Reads the output of one Windows command into facts. One implementation per command (or per
 * output form of a command), each carrying its real samples and their expected facts under
 * src/test/resources/parsers/{id}/ (docs/parsers.md).
 */
public interface CommandParser {

    /** A stable id, also the conventional capture file name without extension ("netstat-ano"). */
    String id();

    /** The exact command lines whose output this parser reads. */
    List<String> commands();

    /**
     * Whether the text looks like this command's output (headers, labels, in any language the
     * parser knows). Must be cheap and must not throw.
     */
    boolean recognises(Capture capture);

    /** The facts, each with its source line; a capture that is not this command's output throws. */
    Parsed parse(Capture capture) throws ParseException;
}
