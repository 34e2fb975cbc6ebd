package io.rdpdoctor.facts;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Software on the host that hooks RDP or filters traffic (RDP Wrapper, a third-party firewall). */
public record Software(
        @JsonProperty(required = true) String name,
        @JsonProperty(required = true) Kind kind,
        String version,
        Boolean running,
        Source source) implements Sourced<Software> {

    public enum Kind {
        @JsonAlias({"rdpHook", "rdp-hook"}) RDP_HOOK,
        @JsonAlias({"firewall"}) FIREWALL,
        @JsonAlias({"antivirus", "av"}) ANTIVIRUS,
        @JsonAlias({"remoteAccess", "remote-access"}) REMOTE_ACCESS,
        @JsonAlias({"other"}) OTHER
    }

    @Override
    public Software withSource(Source s) {
        return new Software(name, kind, version, running, s);
    }

    @Override
    public String describe() {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " software " + name + (version == null ? "" : " " + version)
                + (running == null ? "" : running ? " (running)" : " (not running)");
    }
}
