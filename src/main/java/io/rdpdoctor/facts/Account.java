package io.rdpdoctor.facts;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The state of a user account (net user, Get-LocalUser, Get-ADUser), usually the one that tries
 * to log on.
 *
 * @param name             as typed at logon: "user", "DOMAIN\\user" or "user@domain"
 * @param groups           SIDs (or names) of the groups it belongs to, where known
 * @param mustChangePassword the user must change the password at next logon
 * @param blankPassword    the account has an empty password
 */
public record Account(
        @JsonProperty(required = true) String name,
        String sid,
        Boolean local,
        Boolean enabled,
        Boolean lockedOut,
        Boolean expired,
        Boolean passwordExpired,
        Boolean mustChangePassword,
        Boolean blankPassword,
        List<String> groups,
        Source source) implements Sourced<Account> {

    public Account {
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    private static final java.util.regex.Pattern ADMINISTRATOR_SID = java.util.regex.Pattern.compile("S-1-5-21-.*-500");

    /** The built-in Administrator (RID 500), whatever it is called now. */
    public boolean builtinAdministrator() {
        return sid != null && ADMINISTRATOR_SID.matcher(sid).matches();
    }

    public boolean memberOf(String group) {
        return groups.stream().anyMatch(g -> g.equalsIgnoreCase(group));
    }

    // the group's name in English, German, French, Spanish or Dutch (a domain's built-in groups are named
    // in the language it was created in), or its well-known RID 525 (Microsoft's Protected Users page)
    private static final java.util.regex.Pattern PROTECTED_USERS = java.util.regex.Pattern.compile(
            "(?i)(.*\\\\)?(protected users|geschützte benutzer|utilisateurs protégés|usuarios protegidos|beschermde gebruikers)|S-1-5-21-[\\d-]+-525");

    /** The Protected Users group named in words, in the languages of its name (a change's "added the admins to Protected Users"). */
    private static final java.util.regex.Pattern PROTECTED_USERS_NAMED = java.util.regex.Pattern.compile(
            "(?i)\\b(protected users|geschützte benutzer|utilisateurs protégés|usuarios protegidos|beschermde gebruikers)\\b");

    /** Whether a text (a change's name and words) names the Protected Users group. */
    public static boolean namesProtectedUsers(String text) {
        return text != null && PROTECTED_USERS_NAMED.matcher(text).find();
    }

    /** A member of the domain's Protected Users group (no NTLM, no delegation, no cached credentials for it). */
    public boolean inProtectedUsers() {
        return groups.stream().anyMatch(g -> PROTECTED_USERS.matcher(g.strip()).matches());
    }

    @Override
    public Account withSource(Source s) {
        return new Account(name, sid, local, enabled, lockedOut, expired, passwordExpired, mustChangePassword, blankPassword, groups, s);
    }

    @Override
    public String describe() {
        StringBuilder d = new StringBuilder("account ").append(name);
        if (Boolean.FALSE.equals(enabled)) d.append(", disabled");
        if (Boolean.TRUE.equals(lockedOut)) d.append(", locked out");
        if (Boolean.TRUE.equals(expired)) d.append(", expired");
        if (Boolean.TRUE.equals(passwordExpired)) d.append(", password expired");
        if (Boolean.TRUE.equals(mustChangePassword)) d.append(", must change password at next logon");
        if (Boolean.TRUE.equals(blankPassword)) d.append(", blank password");
        return d.toString();
    }
}
