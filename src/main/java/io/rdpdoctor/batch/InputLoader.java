package io.rdpdoctor.batch;

import io.rdpdoctor.factfile.InputException;
import io.rdpdoctor.facts.FactSet;

/**
 * Reads one {@link BatchInput} into the facts of one host. One loader per input type; loaders are
 * shared by every worker thread, so they must be thread-safe. A problem is an
 * {@link InputException}, which becomes the input's error record; the batch goes on.
 *
 * <p>Capture folders plug in here: {@link CaptureFolderLoader} is the place where the capture
 * reader of {@code io.rdpdoctor.parse} will be called.
 */
@FunctionalInterface
public interface InputLoader {

    FactSet load(BatchInput input) throws InputException;
}
