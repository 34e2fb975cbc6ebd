package io.rdpdoctor.diagnosis;

import io.rdpdoctor.facts.AsOf;
import io.rdpdoctor.facts.FactSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How the day a host's facts are judged as of is chosen: the day the user gave (--as-of), else
 * the facts' own collection time, else today by the clock. Tests pass a fixed clock, so that no
 * result depends on the day the tests run.
 *
 * @param given the day given with --as-of, or null
 * @param clock today's date when neither the option nor the facts give a day
 */
public record ReferenceDay(LocalDate given, Clock clock) {

    public ReferenceDay {
        Objects.requireNonNull(clock, "clock");
    }

    /** What --as-of says, for each command that has it. */
    public static final String OPTION_HELP = "Judge the facts as of this day (yyyy-MM-dd), e.g. a certificate's expiry. "
            + "Default: the facts' collection time (host.collectedAt, a capture's manifest), else today.";

    /** The day given with --as-of (or null), else the collection time of the facts, else today by the machine's clock. */
    public static ReferenceDay of(LocalDate given) {
        return new ReferenceDay(given, Clock.systemDefaultZone());
    }

    /**
     * The given day (or null), else the facts' collection time, else always {@code fallback}: for
     * tests, scenarios and the corpus score, which must give the same answer on any day.
     */
    public static ReferenceDay fixed(LocalDate given, LocalDate fallback) {
        return new ReferenceDay(given, Clock.fixed(fallback.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), java.time.ZoneOffset.UTC));
    }

    public AsOf forFacts(FactSet facts) {
        return AsOf.of(facts, given, clock);
    }
}
