package io.rdpdoctor.facts;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A process and the services it hosts (tasklist /svc). */
public record ProcessInfo(
        @JsonProperty(required = true) Integer pid,
        @JsonProperty(required = true) String image,
        List<String> services,
        Source source) implements Sourced<ProcessInfo> {

    public ProcessInfo {
        services = services == null ? List.of() : List.copyOf(services);
    }

    public boolean hosts(String service) {
        return services.stream().anyMatch(s -> s.equalsIgnoreCase(service));
    }

    /** The services, or the image when it hosts none: what a report calls this process. */
    public String label() {
        return services.isEmpty() ? image : image + " (" + String.join(", ", services) + ")";
    }

    @Override
    public ProcessInfo withSource(Source s) {
        return new ProcessInfo(pid, image, services, s);
    }

    @Override
    public String describe() {
        return "PID " + pid + " is " + label();
    }
}
