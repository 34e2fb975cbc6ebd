package io.rdpdoctor.derived;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdpdoctor.facts.Account;
import io.rdpdoctor.facts.GroupMember;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one principal resolution (code review finding 4, probe P4): the user-rights rules and the
 * session's LogonUser both ask Membership.principalsOf, so a deny on BUILTIN\Users or on a nested
 * group reaches the account in both.
 */
class MembershipTest {

    private static Account domainUser(String... groups) {
        return new Account("CORP\\jdoe", "S-1-5-21-1-2-3-1105", false, true, null, null, null, null, null, List.of(groups), null);
    }

    private static Account localUser(String name) {
        return new Account(name, null, true, true, null, null, null, null, null, List.of(), null);
    }

    private static GroupMember member(String group, String member) {
        return new GroupMember(group, null, member, null, null);
    }

    @Test
    void everyAccountIsInEveryoneAuthenticatedUsersAndUsers() {
        assertThat(Membership.of(List.of()).principalsOf(domainUser()))
                .contains("S-1-1-0", "S-1-5-11", "S-1-5-32-545");
    }

    @Test
    void nestedGroupsAreFollowed() {
        Membership m = Membership.of(List.of(
                member("CORP\\HELPDESK", "CORP\\jdoe"),
                member("S-1-5-32-555", "CORP\\HELPDESK")));
        assertThat(m.principalsOf(domainUser())).contains("CORP\\HELPDESK", "S-1-5-32-555");
    }

    @Test
    void theAccountsAndTheLogonUsersResolutionAgree() {
        Membership m = Membership.of(List.of(
                member("CORP\\HELPDESK", "CORP\\jdoe"),
                member("S-1-5-32-555", "CORP\\HELPDESK")));
        Account a = domainUser("CORP\\Staff");
        assertThat(m.principalsOf(a)).isSubsetOf(m.principalsOf("CORP\\jdoe", a));
        assertThat(m.principalsOf(a)).contains("CORP\\STAFF", "S-1-5-21-1-2-3-1105");
    }

    @Test
    void aLocalAccountWrittenWithoutADomainIsAMemberAndALocalAdministratorGetsItsSid() {
        Membership m = Membership.of(List.of(member("S-1-5-32-544", "admin2")));
        assertThat(m.principalsOf(localUser("SRV01\\admin2"))).contains("S-1-5-32-544", "S-1-5-113", "S-1-5-114");
        assertThat(m.principalsOf(localUser("SRV01\\other"))).doesNotContain("S-1-5-32-544", "S-1-5-114");
    }

}
