package io.rdpdoctor.parse.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.ConnectionAttempt;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.ParseException;
import io.rdpdoctor.parse.Parsed;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the class javadoc promises beyond the sample pairs: a copied message box without its frame,
 * title and buttons; a task dialog's message sections only; plain text joined by single spaces; the
 * 4,000-character cap; what is no message; recognising only the client's own dialogs. The message is
 * the one the javadoc shows (CredSSP's "An authentication error has occurred").
 */
class ClientErrorParserTest {

    private static final String FRAME = "---------------------------";

    private final ClientErrorParser parser = new ClientErrorParser();

    private static Capture capture(String... lines) {
        return new Capture("client-error.txt", null, List.of(lines), 1);
    }

    private ConnectionAttempt attempt(Capture c) throws ParseException {
        Parsed p = parser.parse(c);
        assertThat(p.collected()).containsExactly(Area.CONNECTION_ATTEMPTS);
        assertThat(p.facts()).hasSize(1);
        return (ConnectionAttempt) p.facts().get(0);
    }

    @Test
    void aMessageBoxWithoutItsFrameTitleAndButtons() throws ParseException {
        Capture c = capture("", FRAME, "Remote Desktop Connection", FRAME, "An authentication error has occurred.", "",
                "The function requested is not supported", FRAME, "OK   Help", FRAME);
        assertThat(parser.recognises(c)).isTrue();
        ConnectionAttempt a = attempt(c);
        assertThat(a.errorText()).isEqualTo("An authentication error has occurred. The function requested is not supported");
        assertThat(a.succeeded()).isFalse();
        assertThat(a.source()).isEqualTo(c.source(4));
    }

    @Test
    void aTaskDialogsMessageSectionsOnly() throws ParseException {
        Capture c = capture("[Window Title]", "Remote Desktop Connection", "", "[Main Instruction]", "An authentication error has occurred.",
                "", "[Content]", "The function requested is not supported", "", "[OK] [Help]", "Remote computer: srv01");
        assertThat(parser.recognises(c)).isTrue();
        ConnectionAttempt a = attempt(c);
        assertThat(a.errorText()).isEqualTo("An authentication error has occurred. The function requested is not supported");
        assertThat(a.source()).isEqualTo(c.source(4));
    }

    @Test
    void plainTextIsTheMessageJoinedAndCappedAt4000Characters() throws ParseException {
        Capture c = capture("", "  An authentication error has occurred.\u00A0", "The function requested is not supported");
        assertThat(parser.recognises(c)).isFalse();
        assertThat(attempt(c).errorText()).isEqualTo("An authentication error has occurred. The function requested is not supported");
        assertThat(attempt(c).source()).isEqualTo(c.source(1));
        assertThat(attempt(capture("x".repeat(3000), "y".repeat(3000))).errorText()).hasSize(4000);
        assertThat(attempt(capture("x".repeat(4000))).errorText()).hasSize(4000);
    }

    @Test
    void whatIsNoMessage() {
        assertThatThrownBy(() -> parser.parse(capture("", " "))).isInstanceOf(ParseException.class)
                .hasMessage("client-error.txt:1: the text of the client's error message");
        assertThatThrownBy(() -> parser.parse(capture(FRAME, "Remote Desktop Connection", "An error"))).isInstanceOf(ParseException.class)
                .hasMessageStartingWith("client-error.txt:2: a copied message box");
        assertThatThrownBy(() -> parser.parse(capture(FRAME, "Remote Desktop Connection"))).isInstanceOf(ParseException.class)
                .hasMessageStartingWith("client-error.txt:2: a copied message box");
        assertThatThrownBy(() -> parser.parse(capture(FRAME, "Remote Desktop Connection", FRAME, FRAME, "OK", FRAME)))
                .isInstanceOf(ParseException.class).hasMessageStartingWith("client-error.txt:1: the text of the client's error message (the copied dialog");
        assertThatThrownBy(() -> parser.parse(capture("[Window Title]", "Remote Desktop Connection", "[OK]")))
                .isInstanceOf(ParseException.class).hasMessageContaining("the copied dialog has no message");
    }

    @Test
    void recognisedOnlyAsTheClientsOwnDialog() {
        assertThat(parser.recognises(capture(FRAME, "Remotedesktopverbindung", FRAME, "Fehler"))).isTrue();
        assertThat(parser.recognises(capture(FRAME, "Notepad", FRAME, "Error"))).isFalse();
        assertThat(parser.recognises(capture(FRAME, "Remote Desktop Connection"))).isFalse();
        assertThat(parser.recognises(capture("[Window Title]", "Connexion Bureau à distance"))).isTrue();
        assertThat(parser.recognises(capture("[Window Title]", "Outlook"))).isFalse();
        assertThat(parser.recognises(capture("[Window Title]"))).isFalse();
    }
}
