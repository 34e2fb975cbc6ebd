package io.rdpdoctor.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the client's operating system says about it. */
class ClientInfoTest {

    private static ClientInfo withOs(String os) {
        return new ClientInfo(null, os, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void aClientKnownToRunAnotherSystemThanWindowsIsNotWindows() {
        assertThat(withOs("Linux").notWindows()).isTrue();
        assertThat(withOs("Ubuntu 22.04").notWindows()).isTrue();
        assertThat(withOs("macOS Sonoma").notWindows()).isTrue();
        assertThat(withOs("iPadOS 17").notWindows()).isTrue();
        assertThat(withOs("Android 14").notWindows()).isTrue();
    }

    @Test
    void windowsOrAnUnknownSystemIsNotSaidToBeOther() {
        assertThat(withOs("Windows 11 Pro").notWindows()).isFalse();
        assertThat(withOs("Windows Subsystem for Linux host").notWindows()).as("names Windows").isFalse();
        assertThat(withOs(null).notWindows()).isFalse();
        assertThat(withOs("a thin client").notWindows()).as("nothing says what it runs").isFalse();
    }
}
