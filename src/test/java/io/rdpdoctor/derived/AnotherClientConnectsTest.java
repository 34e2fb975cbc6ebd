package io.rdpdoctor.derived;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdpdoctor.facts.ConnectionAttempt;
import org.junit.jupiter.api.Test;

/** AnotherClientConnects.bothWindowsRdpControl(): two programs on Windows' own RDP control. */
class AnotherClientConnectsTest {

    private static ConnectionAttempt attempt(String app, boolean succeeded) {
        return new ConnectionAttempt(null, null, app, null, null, null, succeeded, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void aManagerThatEmbedsMstscsControlFailingWhereMstscConnects() {
        assertThat(new AnotherClientConnects(attempt("mRemoteNG", false), attempt("mstsc", true), false).bothWindowsRdpControl()).isTrue();
        assertThat(new AnotherClientConnects(attempt("Terminals", false), attempt("Remote Desktop Connection", true), false).bothWindowsRdpControl()).isTrue();
    }

    @Test
    void aClientOfItsOwnStackOrTwoVersionsOfOneProgramAreNot() {
        assertThat(new AnotherClientConnects(attempt("xfreerdp", false), attempt("mstsc", true), false).bothWindowsRdpControl()).isFalse();
        assertThat(new AnotherClientConnects(attempt("mRemoteNG", false), attempt("Remmina", true), false).bothWindowsRdpControl()).isFalse();
        assertThat(new AnotherClientConnects(attempt("mstsc", false), attempt("mstsc", true), true).bothWindowsRdpControl()).isFalse();
    }
}
