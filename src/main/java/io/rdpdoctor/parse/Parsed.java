package io.rdpdoctor.parse;

import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.Fact;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a parser read from one capture: the facts, the areas the capture covers (so that an
 * empty netstat says "nothing listens", not "not collected"), and the language of the labels it
 * matched ({@link Language}: a parser of localized output tells it with its {@link LabelTable};
 * a parser of language-neutral output says {@link Language#NEUTRAL}).
 */
public record Parsed(List<Fact> facts, Set<Area> collected, Language language) {

    public Parsed {
        facts = List.copyOf(facts);
        collected = Set.copyOf(collected);
        Objects.requireNonNull(language, "language");
    }
}
