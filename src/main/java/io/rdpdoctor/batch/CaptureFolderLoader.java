package io.rdpdoctor.batch;

import io.rdpdoctor.factfile.InputException;
import io.rdpdoctor.facts.FactSet;

/**
 * Capture folders (the raw output of the collection commands, one folder per host). Not read yet:
 * every one becomes an error record. When the capture reader of {@code io.rdpdoctor.parse}
 * (CaptureLoader) lands, {@link #load} calls it and returns its FactSet; nothing else in the batch
 * changes.
 */
public final class CaptureFolderLoader implements InputLoader {

    @Override
    public FactSet load(BatchInput input) throws InputException {
        throw new InputException(input.display(), "capture folders are not read yet (only *.yaml, *.yml and *.json fact files)");
    }
}
