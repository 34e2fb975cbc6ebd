package io.rdpdoctor.facts;

/**
 * A fact record's own check refused the value of one field. The fact-file reader points its error
 * at the line of that field's key, not at the end of the entry.
 */
public final class InvalidField extends IllegalArgumentException {

    private final String field;

    public InvalidField(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The key in the fact file whose value was refused. */
    public String field() {
        return field;
    }
}
