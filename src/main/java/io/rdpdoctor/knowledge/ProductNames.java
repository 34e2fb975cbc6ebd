package io.rdpdoctor.knowledge;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
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
 */
public record ProductNames(
        @JsonProperty(required = true) String name,
        @JsonProperty(required = true) Role as,
        @JsonProperty(required = true) List<String> phrases,
        String why) implements java.io.Serializable {

    /** What a product named in a ticket is to the failure. */
    public enum Role {
        /** The RDP client the failure was met with. */
        @JsonAlias("client") CLIENT,
        /** Software on the host that hooks RDP (RDP Wrapper): a software entry of kind rdp-hook. */
        @JsonAlias("rdp-hook") RDP_HOOK,
        /** A firewall product on the host other than Windows Firewall: a software entry of kind firewall. */
        @JsonAlias("firewall") FIREWALL,
        /** An antivirus or endpoint-protection product on the host: a software entry of kind antivirus. */
        @JsonAlias("antivirus") ANTIVIRUS,
        /**
         * A multi-factor or logon-protection product that adds its own credential provider to the host's
         * logon (Duo, privacyIDEA, Okta, pGina): a software entry of kind other, under a name
         * {@code facts.Software.credentialProvider} knows.
         */
        @JsonAlias("credential-provider") CREDENTIAL_PROVIDER,
        /** A VPN between the client and the host: a hop of kind vpn on the path. */
        @JsonAlias("vpn") VPN,
        /** A gateway or relay the connection goes through (Azure Bastion, an RD Gateway): a hop of kind proxy or rd-gateway. */
        @JsonAlias("rd-gateway") RD_GATEWAY,
        @JsonAlias("proxy") PROXY
    }

    public ProductNames {
        phrases = List.copyOf(phrases);
    }

    /** Whether the text names the product by one of its phrases. */
    public boolean namedIn(String text) {
        return MessageDef.anyKeywordIn(phrases, text);
    }
}
