package io.rdpdoctor.derived;

import java.util.List;

/**
 * Whether one side of the connection has the CredSSP update of May 2018 (CVE-2018-0886), and the
 * facts that show it: an update installed on or after 2018-05-08, a build that ships with it, or
 * a build revision at or after the one the May 2018 cumulative update brought.
 *
 * @param side  "host" or "client"
 * @param fixed true: the side has the fix; false: the facts show it has not
 */
public record CredSspPatch(String side, boolean fixed, List<Object> grounds) implements Derived {

    /** The day the CredSSP fix shipped. */
    public static final String FIX_DATE = "2018-05-08";

    public CredSspPatch {
        grounds = List.copyOf(grounds);
    }

    /**
     * Whether a build and revision include the fix: builds from 17763 (Windows 10 1809, Server
     * 2019) ship with it; 17134, 16299, 15063 and 14393 got it with the May 2018 cumulative update
     * (KB4103721 17134.48, KB4103727 16299.431, KB4103731 15063.1088, KB4103723 14393.2248).
     * Null when the build and revision do not tell (older builds are patched by KB, not revision).
     */
    public static Boolean fixedIn(Integer build, Integer revision) {
        if (build == null) return null;
        if (build >= 17763) return true;
        Integer first = switch (build) {
            case 17134 -> 48;
            case 16299 -> 431;
            case 15063 -> 1088;
            case 14393 -> 2248;
            default -> null;
        };
        if (first == null || revision == null) return null;
        return revision >= first;
    }

    @Override
    public String describe() {
        return "the " + side + (fixed ? " has" : " lacks") + " the CredSSP update of May 2018";
    }
}
