package io.rdpdoctor.knowledge;

import io.rdpdoctor.facts.WindowsReleases;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Windows a ticket's words say the host runs ("connecting to Windows 7", "Server: Windows Server
 * 2016", "windows server2008 r2", "connecting to Windows 10 Pro version 1909", "ver. 10.0.17763.437"),
 * as an engineer reads it: the edition (Server editions also by their year alone, "Windows 2016",
 * "2008R2"), the display version after it, and the build and revision of a version string
 * ("10.0.14393.3503", "6.1.7601").
 *
 * <p>A ticket names two machines, and the client's Windows says nothing of the host. So a mention counts
 * only where the words make it the host's: a Server edition unless the words just before it make it the
 * client ("from", "client"; nobody connects from a server to report it); any other edition or version
 * string only where the words just before it say it is the machine connected to ("connecting to",
 * "RDP into", "Server:", "target", "the VM", "连接"). "I use Windows 11" says nothing: it is as often the client.
 */
public final class WindowsNamed {

    /** What the words say of the host's Windows; each part null when not said. */
    public record Host(String edition, String version, Integer build, Integer revision) {
    }

    private static final String SERVER_YEAR = "(20(?:03|08|12|16|19|22|25))";

    /** An edition as tickets write it: "Windows Server 2012 R2", "Win2016", "Windows 7 Prof.", "win10", "Windows XP". */
    private static final Pattern EDITION = Pattern.compile(
            "(?<![A-Za-z0-9])(?:microsoft\\s+)?win(?:dows)?\\s*(?:"
                    + "server\\s*" + SERVER_YEAR + "(\\s*r2)?"                       // 1, 2: Windows Server 2012 R2
                    + "|\\(?" + SERVER_YEAR + "\\)?(\\s*r2)?(?!\\d|\\.\\d)"               // 3, 4: Windows 2016, windows(2016), Win2012R2
                    + "|(xp|vista|8\\.1|7|8|10|11)(?!\\d|\\.\\d)"                          // 5: Windows 10
                    + "(?:\\s*(home|prof(?:essional)?\\.?|pro(?![a-z])|enterprise|education|ultimate|starter|ltsc))?" // 6
                    + ")"
                    + "|(?<![A-Za-z0-9])(?:server\\s*)?(20(?:08|12))\\s*(r2)(?![A-Za-z0-9])"                   // 7, 8: 2008R2, Server 2012 R2
                    + "|(?<![A-Za-z0-9])server\\s+" + SERVER_YEAR + "(?![A-Za-z0-9])",                           // 9: Server 2019
            Pattern.CASE_INSENSITIVE);

    /** A display version right after an edition: "version 1909", "21H2" (kept when it is one, WindowsReleases). */
    private static final Pattern DISPLAY_VERSION = Pattern.compile(
            "^\\s*(?:\\(|,)?\\s*(?:version\\s+|ver\\.?\\s*|v)?(\\d{4}|\\d{2}h[12])\\b", Pattern.CASE_INSENSITIVE);

    /** A Windows version string: 10.0.17763.437, 6.1.7601; or "OS Build 19045.3693", "Build 7601". */
    private static final Pattern BUILD = Pattern.compile(
            "(?<![\\d.])(?:10\\.0|6\\.[0-3])\\.(\\d{4,5})(?:\\.(\\d{1,5}))?(?![\\d.]\\d)|\\bbuild\\s+(\\d{4,5})(?:\\.(\\d{1,5}))?\\b",
            Pattern.CASE_INSENSITIVE);

    /** The stems of the words that say a host was upgraded or migrated ("upgraded from ... to ..."). */
    private static final String UPGRADED = "\\b(?:upgrad|atualiz|actualiz|aktualisiert|migrat|mis\\s+à\\s+jour)\\S*";

    /** Words before a mention that make it the machine connected to. */
    private static final Pattern HOST_CUE = Pattern.compile(
            "\\b(?:connect(?:s|ed|ing|ions?)?|rdp(?:ing)?|remot(?:e|ing)(?:\\s+desktop)?|log(?:ging)?\\s*(?:in|on)|sign(?:ing)?\\s*in|access(?:ing)?|jump(?:ing)?)"
                    + "(?:\\s+\\S+){0,4}?\\s+(?:to|into|onto)\\b(?:\\s+(?:a|an|the|my|our|this))?"
                    + "|\\b(?:server|host|target|remote\\s+(?:pc|computer|machine|host|system)|guest|vm|instance)(?:\\s*(?:os|system))?\\s*(?:[:=(|]|\\b(?:is|runs|running|with)\\b)"
                    + "|" + UPGRADED + "(?:\\s+\\S+){1,8}?\\s+(?:to|para|auf|naar|vers)\\b(?:\\s+(?:o|a|el|the))?"
                    + "|连接|连到|連線到|接続先|への接続|に接続",
            Pattern.CASE_INSENSITIVE);

