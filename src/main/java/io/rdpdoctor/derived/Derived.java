package io.rdpdoctor.derived;

import java.util.List;

/**
 * A fact the rules infer from base facts (with insertLogical, so truth maintenance withdraws it
 * when its grounds go). It cites the facts it stands on.
 */
public interface Derived {

    /** The facts this conclusion stands on, for the report's evidence. */
    List<Object> grounds();

    String describe();
}
