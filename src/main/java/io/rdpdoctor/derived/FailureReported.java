package io.rdpdoctor.derived;

import io.rdpdoctor.facts.FailureStage;
import java.util.List;

/**
 * Somebody reports that Remote Desktop fails (a failed attempt or port test, a complaint), and,
 * when it is known, at which stage. It is evidence of a failure even when nothing points to a
 * cause: the ranker then lists the causes that fit the stage at their priors from practice, so
 * that a report is never empty while there is evidence (docs/ranking.md).
 *
 * @param stage       the stage it failed at, or null when not known
 * @param fact        the fact that reports it
 * @param ownRdpStack the failing client has an RDP stack of its own (FreeRDP, Remmina, rdesktop, a
 *                    web gateway, ...): with no stage named, such clients fail most often while
 *                    negotiating security, so the hypotheses start there, not at TCP
 */
public record FailureReported(FailureStage stage, Object fact, boolean ownRdpStack) implements Derived {

    public FailureReported(FailureStage stage, Object fact) {
        this(stage, fact, false);
    }

    @Override
    public List<Object> grounds() {
        return List.of(fact);
    }

    @Override
    public String describe() {
        return "RDP fails" + (stage == null ? "" : " at the " + stage.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " stage")
                + (ownRdpStack ? " (a client with an RDP stack of its own)" : "");
    }
}
