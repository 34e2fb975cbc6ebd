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
 * @param anotherClientConnects another client connects to the host the same way from the same place
 *                    ({@link AnotherClientConnects}): the way, the firewalls and the listener let it
 *                    through, so with no stage named the hypotheses start at the negotiation too
 */
public record FailureReported(FailureStage stage, Object fact, boolean ownRdpStack, boolean anotherClientConnects) implements Derived {

    public FailureReported(FailureStage stage, Object fact) {
        this(stage, fact, false, false);
    }

    public FailureReported(FailureStage stage, Object fact, boolean ownRdpStack) {
        this(stage, fact, ownRdpStack, false);
    }

    /** With no stage named, start the hypotheses at the security negotiation rather than at TCP. */
    public boolean negotiationFirst() {
        return stage == null && (ownRdpStack || anotherClientConnects);
    }

    @Override
    public List<Object> grounds() {
        return List.of(fact);
    }

    @Override
    public String describe() {
        return "RDP fails" + (stage == null ? "" : " at the " + stage.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " stage")
                + (ownRdpStack ? " (a client with an RDP stack of its own)" : "")
                + (anotherClientConnects ? " (another client connects the same way)" : "");
    }
}
