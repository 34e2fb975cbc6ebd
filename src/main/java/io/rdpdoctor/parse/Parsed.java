package io.rdpdoctor.parse;

import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.Fact;
import java.util.List;
import java.util.Set;

/**
 * What a parser read from one capture: the facts, and the areas the capture covers (so that an
 * empty netstat says "nothing listens", not "not collected").
 */
public record Parsed(List<Fact> facts, Set<Area> collected) {

    public Parsed {
        facts = List.copyOf(facts);
        collected = Set.copyOf(collected);
    }
}
