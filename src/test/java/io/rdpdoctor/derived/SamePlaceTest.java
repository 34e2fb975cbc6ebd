package io.rdpdoctor.derived;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdpdoctor.facts.Complaint;
import io.rdpdoctor.facts.ConnectionAttempt;
import org.junit.jupiter.api.Test;

class SamePlaceTest {

    private static ConnectionAttempt attempt(String from, String target, Integer port, boolean ok) {
        return new ConnectionAttempt(from, null, "mstsc", target, port, null, ok, null, null, null, null, null);
    }

    @Test
    void aSuccessFromTheSamePlaceToTheSameHostAndPortIsTheSamePlace() {
        assertThat(SamePlace.asFailure(attempt("laptop", "srv1", null, true), attempt("LAPTOP", "SRV1", 3389, false))).isTrue();
        // a place left out on either side agrees: the ticket names none
        assertThat(SamePlace.asFailure(attempt(null, null, null, true), attempt("laptop", "srv1", null, false))).isTrue();
        // a complaint names no place
        assertThat(SamePlace.asFailure(attempt("laptop", "srv1", null, true), new Complaint(Complaint.Kind.CANNOT_CONNECT, "x", null, null))).isTrue();
    }

    @Test
    void anotherPlaceHostOrPortIsNot() {
        assertThat(SamePlace.asFailure(attempt("jump host", "srv1", null, true), attempt("office", "srv1", null, false))).isFalse();
        assertThat(SamePlace.asFailure(attempt("laptop", "srv2", null, true), attempt("laptop", "srv1", null, false))).isFalse();
        assertThat(SamePlace.asFailure(attempt("laptop", "srv1", 3390, true), attempt("laptop", "srv1", null, false))).isFalse();
    }
}
