package io.rdpdoctor.knowledge;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A product a ticket names in its words, and what naming it says: the RDP client the failure was
 * met with ("with xfreerdp I get ...", "über Remmina"), or software on the host that hooks RDP
 * ("RDP Wrapper stopped working after the update"). Free text that reports a failure and names the
 * product is read with it ({@link FreeTextQuotes}): the failed attempt made with that client, the
 * software on the host.
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
        @JsonAlias("rdp-hook") RDP_HOOK
    }

    public ProductNames {
        phrases = List.copyOf(phrases);
    }

    /** Whether the text names the product by one of its phrases. */
    public boolean namedIn(String text) {
        return MessageDef.anyKeywordIn(phrases, text);
    }
}
