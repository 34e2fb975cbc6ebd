package io.rdpdoctor.facts;

/**
 * A registry key that was read. Its values are {@link RegistryValue} facts; a value that is not
 * among them is absent from the key (the Windows default applies), not unknown.
 *
 * @param exists false when the query answered that the key does not exist
 */
public record RegistryKey(String path, boolean exists, Source source) implements Sourced<RegistryKey> {

    @Override
    public RegistryKey withSource(Source s) {
        return new RegistryKey(path, exists, s);
    }

    @Override
    public String describe() {
        return exists ? "registry key " + path + " read" : "registry key " + path + " does not exist";
    }
}
