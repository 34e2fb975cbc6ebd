package io.rdpdoctor.derived;

import io.rdpdoctor.facts.HostInfo;
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

    /** The build each display version (Windows 10 and 11) starts at: the lowest build with that version. */
    private static final Map<String, Integer> VERSION_BUILD = Map.ofEntries(
            Map.entry("1507", 10240), Map.entry("1511", 10586), Map.entry("1607", 14393), Map.entry("1703", 15063),
            Map.entry("1709", 16299), Map.entry("1803", 17134), Map.entry("1809", 17763), Map.entry("1903", 18362),
            Map.entry("1909", 18363), Map.entry("2004", 19041), Map.entry("20h2", 19042), Map.entry("21h1", 19043),
            Map.entry("21h2", 19044), Map.entry("22h2", 19045), Map.entry("23h2", 22631), Map.entry("24h2", 26100),
            Map.entry("25h2", 26200));

    /** Editions whose name fixes the build (the first release of that name), most specific first. */
    private static final List<Map.Entry<String, Integer>> EDITION_BUILD = List.of(
            Map.entry("server 2008 r2", 7601), Map.entry("server 2008", 6002), Map.entry("server 2012 r2", 9600),
            Map.entry("server 2012", 9200), Map.entry("server 2016", 14393), Map.entry("server 2019", 17763),
            Map.entry("server 2022", 20348), Map.entry("server 2025", 26100), Map.entry("windows 7", 7601),
            Map.entry("windows 8.1", 9600), Map.entry("windows 8", 9200), Map.entry("windows 11", 22000),
            Map.entry("windows vista", 6002));

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
        if (h.version() != null) {
            Integer b = VERSION_BUILD.get(h.version().strip().toLowerCase(Locale.ROOT));
            if (b != null) return b;
        }
        if (h.edition() != null) {
            String e = h.edition().toLowerCase(Locale.ROOT);
            for (Map.Entry<String, Integer> m : EDITION_BUILD) {
                if (e.contains(m.getKey())) return m.getValue();
            }
        }
        return null;
    }
}
