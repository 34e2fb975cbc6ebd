package io.rdpdoctor.derived;

import io.rdpdoctor.facts.HostInfo;
import io.rdpdoctor.facts.WindowsReleases;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Windows Server version of a host, as the year RDS CALs and license servers are named by
 * (2012 R2 counts as 2012: one CAL generation). From the edition's name, else from the build of a host
 * that is known to be a server: 9200/9600 2012, 14393 2016, 17763 2019, 20348 2022, 26100 2025.
 */
public final class WindowsVersions {

    private static final Pattern SERVER_YEAR = Pattern.compile("server\\s+(20\\d\\d)");

    private WindowsVersions() {}

    /** The host's Windows Server year, or null when it is not known to be a server or its version is unknown. */
    public static Integer serverYear(HostInfo h) {
        if (h == null) return null;
        if (h.edition() != null) {
            Matcher m = SERVER_YEAR.matcher(h.edition().toLowerCase(Locale.ROOT));
            if (m.find()) return Integer.valueOf(m.group(1));
        }
        boolean server = h.isServer() || Boolean.TRUE.equals(h.rdsRole())
                || (h.editionId() != null && h.editionId().toLowerCase(Locale.ROOT).startsWith("server"));
        if (!server || h.build() == null) return null;
        return switch (h.build()) {
            case 9200, 9600 -> 2012;
            case 14393 -> 2016;
            case 17763 -> 2019;
            case 20348 -> 2022;
            case 26100 -> 2025;
            default -> null;
        };
    }

    /**
     * The lowest OS build the host can have by its facts: its build when read, else the first build of its
     * display version (1903: 18362), else the first build of its edition (Windows 11: 22000, Server 2022:
     * 20348, Windows 7 and Server 2008 R2: 7601); null when none tells (a "Windows 10" of unknown version).
     */
    public static Integer leastBuild(HostInfo h) {
        if (h == null) return null;
        if (h.build() != null) return h.build();
        Integer ofVersion = WindowsReleases.firstBuildOfVersion(h.version());
        if (ofVersion != null) return ofVersion;
        return WindowsReleases.firstBuildOfEdition(h.edition());
    }
}
