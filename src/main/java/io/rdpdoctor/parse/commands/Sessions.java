package io.rdpdoctor.parse.commands;

import static io.rdpdoctor.parse.ParseSupport.skeleton;

import io.rdpdoctor.facts.WinStationState;

/** WinStation state words of qwinsta / query user in English, German, Spanish, French and Dutch. */
final class Sessions {

    private Sessions() {
    }

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
