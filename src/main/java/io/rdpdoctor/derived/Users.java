package io.rdpdoctor.derived;

/** User names as the rules compare them. */
public final class Users {

    private Users() {
    }

    /**
     * The bare user name: "CORP\jdoe", ".\jdoe", "jdoe@corp.example.com" and "jdoe" all give
     * "jdoe" (trimmed; case kept).
     */
    public static String bare(String u) {
        if (u == null) {
            return "";
        }
        String t = u.trim();
        int i = t.lastIndexOf('\\');
        if (i >= 0) {
            t = t.substring(i + 1);
        }
        int at = t.indexOf('@');
        if (at > 0) {
            t = t.substring(0, at);
        }
        return t;
    }

    /**
     * A user name typed without a qualifier: no "DOMAIN\" or ".\" before it and no "@domain" after
     * it ("jdoe"), so the client and the host choose the account database it is looked up in.
     */
    public static boolean unqualified(String u) {
        if (u == null || u.isBlank()) {
            return false;
        }
        String t = u.trim();
        return t.indexOf('\\') < 0 && t.indexOf('@') < 0;
    }

    /** Both name the same account name (bare names compared ignoring case): "jdoe", ".\jdoe", "PC1\JDoe". */
    public static boolean sameName(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        String x = bare(a);
        return !x.isEmpty() && x.equalsIgnoreCase(bare(b));
    }
}
