package io.rdpdoctor.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which holders of a right are groups that nearly every Remote Desktop user is in. */
class UserRightTest {

    private static UserRight deny(List<String> principals) {
        return new UserRight(UserRight.DENY_NETWORK_LOGON, principals, null);
    }

    @Test
    void aBroadGroupBySidOrByItsNameInAnyKnownLanguage() {
        assertThat(deny(List.of("*S-1-5-32-544")).namesABroadGroup()).isTrue();
        assertThat(deny(List.of("VORDEFINIERT\\Administratoren")).namesABroadGroup()).isTrue();
        assertThat(deny(List.of("Utilisateurs du Bureau à distance")).namesABroadGroup()).isTrue();
        assertThat(deny(List.of("Jeder")).namesABroadGroup()).isTrue();
    }

    @Test
    void localAccountsADomainGroupOrUnknownHoldersAreNot() {
        assertThat(deny(List.of("*S-1-5-113")).namesABroadGroup()).as("Local account").isFalse();
        assertThat(deny(List.of("CONTOSO\\Administrators")).namesABroadGroup()).isFalse();
        assertThat(deny(List.of()).namesABroadGroup()).isFalse();
        assertThat(deny(null).namesABroadGroup()).isFalse();
    }

    @Test
    void aRightNamingAGroupEveryAccountOfTheKindIsIn() {
        UserRight domainUsers = new UserRight(UserRight.ALLOW_RDS_LOGON, java.util.List.of("Domain Users", "Administrators"), null);
        assertThat(domainUsers.namesEveryAccountOf(ConnectionAttempt.AccountKind.DOMAIN)).isTrue();
        assertThat(domainUsers.namesEveryAccountOf(ConnectionAttempt.AccountKind.LOCAL)).isFalse();
        assertThat(new UserRight(UserRight.ALLOW_RDS_LOGON, java.util.List.of("CORP\\Domain Users"), null)
                .namesEveryAccountOf(ConnectionAttempt.AccountKind.DOMAIN)).isTrue();
        assertThat(new UserRight(UserRight.ALLOW_RDS_LOGON, java.util.List.of("*S-1-5-21-1004336348-1177238915-682003330-513"), null)
                .namesEveryAccountOf(ConnectionAttempt.AccountKind.DOMAIN)).as("Domain Users by its RID").isTrue();
        assertThat(new UserRight(UserRight.ALLOW_RDS_LOGON, java.util.List.of("Authenticated Users"), null)
                .namesEveryAccountOf(null)).isTrue();
        assertThat(new UserRight(UserRight.ALLOW_RDS_LOGON, java.util.List.of("Administrators", "Remote Desktop Users"), null)
                .namesEveryAccountOf(ConnectionAttempt.AccountKind.DOMAIN)).isFalse();
        assertThat(new UserRight(UserRight.ALLOW_RDS_LOGON, null, null).namesEveryAccountOf(ConnectionAttempt.AccountKind.DOMAIN))
                .as("holders not known").isFalse();
    }
}
