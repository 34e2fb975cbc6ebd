package io.rdpdoctor.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** PortTest.refused(): a refused connection is told from a time-out or a filtered port by the tools' words. */
class PortTestTest {

    private static PortTest failed(String error) {
        return new PortTest(null, null, null, "srv01", null, 3389, false, error, null, null);
    }

    @Test
    void theToolsWordsForARefusedConnection() {
        assertThat(failed("No connection could be made because the target machine actively refused it.").refused()).isTrue();
        assertThat(failed("TCP port 3389 (ms-wbt-server service): NOT LISTENING").refused()).isTrue();
        assertThat(failed("3389/tcp closed ms-wbt-server").refused()).isTrue();
        assertThat(failed("nc: connect to 10.0.0.5 port 3389 (tcp) failed: Connection refused").refused()).isTrue();
        assertThat(failed("Es konnte keine Verbindung hergestellt werden, da der Zielcomputer die Verbindung verweigerte").refused()).isTrue();
        assertThat(failed("WSAECONNREFUSED (10061)").refused()).isTrue();
        assertThat(failed("由于目标计算机积极拒绝，无法连接。").refused()).isTrue();
    }

    @Test
    void aTimeOutOrAFilteredPortIsNoRefusal() {
        assertThat(failed("TCP connect to 10.0.0.5:3389 failed (timed out)").refused()).isFalse();
        assertThat(failed("3389/tcp filtered ms-wbt-server").refused()).isFalse();
        assertThat(failed("TCP port 3389 (ms-wbt-server service): FILTERED").refused()).isFalse();
        assertThat(failed(null).refused()).isFalse();
        // a test that succeeded refused nothing, whatever its text
        assertThat(new PortTest(null, null, null, "srv01", null, 3389, true, "Connection refused earlier", null, null).refused()).isFalse();
    }

    @Test
    void aTestFromTheAttemptsOwnMachineToItsHost() {
        PortTest fromGateway = new PortTest("GUAC01", null, "nc -zv", "10.0.0.9", null, 3389, false, "Connection timed out", null, null);
        ConnectionAttempt viaGateway = new ConnectionAttempt("guac01", null, "guacd", "10.0.0.9", 3389, null, false, null, null, null, null, null);
        ConnectionAttempt toAnotherHost = new ConnectionAttempt("GUAC01", null, "guacd", "10.0.0.12", 3389, null, false, null, null, null, null, null);
        ConnectionAttempt fromElsewhere = new ConnectionAttempt("LAPTOP7", null, "mstsc", "10.0.0.9", 3389, null, false, null, null, null, null, null);
        ConnectionAttempt fromUnnamed = new ConnectionAttempt(null, null, "mstsc", "10.0.0.9", 3389, null, false, null, null, null, null, null);
        assertThat(fromGateway.fromTheMachineOf(viaGateway)).isTrue();
        assertThat(fromGateway.fromTheMachineOf(toAnotherHost)).isFalse();
        assertThat(fromGateway.fromTheMachineOf(fromElsewhere)).isFalse();
        assertThat(fromGateway.fromTheMachineOf(fromUnnamed)).as("a machine not named is not the same one").isFalse();
    }
}
