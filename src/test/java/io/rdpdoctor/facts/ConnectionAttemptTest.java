package io.rdpdoctor.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** ConnectionAttempt.acrossTheChangeFrom(): two attempts on either side of the change a ticket names. */
class ConnectionAttemptTest {

    private static ConnectionAttempt attempt(boolean succeeded, ConnectionAttempt.ChangeOrder order) {
        return new ConnectionAttempt(null, null, null, null, null, null, succeeded, null, null, null, null,
                null, order, null, null, null);
    }

    @Test
    void oneBeforeAndOneAfterTheChangeLieAcrossIt() {
        ConnectionAttempt before = attempt(false, ConnectionAttempt.ChangeOrder.BEFORE);
        ConnectionAttempt after = attempt(true, ConnectionAttempt.ChangeOrder.AFTER);
        assertThat(after.acrossTheChangeFrom(before)).isTrue();
        assertThat(before.acrossTheChangeFrom(after)).isTrue();
    }

    @Test
    void bothOnOneSideOrAnOrderNotToldDoNot() {
        ConnectionAttempt after = attempt(false, ConnectionAttempt.ChangeOrder.AFTER);
        assertThat(attempt(true, ConnectionAttempt.ChangeOrder.AFTER).acrossTheChangeFrom(after)).isFalse();
        assertThat(attempt(true, null).acrossTheChangeFrom(after)).isFalse();
        assertThat(after.acrossTheChangeFrom(attempt(true, null))).isFalse();
    }
}
