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
}
