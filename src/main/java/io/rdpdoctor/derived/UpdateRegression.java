package io.rdpdoctor.derived;

import io.rdpdoctor.facts.Complaint;
import java.util.Locale;
import java.util.Set;

/**
 * One regression: on {@code build}, revisions from {@code fromRevision} (the update that brought it)
 * up to, not including, {@code fixedRevision} (the update that fixed it) show {@code symptoms}.
 */
public record UpdateRegression(String name, int build, int fromRevision, int fixedRevision, String introducedKb, String fixKb,
        Set<Complaint.Kind> symptoms, String summary) {

    public boolean affects(Integer b, Integer revision) {
        return b != null && revision != null && b == build && revision >= fromRevision && revision < fixedRevision;
    }

    public boolean fixedIn(Integer b, Integer revision) {
        return b != null && revision != null && b == build && revision >= fixedRevision;
    }

    public boolean introducedBy(String kb) {
        return kb != null && kb.strip().toUpperCase(Locale.ROOT).equals(introducedKb);
    }

    public boolean fixedBy(String kb) {
        return kb != null && kb.strip().toUpperCase(Locale.ROOT).equals(fixKb);
    }
}
