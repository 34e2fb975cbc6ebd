package io.rdpdoctor.facts;

/** The area was collected (possibly empty): absence of a fact in it is evidence. */
public record Collected(Area area, Source source) implements Fact {

    @Override
    public String describe() {
        return area.key() + " collected";
    }
}
