package io.rdpdoctor.derived;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** User names as rules compare them: qualified or not, the same account name, a Microsoft account. */
class UsersTest {

    @Test
    void aNameWithoutDomainOrMachineIsUnqualified() {
        assertThat(Users.unqualified("vagrant")).isTrue();
        assertThat(Users.unqualified(".\\vagrant")).isFalse();
        assertThat(Users.unqualified("PC1\\vagrant")).isFalse();
        assertThat(Users.unqualified("jdoe@corp.example")).isFalse();
        assertThat(Users.unqualified("  ")).isFalse();
        assertThat(Users.unqualified(null)).isFalse();
    }

    @Test
    void aDomainBeforeABackslashIsTheDownLevelForm() {
        assertThat(Users.downLevel("CORP\\jdoe")).isTrue();
        assertThat(Users.downLevel(" corp.example\\jdoe ")).isTrue();
        assertThat(Users.downLevel(".\\jdoe")).isFalse();
        assertThat(Users.downLevel("MicrosoftAccount\\jdoe@outlook.com")).isFalse();
        assertThat(Users.downLevel("jdoe@corp.example")).isFalse();
        assertThat(Users.downLevel("jdoe")).isFalse();
        assertThat(Users.downLevel("\\jdoe")).isFalse();
        assertThat(Users.downLevel("CORP\\")).isFalse();
        assertThat(Users.downLevel("A\\B\\jdoe")).isFalse();
        assertThat(Users.downLevel(null)).isFalse();
    }

    @Test
    void theSameAccountNameWhateverItsQualifier() {
        assertThat(Users.sameName("emil", "anydomain\\Emil")).isTrue();
        assertThat(Users.sameName("emil", ".\\emil")).isTrue();
        assertThat(Users.sameName("emil", "VM01\\admin")).isFalse();
        assertThat(Users.sameName("", "")).isFalse();
        assertThat(Users.sameName(null, "emil")).isFalse();
    }

    @Test
    void microsoftAccountsByPrefixOrConsumerDomain() {
        assertThat(Users.microsoftAccount("MicrosoftAccount\\jdoe@example.com")).isTrue();
        assertThat(Users.microsoftAccount("jdoe@outlook.com")).isTrue();
        assertThat(Users.microsoftAccount("jdoe@hotmail.co.uk")).isTrue();
        assertThat(Users.microsoftAccount("jdoe@live.jp")).isTrue();
        assertThat(Users.microsoftAccount("jdoe@corp.example")).isFalse();
        assertThat(Users.microsoftAccount("jdoe@outlook.com.evil.example")).isFalse();
        assertThat(Users.microsoftAccount("AzureAD\\jdoe@outlook.com")).isFalse();
        assertThat(Users.microsoftAccount("jdoe")).isFalse();
    }

    @Test
    void differentAccountsByNameOrByTheDomainOneNames() {
        assertThat(Users.differentAccounts("alice", "bob")).isTrue();
        assertThat(Users.differentAccounts("windomain.local\\vagrant", "vagrant")).isTrue();
        assertThat(Users.differentAccounts("CORP\\jdoe", "jdoe@corp")).isFalse();
        assertThat(Users.differentAccounts(".\\jdoe", "JDOE")).isFalse();
        assertThat(Users.differentAccounts("CORP\\jdoe", "OTHER\\jdoe")).isTrue();
        assertThat(Users.differentAccounts(null, "jdoe")).isFalse();
        assertThat(Users.differentAccounts(" ", "jdoe")).isFalse();
    }

    private static io.rdpdoctor.facts.ConnectionAttempt by(String user) {
        return new io.rdpdoctor.facts.ConnectionAttempt(null, null, null, null, null, user, false, null, null, null, null, null,
                null, null, null, null);
    }

    @Test
    void anAccountIsTheAttemptsWhenOneNamesItOrNoneNamesAUser() {
        assertThat(Users.usedByTheAttempts("PC1\\kiosk", java.util.List.of(by("kiosk")))).isTrue();
        assertThat(Users.usedByTheAttempts("kiosk", java.util.List.of(by(null), by(".\\KIOSK")))).isTrue();
        assertThat(Users.usedByTheAttempts("kiosk", java.util.List.of(by(null)))).as("no attempt names a user").isTrue();
        assertThat(Users.usedByTheAttempts("kiosk", java.util.List.of())).isTrue();
        assertThat(Users.usedByTheAttempts("kiosk", java.util.List.of(by("manager"), by(null)))).isFalse();
    }

    private static io.rdpdoctor.facts.ConnectionAttempt logon(String user, io.rdpdoctor.facts.ConnectionAttempt.AccountKind kind) {
        return new io.rdpdoctor.facts.ConnectionAttempt(null, null, null, null, null, user, false, null, null, null, null,
                null, null, kind, null, null);
    }

    @Test
    void aDomainAccountIsSaidSoOrNamedByItsDomainNotTheHost() {
        assertThat(Users.domainAccount(logon("jsmith", io.rdpdoctor.facts.ConnectionAttempt.AccountKind.DOMAIN), "PC1")).isTrue();
        assertThat(Users.domainAccount(logon("CORP\\jsmith", null), "PC1")).isTrue();
        assertThat(Users.domainAccount(logon("pc1\\jsmith", null), "PC1")).as("the host's own name: a local account").isFalse();
        assertThat(Users.domainAccount(logon(".\\jsmith", null), "PC1")).isFalse();
        assertThat(Users.domainAccount(logon("jsmith", null), "PC1")).isFalse();
        assertThat(Users.domainAccount(logon("CORP\\jsmith", io.rdpdoctor.facts.ConnectionAttempt.AccountKind.LOCAL), "PC1"))
                .as("the kind said wins").isFalse();
    }
}
