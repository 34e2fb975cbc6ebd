package io.rdpdoctor.derived;

import io.rdpdoctor.facts.Fact;
import java.util.List;

/**
 * A time at which the failure was seen: a failed port test or connection attempt, the date the
 * user says it started (complaint "since"), or an error event about Remote Desktop. Rules compare
 * it with update installation times and other events.
 */
public record FailureTime(String time, Fact ground) implements Derived {

    @Override
    public List<Object> grounds() {
        return List.of(ground);
    }

    @Override
    public String describe() {
        return "the failure was seen at " + time;
    }
}
