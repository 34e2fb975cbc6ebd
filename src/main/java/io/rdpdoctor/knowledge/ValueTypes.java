package io.rdpdoctor.knowledge;

import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The placeholders whose facts are typed, and what their values must look like when they are
 * written into a command: a port is a number in 1–65535, a thumbprint is hex, a SID matches
 * {@code S-1-...}. Checked when the command is filled ({@link ShellQuoting#generalProblem}); a
 * value that fails is not written into the command. Placeholders not listed here take any text,
 * quoted for their shell.
 */
public final class ValueTypes {

    private ValueTypes() {
    }

    private record Type(String what, Predicate<String> ok) {
    }

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,10}");
    private static final Pattern HEX = Pattern.compile("[0-9A-Fa-f]{32,128}");
    private static final Pattern SID = Pattern.compile("S-1-[0-9]{1,14}(-[0-9]{1,10})*");
    private static final Pattern PROFILES = Pattern.compile("(?i)(Any|Domain|Private|Public)(,(Domain|Private|Public))*");

    private static Predicate<String> number(long min, long max) {
        return v -> DIGITS.matcher(v).matches() && Long.parseLong(v) >= min && Long.parseLong(v) <= max;
    }

    private static final Type PORT = new Type("a port number (1-65535)", number(1, 65535));

    private static final Map<String, Type> TYPES = Map.ofEntries(
            Map.entry("port", PORT),
            Map.entry("clientPort", PORT),
            Map.entry("pid", new Type("a process id (a number)", number(0, 4294967295L))),
            Map.entry("session", new Type("a session id (a number)", number(0, 65535))),
            Map.entry("sessionId", new Type("a session id (a number)", number(0, 65535))),
            Map.entry("mtu", new Type("an MTU (a number, 68-65535)", number(68, 65535))),
            Map.entry("kbNumber", new Type("an update number (digits)", number(1, 9999999999L))),
            Map.entry("thumbprint", new Type("a certificate thumbprint (hex)", v -> HEX.matcher(v).matches())),
            Map.entry("sid", new Type("a SID (S-1-...)", v -> SID.matcher(v).matches())),
            Map.entry("profile", new Type("a firewall profile (Domain, Private, Public or Any)", v -> PROFILES.matcher(v).matches())));

    /** Why the value is not of its placeholder's type, or null (also for an untyped placeholder). */
    public static String problem(String name, String value) {
        Type t = TYPES.get(name);
        return t == null || t.ok().test(value) ? null : "is not " + t.what();
    }

    /** True when the placeholder is typed. */
    public static boolean isTyped(String name) {
        return TYPES.containsKey(name);
    }

    /** A value of the type that a test can use, or null for an untyped placeholder. */
    public static String example(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "port", "clientport" -> "3389";
            case "pid" -> "4242";
            case "session", "sessionid" -> "2";
            case "mtu" -> "1400";
            case "kbnumber" -> "5040430";
            case "thumbprint" -> "0123456789ABCDEF0123456789ABCDEF01234567";
            case "sid" -> "S-1-5-21-1004336348-1177238915-682003330-1001";
            case "profile" -> "Domain";
            default -> null;
        };
    }
}
