package io.rdpdoctor.parse.commands;

import static io.rdpdoctor.parse.ParseSupport.tokens;
import static org.assertj.core.api.Assertions.assertThat;

import io.rdpdoctor.facts.WinStationState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The state words of qwinsta / query user, as the tools print them: the ten WinStation states in
 * English (qwinsta's abbreviations; Microsoft's "Viewing session states" and WTS_CONNECTSTATE_CLASS
 * list them), and the localised words of the parsers' samples (German "Getr." / "Abhör.", Spanish
 * "Desc" / "Escuchar", French "Actif").
 */
class SessionsTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "Active, ACTIVE", "Aktiv, ACTIVE", "Activo, ACTIVE", "Actif, ACTIVE", "Actief, ACTIVE",
            "Conn, CONNECTED", "Verb., CONNECTED", "Conectado, CONNECTED", "Connected, CONNECTED",
            "ConnQ, CONNECT_QUERY",
            "Disc, DISCONNECTED", "Getr., DISCONNECTED", "Getrennt, DISCONNECTED", "Desc, DISCONNECTED",
            "Déco, DISCONNECTED", "Deco, DISCONNECTED", "Disconnected, DISCONNECTED", "Verbr., DISCONNECTED",
            "Niet verb., DISCONNECTED",
            "Listen, LISTEN", "Abhör., LISTEN", "Abhören, LISTEN", "Escuchar, LISTEN", "Escucha, LISTEN",
            "Écouter, LISTEN", "Luisteren, LISTEN", "Luist., LISTEN",
            "Down, DOWN", "Inactivo, DOWN",
            "Idle, IDLE", "Leerlauf, IDLE",
            "Reset, RESET", "Init, INIT", "Shadow, SHADOW"})
    void eachStateWordGivesItsState(String word, WinStationState state) {
        assertThat(Sessions.state(word)).isEqualTo(state);
    }

    @ParameterizedTest
    @CsvSource({"rdp-tcp", "console", "65536", "user1", "Kein", "aucun", "''", "..."})
    void otherWordsAreNoState(String word) {
        assertThat(Sessions.state(word)).isNull();
    }

    @Test
    void theIdIsTheNumberBeforeTheStateWord() {
        // rows of the parsers' samples (qwinsta es-1, de-1, query user fr-1)
        assertThat(Sessions.idColumn(tokens(" services                                    0  Desc"), 0)).isEqualTo(1);
        assertThat(Sessions.idColumn(tokens("                   SAP2                      3  Desc"), 0)).isEqualTo(1);
        assertThat(Sessions.idColumn(tokens(" rdp-tcp#80        user1                     5  Activo"), 0)).isEqualTo(2);
        assertThat(Sessions.idColumn(tokens(" rdp-tcp                                 65536  Abhör."), 0)).isEqualTo(1);
        // a user name of digits is not the id: the number that a state word follows is
        assertThat(Sessions.idColumn(tokens(" rdp-tcp#3         2024                      4  Active"), 0)).isEqualTo(2);
        // query user: the idle time after the state is not read as an id
        assertThat(Sessions.idColumn(tokens(" user2                 console             3  Aktiv       Kein   03.05.2025 18:26"), 0))
                .isEqualTo(2);
    }

    @Test
    void theSearchStartsWhereAsked() {
        assertThat(Sessions.idColumn(tokens(" rdp-tcp#80        user1                     5  Activo"), 3)).isEqualTo(-1);
        assertThat(Sessions.idColumn(tokens(" 7 Active 5 Disc"), 1)).isEqualTo(2);
    }

    @Test
    void aRowWithoutIdAndStateHasNone() {
        assertThat(Sessions.idColumn(tokens(" SESSIONNAME       USERNAME                 ID  STATE   TYPE        DEVICE"), 0)).isEqualTo(-1);
        assertThat(Sessions.idColumn(tokens(" console           user1                     1"), 0)).isEqualTo(-1); // cut before the state
        assertThat(Sessions.idColumn(tokens(" 1234567890  Active"), 0)).isEqualTo(-1); // ten digits are no session id
        assertThat(Sessions.idColumn(tokens(""), 0)).isEqualTo(-1);
    }
}
