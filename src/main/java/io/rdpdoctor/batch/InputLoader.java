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

    Loaded load(BatchInput input) throws InputException;

    /** One input's facts, and the parts of it that were skipped (each "file[:line] (command): skipped: why"). */
    record Loaded(FactSet facts, java.util.List<String> skipped) {
        public Loaded {
            skipped = java.util.List.copyOf(skipped);
        }

        public static Loaded of(FactSet facts) {
            return new Loaded(facts, java.util.List.of());
        }
    }
}
