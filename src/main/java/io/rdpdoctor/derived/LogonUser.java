package io.rdpdoctor.derived;

import io.rdpdoctor.facts.Account;
import io.rdpdoctor.facts.UserRight;
import java.util.List;
import java.util.Set;

/**
 * The user who tried to log on: the account a connection attempt used (or each account collected
 * when no attempt names a user), with the principals (SIDs, groups) known to stand for that user,
 * resolved once when it is derived ({@link Membership#principalsOf}), so that rules compare
 * against a set instead of resolving group membership on every evaluation. Derived by
 * rules/session/_session-facts.drl.
 *
 * @param name       the user name as typed (or the account's name)
 * @param account    the account's facts, when collected
 * @param principals every principal that stands for the user, normalised ({@link Membership#norm})
 */
public record LogonUser(String name, Account account, Set<String> principals) implements Derived {

    public LogonUser {
        principals = Set.copyOf(principals);
    }

    /** The logon user with the principals the host's memberships give it. */
    public static LogonUser of(String name, Account account, Membership membership) {
        return new LogonUser(name, account, membership.principalsOf(name, account));
    }

    /** Whether this principal (a SID or a group name) stands for the user. */
    public boolean isIn(String principal) {
        return principals.contains(Membership.norm(principal));
    }

    /**
     * Whether a user right names one of the principals that stand for the user (a name in the
     * right is also compared without its domain when it has none).
     */
    public boolean coveredBy(UserRight r) {
        if (!r.principalsKnown()) return false;
        for (String o : r.principals()) {
            String p = Membership.norm(o);
            if (principals.contains(p)) {
                return true;
            }
            if (!p.startsWith("S-1-") && p.indexOf('\\') < 0 && principals.contains(Membership.norm(Users.bare(p)))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<Object> grounds() {
        return account == null ? List.of() : List.of(account);
    }

    @Override
    public String describe() {
        return "the logon user " + name;
    }
}
