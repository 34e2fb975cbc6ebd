package io.rdpdoctor.facts;

/** A fact that can be given its source after it was read (the fact-file reader does this). */
public interface Sourced<T extends Fact> extends Fact {

    T withSource(Source source);
}
