package io.rdpdoctor.batch;

import io.rdpdoctor.factfile.InputException;
import io.rdpdoctor.facts.FactSet;
import io.rdpdoctor.parse.CaptureLoader;

/**
 * Capture folders (the raw output of the collection commands, one folder per host), read by the
 * parsers' {@link CaptureLoader}. A folder in which no command output is recognised is an error
 * record that says what was skipped and why; a folder of which only some files could be read is
 * diagnosed from what was read (as {@code diagnose} does).
 */
public final class CaptureFolderLoader implements InputLoader {

    private final CaptureLoader captures = new CaptureLoader();

    @Override
    public Loaded load(BatchInput input) throws InputException {
        CaptureLoader.Result read = captures.load(input.path());
        if (read.blocks().isEmpty()) {
            String why = read.skipped().isEmpty() ? "no files" : String.join("; ", read.skipped().stream().map(String::valueOf).toList());
            throw new InputException(input.display(), "no command output recognised in this capture folder: " + why);
        }
        return new Loaded(read.facts(), read.skipped().stream().map(String::valueOf).toList());
    }
}
