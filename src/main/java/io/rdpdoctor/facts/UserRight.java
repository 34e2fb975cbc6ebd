package io.rdpdoctor.facts;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Locale;

/**
 * A user right and who holds it (secedit /export [Privilege Rights], gpresult "User Rights
 * Assignment"), e.g. SeRemoteInteractiveLogonRight = *S-1-5-32-544,*S-1-5-32-555.
 *
 * @param principals SIDs ("*S-1-5-32-555" or "S-1-5-32-555") or account names as exported; an
 *                   empty list: nobody holds the right; left out (null): who holds it is not known
 *                   (a ticket that names the right without its holders), never "nobody"
 */
public record UserRight(
        @JsonProperty(required = true) String right,
        List<String> principals,
        Source source) implements Sourced<UserRight> {

    public static final String ALLOW_RDS_LOGON = "SeRemoteInteractiveLogonRight";
    public static final String DENY_RDS_LOGON = "SeDenyRemoteInteractiveLogonRight";
    public static final String ALLOW_NETWORK_LOGON = "SeNetworkLogonRight";
    public static final String DENY_NETWORK_LOGON = "SeDenyNetworkLogonRight";

    public UserRight {
        principals = principals == null ? null : principals.stream().map(UserRight::normalise).toList();
    }

    /** "*S-1-5-32-555" and "S-1-5-32-555" are the same principal; names compare case-insensitively. */
    private static String normalise(String p) {
        String t = p.trim();
        if (t.startsWith("*")) t = t.substring(1);
        return t.toUpperCase(Locale.ROOT).startsWith("S-1-") ? t.toUpperCase(Locale.ROOT) : t;
    }

    /** Names this principal; false when the holders are not known. */
    public boolean includes(String principal) {
        if (principals == null) return false;
        String n = normalise(principal);
        return principals.stream().anyMatch(p -> p.equalsIgnoreCase(n));
    }

    /**
     * Names a group that most people who use Remote Desktop are in: Everyone, Authenticated Users,
     * Users, Administrators or Remote Desktop Users, by SID or by a name in any language of
     * {@link WellKnownPrincipals}.
     */
    public boolean namesABroadGroup() {
        return principals != null && principals.stream().map(WellKnownPrincipals::sid).anyMatch(s -> s != null && BROAD_GROUPS.contains(s));
    }

    private static final java.util.Set<String> BROAD_GROUPS = java.util.Set.of(
            "S-1-1-0", "S-1-5-11", "S-1-5-32-545", "S-1-5-32-544", "S-1-5-32-555");

    /**
     * Names a group every account of this kind is in, so that the right holds for the account
     * whatever its own groups: Everyone, Authenticated Users or Users for any account, and the
     * domain's Domain Users (by name or by its RID 513) for a domain account.
     */
    public boolean namesEveryAccountOf(ConnectionAttempt.AccountKind kind) {
        if (principals == null) return false;
        return principals.stream().anyMatch(p -> {
            String sid = WellKnownPrincipals.sid(p);
            if (sid != null && EVERY_ACCOUNT.contains(sid)) return true;
            String n = normalise(p);
            return kind == ConnectionAttempt.AccountKind.DOMAIN && (DOMAIN_USERS.matcher(n).matches() || DOMAIN_USERS_SID.matcher(n).matches());
        });
    }

    private static final java.util.Set<String> EVERY_ACCOUNT = java.util.Set.of("S-1-1-0", "S-1-5-11", "S-1-5-32-545");
    /** Domain Users by name, bare or after its domain ("CORP\Domain Users"), and by its SID (the domain's RID 513). */
    private static final java.util.regex.Pattern DOMAIN_USERS = java.util.regex.Pattern.compile("(?i)(.*\\\\)?domain users");
    private static final java.util.regex.Pattern DOMAIN_USERS_SID = java.util.regex.Pattern.compile("S-1-5-21-[0-9-]+-513");

    /** Who holds the right is known (possibly nobody). */
    public boolean principalsKnown() {
        return principals != null;
    }

    @Override
    public UserRight withSource(Source s) {
        return new UserRight(right, principals, s);
    }

    @Override
    public String describe() {
        return "user right " + right + " = " + (principals == null ? "(holders not known)" : principals.isEmpty() ? "(nobody)" : String.join(", ", principals));
    }
}
