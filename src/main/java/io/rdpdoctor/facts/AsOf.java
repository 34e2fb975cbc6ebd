package io.rdpdoctor.facts;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The day the facts describe. Expiry dates (a certificate's notAfter) are compared with it, never
 * with the clock of the machine that runs the diagnosis: facts collected last year are judged as
 * of last year, and a test gives the same answer on any day.
 *
 * @param date  the day
 * @param basis where it came from
 */
public record AsOf(LocalDate date, Basis basis, Source source) implements Fact {

    public enum Basis {
        /** given with --as-of (or a scenario's asOf) */
        OPTION,
        /** the facts' collection time (host.collectedAt, a capture's manifest) */
        COLLECTED,
        /** neither was known: the day of the diagnosis */
        CLOCK
    }

    /**
     * The day for one host's facts: the day given (option) wins, then the collection time the facts
     * carry, then today by the given clock.
     */
    public static AsOf of(FactSet facts, LocalDate option, Clock clock) {
        if (option != null) {
            return new AsOf(option, Basis.OPTION, null);
        }
        HostInfo host = facts.host().orElse(null);
        LocalDateTime collected = host == null ? null : Timestamps.parse(host.collectedAt());
        if (collected != null) {
            return new AsOf(collected.toLocalDate(), Basis.COLLECTED, host.source());
        }
        return new AsOf(LocalDate.now(clock), Basis.CLOCK, null);
    }

    @Override
    public String describe() {
        return "facts taken as of " + date + switch (basis) {
            case OPTION -> " (--as-of)";
            case COLLECTED -> " (their collection time)";
            case CLOCK -> " (today: the facts give no collection time)";
        };
    }
}
