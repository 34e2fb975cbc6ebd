package io.rdpdoctor.diagnosis;

/**
 * How sure a diagnosis is. Honest by construction: a rule may only say CONFIRMED when the facts
 * show the cause itself (docs/ranking.md).
 */
public enum Certainty {
    /** The facts show the cause directly (fDenyTSConnections = 1 was read). */
    CONFIRMED,
    /** The evidence is consistent with the cause but indirect (host fine, port test fails everywhere). */
    LIKELY,
    /** Only a symptom points to it (a client error message, nothing from the server). */
    POSSIBLE;

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
