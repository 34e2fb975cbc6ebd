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

    /**
     * A name in the down-level logon form, "CORP\jdoe": a domain before one backslash and a user after
     * it; ".\jdoe" (the local machine) and "MicrosoftAccount\..." are not a domain.
     */
    public static boolean downLevel(String u) {
        if (u == null) {
            return false;
        }
        String t = u.trim();
        int i = t.indexOf('\\');
        if (i <= 0 || i != t.lastIndexOf('\\') || i == t.length() - 1) {
            return false;
        }
        String domain = t.substring(0, i);
        return !domain.equals(".") && !domain.equalsIgnoreCase("MicrosoftAccount") && domain.chars().noneMatch(Character::isWhitespace);
    }

    /**
     * The attempt logged on with an account of a domain: said so (accountKind), or a down-level name
     * whose prefix is not the host's own name ("CORP\jdoe", not "PC1\jdoe" on PC1).
     */
    public static boolean domainAccount(io.rdpdoctor.facts.ConnectionAttempt a, String hostName) {
        if (a.accountKind() != null) return a.accountKind() == io.rdpdoctor.facts.ConnectionAttempt.AccountKind.DOMAIN;
        if (!downLevel(a.user())) return false;
        String u = a.user().trim();
        String prefix = u.substring(0, u.indexOf('\\'));
        return hostName == null || !prefix.equalsIgnoreCase(hostName);
    }

    /** Both name the same account name (bare names compared ignoring case): "jdoe", ".\jdoe", "PC1\JDoe". */
    public static boolean sameName(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        String x = bare(a);
        return !x.isEmpty() && x.equalsIgnoreCase(bare(b));
    }

    /**
     * The account is the one the ticket's connection attempts used: an attempt names it, or no attempt
     * names a user at all (then the accounts the ticket gives are the ones it is about).
     */
    public static boolean usedByTheAttempts(String account, java.util.Collection<?> attempts) {
        boolean anyUser = false;
        for (Object o : attempts) {
            String user = ((io.rdpdoctor.facts.ConnectionAttempt) o).user();
            if (user == null) continue;
            anyUser = true;
            if (sameName(user, account)) return true;
        }
        return !anyUser;
    }

    /**
     * Two names that are certainly two accounts: their bare names differ, or one names a domain the
     * other does not ("windomain.local\vagrant" and "vagrant", a domain and a local account of one
     * name). ".\jdoe" and "jdoe" are one account; a name that is null or blank is no account.
     */
    public static boolean differentAccounts(String a, String b) {
        if (a == null || b == null || a.isBlank() || b.isBlank()) {
            return false;
        }
        if (!bare(a).equalsIgnoreCase(bare(b))) {
            return true;
        }
        return !qualifier(a).equalsIgnoreCase(qualifier(b));
    }

    /** "CORP" of "CORP\jdoe" or "jdoe@corp", "" for "jdoe" and ".\jdoe" (the local machine). */
    private static String qualifier(String u) {
        String t = u.trim();
        int i = t.lastIndexOf('\\');
        String q = i >= 0 ? t.substring(0, i) : t.indexOf('@') > 0 ? t.substring(t.indexOf('@') + 1) : "";
        return q.equals(".") ? "" : q;
    }

    /** Microsoft's consumer mail domains: an address there is a Microsoft account's sign-in name. */
    private static final java.util.regex.Pattern MSA_DOMAIN = java.util.regex.Pattern.compile(
            "(?i)@(outlook|hotmail|live|msn|windowslive|passport)(\\.[a-z]{2,3}){1,2}$");

    /** The attempt logged on with a Microsoft account: the ticket says so, or the user name shows it. */
    public static boolean microsoftAccount(io.rdpdoctor.facts.ConnectionAttempt a) {
        return a.accountKind() == io.rdpdoctor.facts.ConnectionAttempt.AccountKind.MICROSOFT || microsoftAccount(a.user());
    }

    /**
     * A Microsoft account's sign-in name: "MicrosoftAccount\jdoe@example.com", or an address at one of
     * Microsoft's consumer mail domains (outlook.com, hotmail.co.uk, live.jp, ...). Other addresses
     * may be Microsoft accounts or Entra ID names alike, so they do not count.
     */
    public static boolean microsoftAccount(String u) {
        if (u == null) {
            return false;
        }
        String t = u.trim();
        if (t.regionMatches(true, 0, "MicrosoftAccount\\", 0, 17)) {
            return true;
        }
        return t.indexOf('\\') < 0 && MSA_DOMAIN.matcher(t).find();
    }
}
