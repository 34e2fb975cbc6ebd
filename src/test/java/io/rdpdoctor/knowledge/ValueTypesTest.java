package io.rdpdoctor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a typed placeholder's value must look like (docs/writing-rules.md, "Placeholders in commands"). */
class ValueTypesTest {

    private static void accepts(String name, String... values) {
        for (String v : values) assertThat(ValueTypes.problem(name, v)).as(name + " = " + v).isNull();
    }

    private static void refuses(String name, String what, String... values) {
        for (String v : values) assertThat(ValueTypes.problem(name, v)).as(name + " = " + v).isEqualTo("is not " + what);
    }

    @Test
    void aPortIsANumberFrom1To65535() {
        for (String name : List.of("port", "clientPort")) {
            accepts(name, "1", "3389", "65535", "03389");
            refuses(name, "a port number (1-65535)", "0", "65536", "-1", "+3389", "3389 ", "", "3e3", "99999999999", "３３８９");
        }
    }

    @Test
    void processAndSessionIdsAreNumbersInTheirRanges() {
        accepts("pid", "0", "4", "4294967295");
        refuses("pid", "a process id (a number)", "4294967296", "-4", "0x10", "4242;calc");
        for (String name : List.of("session", "sessionId")) {
            accepts(name, "0", "2", "65535");
            refuses(name, "a session id (a number)", "65536", "-1", "console");
        }
    }

    @Test
    void anMtuIsFrom68To65535AndAnUpdateNumberIsDigits() {
        accepts("mtu", "68", "1400", "65535");
        refuses("mtu", "an MTU (a number, 68-65535)", "67", "65536", "1400b");
        accepts("kbNumber", "1", "5040430", "9999999999");
        refuses("kbNumber", "an update number (digits)", "0", "KB5040430", "10000000000");
    }

    @Test
    void aThumbprintIsHexAndASidStartsWithS15() {
        accepts("thumbprint", "0".repeat(32), "a".repeat(128), "0123456789ABCDEFabcdef0123456789ABCDEF01");
        refuses("thumbprint", "a certificate thumbprint (hex)", "0".repeat(31), "a".repeat(129), "g".repeat(40), "01 23".repeat(10));
        accepts("sid", "S-1-5-18", "S-1-5-21-1004336348-1177238915-682003330-1001", "S-1-16");
        refuses("sid", "a SID (S-1-...)", "S-1-", "S-2-5-18", "s-1-5-18", "S-1-5-18-", "S-1-5-x", "S-1-5-18;calc");
    }

    @Test
    void aFirewallProfileIsDomainPrivatePublicOrAny() {
        accepts("profile", "Domain", "private", "PUBLIC", "Any", "Domain,Private,Public", "Any,Domain");
        refuses("profile", "a firewall profile (Domain, Private, Public or Any)", "Domainx", "Domain,Any", "Domain, Private", "", "Domain;calc");
    }

    @Test
    void anUntypedPlaceholderTakesAnyText() {
        assertThat(ValueTypes.isTyped("user")).isFalse();
        assertThat(ValueTypes.problem("user", "x';calc;'")).isNull();
        assertThat(ValueTypes.example("user")).isNull();
    }

    @Test
    void eachTypeHasAnExampleOfItsOwnType() {
        for (String name : List.of("port", "clientPort", "pid", "session", "sessionId", "mtu", "kbNumber", "thumbprint", "sid", "profile")) {
            assertThat(ValueTypes.isTyped(name)).as(name).isTrue();
            assertThat(ValueTypes.example(name)).as(name).isNotNull();
            assertThat(ValueTypes.problem(name, ValueTypes.example(name))).as(name).isNull();
            assertThat(ValueTypes.problem(name, "x;calc")).as(name).isNotNull();
        }
    }
}
