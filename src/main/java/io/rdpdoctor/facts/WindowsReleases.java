package io.rdpdoctor.facts;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The first build of each Windows release, by the names tickets and hosts give it: a Windows 10 or 11
 * display version ("1903", "21H2") and an edition's name ("Windows Server 2012 R2", "Windows 7").
 * Decided once here for the rules' helpers and for the reading of a ticket's words.
 */
public final class WindowsReleases {

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

    /** Windows 10 and Server 2016 start here; every build before it is Windows 8.1 or older. */
    public static final int FIRST_WINDOWS_10_BUILD = 10240;

    private WindowsReleases() {
    }

    /** The first build of a display version ("1903": 18362), or null when it is not one. */
    public static Integer firstBuildOfVersion(String version) {
        return version == null ? null : VERSION_BUILD.get(version.strip().toLowerCase(Locale.ROOT));
    }

    /** The first build of the release an edition's name names ("Windows Server 2022 Datacenter": 20348), or null. */
    public static Integer firstBuildOfEdition(String edition) {
        if (edition == null) return null;
        String e = edition.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, Integer> m : EDITION_BUILD) {
            if (e.contains(m.getKey())) return m.getValue();
        }
        return null;
    }
}
