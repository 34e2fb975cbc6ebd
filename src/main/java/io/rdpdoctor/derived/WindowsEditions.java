package io.rdpdoctor.derived;

import io.rdpdoctor.facts.HostInfo;
import io.rdpdoctor.facts.WindowsReleases;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a Windows edition can host, beyond the full desktop. Decided once here for the rules that ask.
 */
public final class WindowsEditions {

    /** The Professional edition by name ("Windows 7 Professional", "Windows 8.1 Pro"). */
    private static final Pattern PROFESSIONAL = Pattern.compile("\\bpro(fessional)?\\b", Pattern.CASE_INSENSITIVE);
    /** Editions that host RemoteApp programs, and Home editions, which host nothing (HOME-EDITION-NO-HOST). */
    private static final Pattern OTHER_EDITION = Pattern.compile(
            "enterprise|ultimate|education|server|home|core|starter", Pattern.CASE_INSENSITIVE);
    /** Builds of Windows 7 (7600, 7601) to Windows 8.1 (9600); Windows 10 starts at WindowsReleases.FIRST_WINDOWS_10_BUILD. */
    private static final int FIRST_WINDOWS_7_BUILD = 7600;

    private WindowsEditions() {
    }

    /**
     * The host runs the Professional edition of Windows 7, 8 or 8.1: it accepts a full Remote Desktop
     * session but cannot host RemoteApp programs, which those versions host in Enterprise and
     * Ultimate only (RemoteApp Tool's compatibility list; Windows 10 Pro can). Told by the edition's
     * name or EditionID "Professional", and a build of those versions (WindowsVersions#leastBuild: read,
     * or from the version or edition name); false when they do not say.
     */
    public static boolean desktopWithoutRemoteApp(HostInfo h) {
        if (h == null || h.isServer()) return false;
        String edition = h.edition() == null ? "" : h.edition();
        String editionId = h.editionId() == null ? "" : h.editionId().toLowerCase(Locale.ROOT);
        if (OTHER_EDITION.matcher(edition).find() || OTHER_EDITION.matcher(editionId).find()) return false;
        Integer build = WindowsVersions.leastBuild(h); // the build read, else the one its version or edition name gives
        boolean version = build != null && build >= FIRST_WINDOWS_7_BUILD && build < WindowsReleases.FIRST_WINDOWS_10_BUILD;
        boolean professional = PROFESSIONAL.matcher(edition).find() || editionId.startsWith("professional");
        return version && professional;
    }

    /** Editions organisations run, mostly in a domain; Server editions are told by {@link HostInfo#isServer}. */
    private static final Pattern ORGANISATION_EDITION = Pattern.compile("enterprise|education|ltsc|ltsb|\\biot\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WINDOWS_10_OR_11 = Pattern.compile("\\bwindows 1[01]\\b", Pattern.CASE_INSENSITIVE);

    /**
     * A personal PC: Windows 10 or 11 in its Home or Pro edition (or an edition not named), the
     * machines people sign in to with a Microsoft account and a PIN. Told by the build (read, or from
     * the version) or by the edition's name; false for Server, Enterprise, Education and LTSC.
     */
    public static boolean personalWindows10Or11(HostInfo h) {
        if (h == null || h.isServer()) return false;
        String edition = h.edition() == null ? "" : h.edition();
        String editionId = h.editionId() == null ? "" : h.editionId();
        if (ORGANISATION_EDITION.matcher(edition).find() || ORGANISATION_EDITION.matcher(editionId).find()) return false;
        Integer build = WindowsVersions.leastBuild(h);
        if (build != null) return build >= WindowsReleases.FIRST_WINDOWS_10_BUILD;
        return WINDOWS_10_OR_11.matcher(edition).find();
    }

    /** Whether the edition was read from the host itself (EditionID and build), not from a ticket's words. */
    public static boolean readOnHost(HostInfo h) {
        return h != null && h.editionId() != null && h.build() != null;
    }
}
