package io.rdpdoctor.parse.commands;

import static io.rdpdoctor.parse.ParseSupport.skeleton;

import io.rdpdoctor.facts.WinStationState;
import io.rdpdoctor.parse.LabelTable;
import java.util.List;

/** WinStation state words of qwinsta / query user in English, German, Spanish, French and Dutch. */
final class Sessions {

    private Sessions() {
    }

    /** The header labels and state words of qwinsta and query user that only one language prints ("Conn" is English and Spanish). */
    static final LabelTable LABELS = LabelTable.of(
            "en", List.of("SESSIONNAME", "USERNAME", "STATE", "DEVICE", "IDLE TIME", "LOGON TIME", "Active", "Disc", "Listen", "none"),
            "de", List.of("SITZUNGSNAME", "BENUTZERNAME", "STATUS", "GERÄT", "LEERLAUF", "ANMELDEZEIT", "Aktiv", "Getr", "Abhör", "Kein"),
            "es", List.of("NOMBRE DE SESIÓN", "NOMBRE DE USUARIO", "ESTADO", "DISPOSITIVO", "Activo", "Desc", "Escuchar", "Ninguno"),
            "fr", List.of("UTILISATEUR", "ÉTAT", "TEMPS INACT", "NOM DE SESSION", "Actif", "aucun"),
            "nl", List.of("SESSIENAAM", "GEBRUIKERSNAAM", "Actief", "Luisteren"));

    static WinStationState state(String word) {
        String s = skeleton(word);
        if (s.isEmpty()) return null;
        if (s.equals("active") || s.equals("aktiv") || s.equals("activo") || s.equals("actif") || s.equals("actief")) return WinStationState.ACTIVE;
        if (s.equals("connq")) return WinStationState.CONNECT_QUERY;
        if (s.equals("conn") || s.equals("verb") || s.equals("conectado") || s.equals("connect") || s.equals("connected")) return WinStationState.CONNECTED;
        if (s.equals("disc") || s.equals("getr") || s.equals("getrennt") || s.equals("desc") || s.equals("dco") || s.equals("deco")
                || s.equals("disconnected") || s.equals("verbr") || s.equals("nietverb")) return WinStationState.DISCONNECTED;
        if (s.equals("listen") || s.startsWith("abh") || s.equals("escuchar") || s.equals("escucha") || s.startsWith("coute")
                || s.equals("luisteren") || s.equals("luist")) return WinStationState.LISTEN;
        if (s.equals("down") || s.equals("inactivo")) return WinStationState.DOWN;
        if (s.equals("idle") || s.equals("leerlauf")) return WinStationState.IDLE;
        if (s.equals("reset")) return WinStationState.RESET;
        if (s.equals("init")) return WinStationState.INIT;
        if (s.equals("shadow")) return WinStationState.SHADOW;
        return null;
    }

    /**
     * Where the session id stands in a row's tokens: the first number, from {@code from} on, that is
     * followed by a state word (user and session names may be missing or contain digits); -1 if none.
     */
    static int idColumn(java.util.List<String> tokens, int from) {
        for (int k = from; k < tokens.size() - 1; k++) {
            if (tokens.get(k).matches("\\d{1,9}") && state(tokens.get(k + 1)) != null) {
                return k;
            }
        }
        return -1;
    }
}
