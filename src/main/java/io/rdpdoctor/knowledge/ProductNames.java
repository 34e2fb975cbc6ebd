package io.rdpdoctor.knowledge;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.rdpdoctor.facts.PathHop;
import io.rdpdoctor.facts.Software;
import java.util.List;

/**
 * A product a ticket names in its words, and what naming it says: the RDP client the failure was
 * met with ("with xfreerdp I get ...", "über Remmina"), or software on the host that hooks RDP
 * ("RDP Wrapper stopped working after the update", "since ESET was rolled out"), or a hop on the
 * way (a VPN, Azure Bastion, an RD Gateway). Free text that reports a failure and names the product
 * is read with it ({@link FreeTextQuotes}): the failed attempt made with that client, the software
 * on the host, the hop on the path.
 *
 * @param name    the product's name, as the facts carry it (a client's name decides whether it has an
 *                RDP stack of its own: {@code derived.ClientSwitches.ownRdpStack})
 * @param as      what the product is to the failure
 * @param phrases words or phrases at word boundaries by which tickets name it, matched as a client
 *                message's keywords are
 * @param why     what tells these names apart, and which were left out and why
 * @param cloud   for a cloud ({@code as: cloud}): the provider whose filter applies to a VM there
 */
public record ProductNames(
        @JsonProperty(required = true) String name,
        @JsonProperty(required = true) Role as,
        @JsonProperty(required = true) List<String> phrases,
        String why,
        io.rdpdoctor.facts.CloudProvider cloud) implements java.io.Serializable {

    /** What a product named in a ticket is to the failure, and the fact that says so. */
    public enum Role {
        /** The RDP client the failure was met with: the failed attempt's program. */
        @JsonAlias("client") CLIENT(null, null),
        /** Software on the host that hooks RDP (RDP Wrapper). */
        @JsonAlias("rdp-hook") RDP_HOOK(Software.Kind.RDP_HOOK, null),
        /** A firewall product on the host other than Windows Firewall. */
        @JsonAlias("firewall") FIREWALL(Software.Kind.FIREWALL, null),
        /** An antivirus or endpoint-protection product on the host. */
        @JsonAlias("antivirus") ANTIVIRUS(Software.Kind.ANTIVIRUS, null),
        /**
         * A multi-factor or logon-protection product that adds its own credential provider to the host's
         * logon (Duo, privacyIDEA, Okta, pGina), under a name {@code facts.Software.credentialProvider} knows.
         */
        @JsonAlias("credential-provider") CREDENTIAL_PROVIDER(Software.Kind.OTHER, null),
        /** A VPN between the client and the host. */
        @JsonAlias("vpn") VPN(null, PathHop.Kind.VPN),
        /** Microsoft's RD Gateway on the way. */
        @JsonAlias("rd-gateway") RD_GATEWAY(null, PathHop.Kind.RD_GATEWAY),
        /** A gateway or relay of another kind the connection goes through (Azure Bastion). */
        @JsonAlias("proxy") PROXY(null, PathHop.Kind.PROXY),
        /** The cloud the host runs in, as a VM (its provider's filter is on the way): the host's {@code cloud}. */
        @JsonAlias("cloud") CLOUD(null, null);

        private final Software.Kind software;
        private final PathHop.Kind hop;

        Role(Software.Kind software, PathHop.Kind hop) {
            this.software = software;
            this.hop = hop;
        }

        /** The kind of the software entry on the host a product of this role is; null when it is none. */
        public Software.Kind software() {
            return software;
        }

        /** The kind of the hop on the path a product of this role is; null when it is none. */
        public PathHop.Kind hop() {
            return hop;
        }
    }

    public ProductNames {
        phrases = List.copyOf(phrases);
    }

    /** Whether the text names the product by one of its phrases. */
    public boolean namedIn(String text) {
        return MessageDef.anyKeywordIn(phrases, text);
    }
}
