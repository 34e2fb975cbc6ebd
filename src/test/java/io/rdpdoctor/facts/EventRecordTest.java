package io.rdpdoctor.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** EventRecord.serviceFailure(): the Service Control Manager's records of a service that did not start or ended. */
class EventRecordTest {

    private static EventRecord scm(int id) {
        return new EventRecord("System", "Service Control Manager", id, "Error", null, "The Netlogon service hung on starting.", null);
    }

    @Test
    void theServiceControlManagersFailures() {
        assertThat(scm(7022).serviceFailure()).isTrue();
        assertThat(scm(7000).serviceFailure()).isTrue();
        assertThat(scm(7001).serviceFailure()).isTrue();
        assertThat(scm(7034).serviceFailure()).isTrue();
    }

    @Test
    void notItsOtherRecordsNorAnotherProvidersSameIds() {
        // 7036: a service entered the running or stopped state - a state change, not a failure
        assertThat(scm(7036).serviceFailure()).isFalse();
        assertThat(new EventRecord("System", "TermService", 7022, "Error", null, "x", null).serviceFailure()).isFalse();
    }

    private static EventRecord event(String provider, int id) {
        return new EventRecord("System", provider, id, "Error", null, null, null);
    }

    @Test
    void aDisplayDriverThatStoppedRespondingOrAGpuKernelDriversFault() {
        assertThat(event("Display", 4101).displayDriverReset()).isTrue();
        assertThat(event("nvlddmkm", 153).displayDriverReset()).isTrue();
        assertThat(event("NVLDDMKM", 13).displayDriverReset()).isTrue();
        assertThat(event("amdkmdag", 4101).displayDriverReset()).isTrue();
        assertThat(event("igfxn", 1).displayDriverReset()).isTrue();
        // Display's other records, and a provider that only contains a driver's name
        assertThat(event("Display", 4100).displayDriverReset()).isFalse();
        assertThat(event("nvlddmkm-helper", 1).displayDriverReset()).isFalse();
        assertThat(event("Service Control Manager", 7000).displayDriverReset()).isFalse();
    }
}
