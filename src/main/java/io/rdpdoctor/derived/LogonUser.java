package io.rdpdoctor.derived;

import io.rdpdoctor.facts.Account;
import java.util.ArrayList;
import java.util.List;

/**
 * The user who tried to log on: the account a connection attempt used (or the one account
 * collected when no attempt names a user), with the local-group memberships collected, so that
 * rules can tell which principals (SIDs, groups) stand for that user. Derived by
 * rules/session/_session-facts.drl.
 *
 * @param name    the user name as typed (or the account's name)
 * @param account the account's facts, when collected
 * @param members the GroupMember facts collected
 */
public record LogonUser(String name, Account account, List<Object> members) implements Derived {

    public LogonUser {
        members = members == null ? List.of() : List.copyOf(new ArrayList<>(members));
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
