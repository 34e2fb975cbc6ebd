package io.rdpdoctor.derived;

import io.rdpdoctor.facts.HostInfo;
import java.util.Locale;

/**
 * Whether a client's test or connection was aimed at the host itself (its name, its name in a
 * domain, or one of its own addresses) rather than at something in front of it: a NAT or a cloud
 * port forward (external 50000 to 3389) legitimately uses another port than the host listens on.
 */
public final class HostTarget {

    private HostTarget() {}

    /** True when {@code target} (or the address it resolved to) is the host itself. */
    public static boolean isHost(HostInfo host, String target, String resolvedAddress) {
        if (host == null || target == null) return false;
        String t = target.strip().toLowerCase(Locale.ROOT);
        if (t.startsWith("[") && t.endsWith("]")) t = t.substring(1, t.length() - 1);
        String name = host.name() == null ? "" : host.name().strip().toLowerCase(Locale.ROOT);
        if (!name.isEmpty() && (t.equals(name) || t.startsWith(name + "."))) return true;
        for (String a : host.addresses()) {
            if (a == null) continue;
            String addr = a.strip().toLowerCase(Locale.ROOT);
            if (addr.equals(t) || (resolvedAddress != null && addr.equals(resolvedAddress.strip().toLowerCase(Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }
}
