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

    /** Multi-factor and logon-protection products that add a credential provider of their own to the host's logon. */
    private static final java.util.regex.Pattern CREDENTIAL_PROVIDER = java.util.regex.Pattern.compile(
            "(?i).*\\b(duo (authentication|security|for windows logon)|privacyidea|okta verify|okta windows|rsa authentication agent|securid"
            + "|silverfort|authlite|credential provider|multi-?factor|mfa)\\b.*");

    /** A multi-factor or logon-protection credential provider (Duo for Windows Logon, privacyIDEA, Okta, RSA, ...), by name; never an RDP hook. */
    public boolean credentialProvider() {
        return kind != Kind.RDP_HOOK && name != null && CREDENTIAL_PROVIDER.matcher(name).matches();
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
