package io.rdpdoctor.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Complaint.afterLogon(): the complaints about what happens once the user is logged on. */
class ComplaintTest {

    private static Complaint of(Complaint.Kind kind) {
        return new Complaint(kind, null, null, null);
    }

    @Test
    void whatHappensAfterLogon() {
        assertThat(of(Complaint.Kind.DROPS).afterLogon()).isTrue();
        assertThat(of(Complaint.Kind.SLOW).afterLogon()).isTrue();
        assertThat(of(Complaint.Kind.BLACK_SCREEN).afterLogon()).isTrue();
        assertThat(of(Complaint.Kind.DISCONNECTS_AFTER_LOGON).afterLogon()).isTrue();
        assertThat(of(Complaint.Kind.ENDED_AFTER_DISCONNECT).afterLogon()).isTrue();
        assertThat(of(Complaint.Kind.DISPLAY).afterLogon()).as("a picture shown wrong: the session exists").isTrue();
    }

    @Test
    void notWhatStopsTheConnectionOrSaysNothingOfWhen() {
        assertThat(of(Complaint.Kind.CANNOT_CONNECT).afterLogon()).isFalse();
        assertThat(of(Complaint.Kind.ASKS_FOR_PASSWORD).afterLogon()).isFalse();
        assertThat(of(Complaint.Kind.FAILS_BY_NAME).afterLogon()).isFalse();
    }

    @Test
    void theReportsWordsAsTheFailedAttemptTheyTellOf() {
        Source at = Source.of("ticket.yaml", 7);
        ConnectionAttempt a = new Complaint(Complaint.Kind.CANNOT_CONNECT, "it says: access denied", "2026-11-02", at).asFailedAttempt();
        assertThat(a.succeeded()).isFalse();
        assertThat(a.errorText()).isEqualTo("it says: access denied");
        assertThat(a.time()).isEqualTo("2026-11-02");
        assertThat(a.source()).isEqualTo(at);
    }

    @Test
    void wordsThatSayARestartHelpsForAWhile() {
        assertThat(new Complaint(Complaint.Kind.CANNOT_CONNECT, "a restart temporarily fixes the issue", null, null).restartHelpsForAWhile()).isTrue();
        assertThat(new Complaint(Complaint.Kind.CANNOT_CONNECT, "after a reboot it works again", null, null).restartHelpsForAWhile()).isTrue();
        assertThat(new Complaint(Complaint.Kind.CANNOT_CONNECT, "nach einem Neustart geht es wieder", null, null).restartHelpsForAWhile()).isTrue();
        assertThat(new Complaint(Complaint.Kind.CANNOT_CONNECT, "we cannot connect since the update", null, null).restartHelpsForAWhile()).isFalse();
        assertThat(new Complaint(Complaint.Kind.CANNOT_CONNECT, "it works, then the restart", null, null).restartHelpsForAWhile())
                .as("the restart must come before what it does").isFalse();
        assertThat(new Complaint(Complaint.Kind.CANNOT_CONNECT, null, null, null).restartHelpsForAWhile()).isFalse();
    }
}
