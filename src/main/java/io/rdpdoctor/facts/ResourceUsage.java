package io.rdpdoctor.facts;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;

/** How busy one of the host's resources is (Task Manager, Get-Counter), in percent of its limit. */
public record ResourceUsage(
        @JsonProperty(required = true) Resource resource,
        @JsonProperty(required = true) Integer percent,
        String detail,
        Source source) implements Sourced<ResourceUsage> {

    public enum Resource {
        @JsonAlias({"cpu", "Cpu"}) CPU,
        @JsonAlias({"memory", "Memory", "ram"}) MEMORY,
        /** Disk space used on the system drive. */
        @JsonAlias({"disk", "Disk"}) DISK,
        /** Disk time busy. */
        @JsonAlias({"diskTime", "disk-time"}) DISK_TIME
    }

    @Override
    public ResourceUsage withSource(Source s) {
        return new ResourceUsage(resource, percent, detail, s);
    }

    @Override
    public String describe() {
        return resource.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " at " + percent + "%" + (detail == null ? "" : " (" + detail + ")");
    }
}
