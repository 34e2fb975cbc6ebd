package io.rdpdoctor.derived;

import io.rdpdoctor.facts.Complaint;
import java.util.List;
import java.util.Set;

/**
 * Remote Desktop regressions that a cumulative update brought and a later one fixed, keyed on the
 * build and the update build revision (UBR) they span. A row is added only with the fix's release
 * notes as its source.
 */
public final class UpdateRegressions {

    /**
     * February 11, 2025 (KB5051987, 26100.3194) to April 8, 2025 (KB5055523, 26100.3775): "Remote Desktop
     * sessions were freezing shortly after connection ... mouse and keyboard input became unresponsive
     * within the session, requiring you to disconnect and reconnect" (KB5055523's release notes).
     */
    public static final List<UpdateRegression> ALL = List.of(
            new UpdateRegression("RDP-INPUT-FREEZE-2025-02", 26100, 3194, 3775, "KB5051987", "KB5055523",
                    Set.of(Complaint.Kind.FREEZE_AT_START, Complaint.Kind.DROPS),
                    "Remote Desktop sessions freeze shortly after connection: mouse and keyboard input stop responding until you disconnect and reconnect"));

    private UpdateRegressions() {}

    /** The regressions whose revisions include this build and revision. */
    public static List<UpdateRegression> affecting(Integer build, Integer revision) {
        return ALL.stream().filter(r -> r.affects(build, revision)).toList();
    }

    /** The regressions of this build that an update named {@code kb} brought. */
    public static List<UpdateRegression> introducedBy(Integer build, String kb) {
        return ALL.stream().filter(r -> (build == null || r.build() == build) && r.introducedBy(kb)).toList();
    }

    /** Every regression of this build is fixed at this revision. */
    public static boolean allFixed(Integer build, Integer revision) {
        return build != null && revision != null
                && ALL.stream().filter(r -> r.build() == build).allMatch(r -> r.fixedIn(build, revision));
    }
}
