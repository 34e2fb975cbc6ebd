package io.rdpdoctor.facts;

/** A base fact: an immutable value read from a server or client, with where it was read. */
public interface Fact {

    Source source();

    /** One line for a report's evidence list, in an engineer's words. */
    String describe();
}
