package io.rdpdoctor.facts;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything known about one host and its clients: the input of one diagnosis. An immutable value
 * (a class rather than a record only so that it can keep the set of collected areas, which the
 * ranking asks about once per area for every host of a batch).
 */
public final class FactSet {

    private final String origin;
    private final List<Fact> facts;
    private final Set<Area> collected;

    public FactSet(String origin, List<Fact> facts) {
        this.origin = origin;
        this.facts = List.copyOf(facts);
        EnumSet<Area> areas = EnumSet.noneOf(Area.class);
        for (Fact f : this.facts) {
            if (f instanceof Collected c && c.area() != null) {
                areas.add(c.area());
            }
        }
        this.collected = java.util.Collections.unmodifiableSet(areas);
    }

    /** Where the facts came from (a file, a capture folder, "--client-error"). */
    public String origin() {
        return origin;
    }

    public List<Fact> facts() {
        return facts;
    }

    /** Whether this area was looked at (so its facts, or their absence, can be trusted). */
    public boolean collected(Area area) {
        return collected.contains(area);
    }

    /**
     * Nothing was collected about the host but (at most) its name: no check can run, so such a host
     * is neither healthy nor diagnosed (adversarial review F21). A section said to be partial is
     * not "collected" (its absences prove nothing), yet what it lists was read: a fact of any kind
     * besides the host's name counts.
     */
    public boolean nothingCollected() {
        for (Area a : collected) {
            if (a != Area.HOST) {
                return false;
            }
        }
        for (Fact f : facts) {
            // a client's message given on its own (--client-error) tells nothing of the host
            if (!(f instanceof HostInfo) && !(f instanceof Collected) && !(f instanceof ConnectionAttempt)) {
                return false;
            }
        }
        return true;
    }

    /** What {@link #nothingCollected()} inputs are told. */
    public static final String NOTHING_COLLECTED = "nothing was collected about this host but its name, so no check could run "
            + "(not healthy: unknown); collect its facts (docs/fact-file.md, docs/collector.md)";

    public Optional<HostInfo> host() {
        for (Fact f : facts) {
            if (f instanceof HostInfo h) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
    }

    public <T> List<T> all(Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FactSet other && Objects.equals(origin, other.origin) && facts.equals(other.facts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(origin, facts);
    }

    @Override
    public String toString() {
        return "FactSet[origin=" + origin + ", facts=" + facts + "]";
    }
}
