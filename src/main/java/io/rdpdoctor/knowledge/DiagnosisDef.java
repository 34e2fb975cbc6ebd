package io.rdpdoctor.knowledge;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A catalogue entry: what the rule author wrote beside the DRL about one diagnosis.
 *
 * @param order    place in the troubleshooting order of the source documents (lower: more likely,
 *                 checked first); breaks ties in the ranking
 * @param explains ids of diagnoses this one causes; when both are found, those rank under it
 * @param sources  where the knowledge comes from (seed section, public article)
 * @param inventory ids of docs/knowledge-inventory.md rows this diagnosis encodes when they differ
 *                 from its own id
 * @param prior    how often this cause is the confirmed answer among real RDP tickets (0..1; the
 *                 corpus gives the frequencies, docs/ranking.md): where the differential starts
 * @param priorOwnStack the same among the tickets of clients with an RDP stack of their own (FreeRDP,
 *                 Remmina, rdesktop, web gateways): where the differential starts when such a client
 *                 failed and nothing names the stage; null where the corpus has no such ticket of it
 * @param triggers causes this one is known to bring about without causing them for good (a Windows
 *                 update resets a firewall rule): found confirmed, this one is their likely trigger,
 *                 and any other confirmed cause explains the failure without it ({@link Explanations})
 */
public record DiagnosisDef(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String title,
        @JsonProperty(required = true) Kind kind,
        @JsonProperty(required = true) String layer,
        @JsonProperty(required = true) String severity,
        @JsonProperty(required = true) Integer order,
        List<String> explains,
        @JsonProperty(required = true) String explanation,
        List<FixStep> fix,
        Verify verify,
        @JsonProperty(required = true) List<String> sources,
        List<String> inventory,
        Double prior,
        Double priorOwnStack,
        List<String> triggers) implements java.io.Serializable {

    public DiagnosisDef {
        explains = explains == null ? List.of() : List.copyOf(explains);
        fix = fix == null ? List.of() : List.copyOf(fix);
        sources = List.copyOf(sources);
        inventory = inventory == null ? List.of() : List.copyOf(inventory);
        triggers = triggers == null ? List.of() : List.copyOf(triggers);
    }
}
