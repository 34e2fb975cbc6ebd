package io.rdpdoctor.batch;

import io.rdpdoctor.factfile.InputException;
import io.rdpdoctor.parse.InputReader;

/**
 * Fact files through the project's {@link InputReader} (the same reader, messages and sources as
 * {@code diagnose}), read as fact files whatever their name: {@link InputFinder} has decided. The
 * file is opened read-only and read in one call: inputs are never modified. The batch's own word is
 * for a file that is gone: it was there when the inputs were found.
 */
public final class FactFileLoader implements InputLoader {

    private final InputReader reader;

    public FactFileLoader() {
        this(new InputReader());
    }

    FactFileLoader(InputReader reader) {
        this.reader = reader;
    }

    @Override
    public Loaded load(BatchInput input) throws InputException {
        try {
            io.rdpdoctor.facts.FactSet facts = reader.read(input.path(), InputReader.Kind.FACT_FILE).facts();
            if (facts.nothingCollected()) {
                // an error record, never "healthy" (F21)
                throw new InputException(input.display(), io.rdpdoctor.facts.FactSet.NOTHING_COLLECTED);
            }
            return Loaded.of(facts);
        } catch (InputException e) {
            if (e.missing()) throw new InputException(input.display(), "vanished: it was there when the batch started, and is gone now");
            throw e;
        }
    }
}
