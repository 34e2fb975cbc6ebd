package io.rdpdoctor.facts;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * No service of this name is installed: the service control manager answered error 1060
 * ("The specified service does not exist as an installed service", in every language the same
 * code) when it was asked for the service by this name (sc query / sc qc NAME). Not stopped, not
 * disabled: absent - deleted with sc delete, or removed with its role.
 *
 * @param name the service name as queried; the Remote Desktop services in their canonical spelling
 */
public record ServiceNotInstalled(
        @JsonProperty(required = true) String name,
        Source source) implements Sourced<ServiceNotInstalled> {

    private static final List<String> KNOWN = List.of("TermService", "UmRdpService", "SessionEnv");

    public ServiceNotInstalled {
        for (String k : KNOWN) {
            if (k.equalsIgnoreCase(name)) {
                name = k;
            }
        }
    }

    @Override
    public ServiceNotInstalled withSource(Source s) {
        return new ServiceNotInstalled(name, s);
    }

    @Override
    public String describe() {
        return "no service " + name + " is installed (error 1060)";
    }
}
