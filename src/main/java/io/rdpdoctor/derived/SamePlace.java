package io.rdpdoctor.derived;

import io.rdpdoctor.facts.ConnectionAttempt;

/**
 * Whether a connection that got through was made from where a failure was reported, to the same
 * host and port: then the way there and the filters on it let RDP in, and the failure lies past TCP.
 * A field left out on either side is taken to agree (a ticket that names no place speaks of one); a
 * port left out is the default.
 */
public final class SamePlace {

    private SamePlace() {
    }

    /**
     * @param ok      a connection attempt that succeeded
     * @param failure what reported the failure ({@code FailureReported.fact}): an attempt, or anything
     *                else (a complaint, a port test), which names no place and so agrees
     */
    public static boolean asFailure(ConnectionAttempt ok, Object failure) {
        if (!(failure instanceof ConnectionAttempt f)) return true;
        return agree(ok.target(), f.target()) && agree(ok.from(), f.from()) && agree(ok.network(), f.network())
                && port(ok) == port(f);
    }

    private static boolean agree(String a, String b) {
        return a == null || b == null || a.strip().equalsIgnoreCase(b.strip());
    }

    private static int port(ConnectionAttempt a) {
        return a.port() == null ? 3389 : a.port();
    }
}
