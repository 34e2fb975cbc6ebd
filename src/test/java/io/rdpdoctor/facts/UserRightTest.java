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
}