    /** Words before a mention that make it the client, or the Windows the host was upgraded from. */
    private static final Pattern CLIENT_CUE = Pattern.compile(
            "\\b(?:from|client|locally|local\\s+(?:pc|computer|machine)|von|depuis|desde|vanaf)\\b|客户端|クライアント|から"
                    + "|" + UPGRADED + "(?:\\s+\\S+){0,3}?\\s+(?:do|da|de|del)\\b",
            Pattern.CASE_INSENSITIVE);

    private enum Side { HOST, CLIENT, NONE }

    private WindowsNamed() {
    }

    /** What the text says of the host's Windows, when it says something. */
    public static Optional<Host> forHost(String text) {
        if (text == null || text.isEmpty()) return Optional.empty();
        String edition = null;
        String version = null;
        int editionEnd = -1;
        Matcher m = EDITION.matcher(text);
        while (m.find()) {
            String before = before(text, m.start());
            boolean server = m.group(1) != null || m.group(3) != null || m.group(7) != null || m.group(9) != null;
            Side side = side(before);
            if (side == Side.CLIENT || (!server && side != Side.HOST)) continue;
            edition = edition(m);
            editionEnd = m.end();
            Matcher v = DISPLAY_VERSION.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 20)));
            if (!server && v.find() && WindowsReleases.firstBuildOfVersion(v.group(1)) != null) version = v.group(1).toUpperCase(Locale.ROOT);
            break;
        }
        Integer build = null;
        Integer revision = null;
        Matcher b = BUILD.matcher(text);
        while (b.find()) {
            String before = before(text, b.start());
            // a version string right after the host's edition is its build ("Windows 10 Pro 10.0.19045");
            // elsewhere only where the words say it is the host's
            boolean afterEdition = editionEnd >= 0 && b.start() >= editionEnd && b.start() - editionEnd <= 25;
            if (!afterEdition) {
                if (side(before) != Side.HOST) continue;
            }
            String buildText = b.group(1) != null ? b.group(1) : b.group(3);
            String revisionText = b.group(1) != null ? b.group(2) : b.group(4);
            int candidate = Integer.parseInt(buildText);
            if (candidate < 2600 || !consistent(edition, candidate)) continue;
            build = candidate;
            revision = revisionText == null ? null : Integer.valueOf(revisionText);
            break;
        }
        if (edition == null && build == null) return Optional.empty();
        return Optional.of(new Host(edition, version, build, revision));
    }

    /** The words before a mention in its sentence and line, at most 60 characters. */
    private static String before(String text, int at) {
        String window = text.substring(Math.max(0, at - 60), at);
        Matcher end = SENTENCE_END.matcher(window);
        int from = 0;
        while (end.find()) from = end.end();
        return window.substring(from);
    }

    /** A sentence's or line's end (not the dot inside "10.0" or "Prof."): a full stop and a space, a newline. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]\\s+(?=\\p{Lu})|[。！？\\n]");

    /** The machine the cue nearest before a mention names: the one whose words end last. */
    private static Side side(String before) {
        int host = lastEnd(HOST_CUE, before);
        int client = lastEnd(CLIENT_CUE, before);
        if (host < 0 && client < 0) return Side.NONE;
        return host > client ? Side.HOST : Side.CLIENT;
    }

    private static int lastEnd(Pattern cue, String text) {
        Matcher m = cue.matcher(text);
        int end = -1;
        while (m.find()) end = m.end();
        return end;
    }

    private static String edition(Matcher m) {
        if (m.group(1) != null) return "Windows Server " + m.group(1) + (m.group(2) != null ? " R2" : "");
        if (m.group(3) != null) return "Windows Server " + m.group(3) + (m.group(4) != null ? " R2" : "");
        if (m.group(7) != null) return "Windows Server " + m.group(7) + " R2";
        if (m.group(9) != null) return "Windows Server " + m.group(9);
        String name = m.group(5).toUpperCase(Locale.ROOT).equals("XP") ? "XP"
                : m.group(5).equalsIgnoreCase("vista") ? "Vista" : m.group(5);
        String kind = m.group(6);
        if (kind == null) return "Windows " + name;
        String k = kind.toLowerCase(Locale.ROOT).replace(".", "");
        String said = k.startsWith("prof") ? "Professional" : k.equals("pro") ? "Pro" : k.equals("ltsc") ? "LTSC"
                : Character.toUpperCase(k.charAt(0)) + k.substring(1);
        return "Windows " + name + " " + said;
    }

    /** A build of the generation the edition names: a Windows 7 is not build 19045, a Windows 10 not 7601. */
    private static boolean consistent(String edition, int build) {
        Integer first = WindowsReleases.firstBuildOfEdition(edition);
        if (first == null) return true;
        return (first >= WindowsReleases.FIRST_WINDOWS_10_BUILD) == (build >= WindowsReleases.FIRST_WINDOWS_10_BUILD);
    }
}
