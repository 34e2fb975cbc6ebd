package io.rdpdoctor.batch;

import io.rdpdoctor.factfile.InputException;
import io.rdpdoctor.parse.InputReader;

/**
 * Capture folders and the collector's zips of them (the raw output of the collection commands, one
 * folder or zip per host), read by the
 * project's {@link InputReader} as raw command output. The batch's policy: a folder in which no
 * command output is recognised is an error record that says what was skipped and why; a folder of
 * which only some files could be read is diagnosed from what was read (as {@code diagnose} does),
 * and its result lists what was skipped.
 */
public final class CaptureFolderLoader implements InputLoader {

    private final InputReader reader;

    public CaptureFolderLoader() {
        this(new InputReader());
    }

    CaptureFolderLoader(InputReader reader) {
        this.reader = reader;
    }

    @Override
    public Loaded load(BatchInput input) throws InputException {
        InputReader.Input read = reader.read(input.path(), InputReader.Kind.RAW_OUTPUT);
        // the manifest alone (the collector always writes one) is not command output: a folder of which
        // nothing but the host's name was read is an error record, never "healthy" (F21, code review P3)
        if (read.nothingRead() || read.facts().nothingCollected()) {
            if (read.skippedParts().size() == 1 && read.skippedParts().get(0).file().equals(input.path().toString())) {
                // the zip itself was refused (not a zip, too large, ...): say why once, not wrapped
                throw new InputException(input.display(), read.skippedParts().get(0).reason());
            }
            String why = read.skipped().isEmpty() ? "no files" : String.join("; ", read.skipped());
            throw new InputException(input.display(), "no command output recognised in this capture "
                    + (input.type() == BatchInput.Type.CAPTURE_ZIP ? "zip" : "folder") + ": " + why);
        }
        return new Loaded(read.facts(), read.skipped());
    }
}
