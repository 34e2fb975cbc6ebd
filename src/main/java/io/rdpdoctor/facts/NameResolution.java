package io.rdpdoctor.facts;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** What a name resolved to on a client (nslookup, Resolve-DnsName, ping). */
public record NameResolution(
        String from,
        @JsonProperty(required = true) String name,
        List<String> addresses,
        String server,
        Source source) implements Sourced<NameResolution> {

    public NameResolution {
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
    }

    @Override
    public NameResolution withSource(Source s) {
        return new NameResolution(from, name, addresses, server, s);
    }

    @Override
    public String describe() {
        return name + " resolves to " + (addresses.isEmpty() ? "nothing" : String.join(", ", addresses))
                + (from == null ? "" : " on " + from);
    }
}
