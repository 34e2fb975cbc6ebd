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

    /**
     * Whether a reading of this command's output holds facts or collected areas. False for a command
     * recognised only to say what to collect instead (gpresult /r) or whose output names no fact on its
     * own (Get-NetFirewallPortFilter); for the others an empty reading means the capture is damaged,
     * and the loader says "recognised as ID but nothing could be read" (adversarial review F27).
     */
    default boolean givesFacts() {
        return true;
    }
}
