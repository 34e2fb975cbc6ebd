package io.rdpdoctor.facts;

import java.util.List;
import java.util.Optional;

/** Everything known about one host and its clients: the input of one diagnosis. */
public record FactSet(String origin, List<Fact> facts) {

    public FactSet {
        facts = List.copyOf(facts);
    }

    public boolean collected(Area area) {
        return facts.stream().anyMatch(f -> f instanceof Collected c && c.area() == area);
    }

    public Optional<HostInfo> host() {
        return facts.stream().filter(HostInfo.class::isInstance).map(HostInfo.class::cast).findFirst();
    }

    public <T> List<T> all(Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
