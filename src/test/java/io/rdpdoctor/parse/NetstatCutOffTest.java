package io.rdpdoctor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.ListeningSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A netstat -ano capture cut off after its header, or inside its last row, must not let the rules
 * conclude "nothing listens on 3389" (adversarial review F16).
 */
class NetstatCutOffTest {

    private static final String HEAD = "\r\nActive Connections\r\n\r\n  Proto  Local Address          Foreign Address        State           PID\r\n";

    private static CaptureLoader.Result load(String text) {
        return new CaptureLoader().load("netstat-ano.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void cutAfterTheHeaderIsSkippedAndSocketsAreNotCollected() {
        CaptureLoader.Result r = load(HEAD);
        assertThat(r.facts().collected(Area.SOCKETS)).isFalse();
        assertThat(r.skipped()).anySatisfy(s -> assertThat(s.toString()).contains("cut off"));
    }

    @Test
    void cutInsideTheLastRowKeepsTheRowsReadButDoesNotClaimTheArea() {
        CaptureLoader.Result r = load(HEAD
                + "  TCP    0.0.0.0:135            0.0.0.0:0              LISTENING       912\r\n"
                + "  TCP    0.0.0.0:33");
        assertThat(r.facts().all(ListeningSocket.class)).extracting(ListeningSocket::port).containsExactly(135);
        assertThat(r.facts().collected(Area.SOCKETS)).isFalse();
    }

    @Test
    void aWholeCaptureIsCollected() {
        CaptureLoader.Result r = load(HEAD
                + "  TCP    0.0.0.0:135            0.0.0.0:0              LISTENING       912\r\n"
                + "  TCP    0.0.0.0:3389           0.0.0.0:0              LISTENING       1184\r\n");
        assertThat(r.facts().collected(Area.SOCKETS)).isTrue();
        assertThat(r.facts().all(ListeningSocket.class)).hasSize(2);
    }
}
