package io.rdpdoctor.diagnosis;

import java.util.List;

/**
 * What a rule concludes when the facts speak against a cause without ruling it out: another
 * explanation the host shows (a third-party firewall on the host makes "a firewall outside the
 * host" less probable), or a stage the connection got past (an attempt refused at the logon passed
 * the firewalls and the listener). It lowers the cause's score by a strong weight (docs/ranking.md); it
 * raises nothing, and a cause with only evidence against it is not listed.
 */
public record Against(String id, List<Object> evidence) {

    public Against {
        evidence = List.copyOf(evidence);
    }

    public static Against by(String id, Object... evidence) {
        return new Against(id, List.of(evidence));
    }
}
