package io.rdpdoctor.facts;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An installed update (Get-HotFix, systeminfo). */
public record UpdateRecord(
        @JsonProperty(required = true) String kb,
        String installedOn,
        String description,
        Source source) implements Sourced<UpdateRecord> {

    @Override
    public UpdateRecord withSource(Source s) {
        return new UpdateRecord(kb, installedOn, description, s);
    }

    @Override
    public String describe() {
        return "update " + kb + (installedOn == null ? "" : " installed " + installedOn);
    }
}
