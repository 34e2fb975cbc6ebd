package io.rdpdoctor.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AccountTest {

    private static Account in(String... groups) {
        return new Account("CORP\\jdoe", null, false, true, null, null, null, null, null, List.of(groups), null);
    }

    @Test
    void protectedUsersByNameInTheDomainsLanguageOrByItsWellKnownRid() {
        assertThat(in("Protected Users").inProtectedUsers()).isTrue();
        assertThat(in("Domain Users", "CORP\\Protected Users").inProtectedUsers()).isTrue();
        assertThat(in("Geschützte Benutzer").inProtectedUsers()).isTrue();
        assertThat(in("utilisateurs protégés").inProtectedUsers()).isTrue();
        assertThat(in("S-1-5-21-1004336348-1177238915-682003330-525").inProtectedUsers()).isTrue();
    }

    @Test
    void otherGroupsAndLookAlikesAreNot() {
        assertThat(in().inProtectedUsers()).isFalse();
        assertThat(in("Domain Users", "Remote Desktop Users").inProtectedUsers()).isFalse();
        assertThat(in("Protected Users Test Group").inProtectedUsers()).isFalse();
        assertThat(in("S-1-5-21-1004336348-1177238915-682003330-5250").inProtectedUsers()).isFalse();
        assertThat(in("S-1-5-32-525").inProtectedUsers()).isFalse();
    }

    @Test
    void aTextNamesTheProtectedUsersGroupInItsLanguagesAsAWordOnly() {
        assertThat(Account.namesProtectedUsers("admin accounts added to the Protected Users group")).isTrue();
        assertThat(Account.namesProtectedUsers("Mitglieder der Gruppe Geschützte Benutzer")).isTrue();
        assertThat(Account.namesProtectedUsers("protected usersgroup")).isFalse();
        assertThat(Account.namesProtectedUsers("CIS level 1 applied")).isFalse();
        assertThat(Account.namesProtectedUsers(null)).isFalse();
    }
}
