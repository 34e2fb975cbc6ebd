package io.rdpdoctor.derived;

import io.rdpdoctor.facts.EventRecord;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every remote failed logon of the host, counted once: how many, and from how many client
 * addresses. Derived by rules/events/security-4625.drl from one {@code collect} of
 * {@link FailedLogon}s, so that a rule that asks "is this a flood?" reads one fact instead of
 * collecting every event again for each event (adversarial review F5: quadratic before).
 *
 * @param events  the events, in the order collected
 * @param count   how many
 * @param sources how many distinct client addresses
 */
public record LogonFailures(List<EventRecord> events, int count, int sources) implements Derived {

    /** A flood: at least this many failures ... */
    public static final int FLOOD_COUNT = 10;
    /** ... from at least this many addresses. */
    public static final int FLOOD_SOURCES = 3;

    public LogonFailures {
        events = List.copyOf(events);
    }

    public static LogonFailures of(List<?> failedLogons) {
        List<EventRecord> events = new ArrayList<>(failedLogons.size());
        Set<String> seen = new HashSet<>();
        for (Object o : failedLogons) {
            FailedLogon f = (FailedLogon) o;
            events.add(f.event());
            if (f.source() != null) {
                seen.add(f.source());
            }
        }
        return new LogonFailures(events, events.size(), seen.size());
    }

    /** Many failures from several addresses: a brute-force attack rather than one user's typo. */
    public boolean flood() {
        return count >= FLOOD_COUNT && sources >= FLOOD_SOURCES;
    }

    @Override
    public List<Object> grounds() {
        return List.copyOf(events);
    }

    @Override
    public String describe() {
        return count + " failed remote logons from " + sources + " addresses";
    }
}
