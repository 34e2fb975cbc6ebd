package io.rdpdoctor.knowledge;

import com.fasterxml.jackson.annotation.JsonAlias;

/** What a catalogue entry is. */
public enum Kind {
    /** A cause of the failure, with a fix. */
    @JsonAlias("cause") CAUSE,
    /** An observation that causes explain ("nothing listens on 3389"); ranked under its cause. */
    @JsonAlias("symptom") SYMPTOM,
    /** A weakness that is not why the connection fails; reported apart, never above a cause. */
    @JsonAlias("security") SECURITY
}
