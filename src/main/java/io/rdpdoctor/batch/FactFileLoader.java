package io.rdpdoctor.batch;

import io.rdpdoctor.factfile.FactFileReader;
import io.rdpdoctor.factfile.InputException;
import io.rdpdoctor.facts.FactSet;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;

/**
 * Fact files through the project's {@link FactFileReader} (the same reader, messages and sources as
 * {@code diagnose}). The bytes are read here in one call, opened read-only: inputs are never modified.
 */
public final class FactFileLoader implements InputLoader {

    private final FactFileReader reader = new FactFileReader();

    @Override
    public Loaded load(BatchInput input) throws InputException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(input.path());
        } catch (NoSuchFileException e) {
            throw new InputException(input.display(), "vanished: it was there when the batch started, and is gone now");
        } catch (AccessDeniedException e) {
            throw new InputException(input.display(), "cannot be read: permission denied");
        } catch (IOException e) {
            if (Files.isDirectory(input.path())) {
                throw new InputException(input.display(), "is a directory; expected a fact file (.yaml, .yml or .json)");
            }
            throw new InputException(input.display(), "cannot be read: " + e.getMessage());
        } catch (OutOfMemoryError e) {
            throw new InputException(input.display(), "is too large to read");
        }
        if (bytes.length > FactFileReader.MAX_BYTES) {
            throw new InputException(input.display(), "is " + bytes.length + " bytes; a fact file may have at most " + FactFileReader.MAX_BYTES);
        }
        return Loaded.of(reader.read(input.display(), bytes));
    }
}
