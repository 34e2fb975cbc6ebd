package io.rdpdoctor.parse.windows;

import io.rdpdoctor.facts.GpoSetting;
import io.rdpdoctor.facts.UserRight;
import java.util.List;

/**
 * gpresult shows administrative-template policies and user rights by their display names, in
 * the language of the machine. This maps the Remote Desktop ones to the English policy names (and
 * the rights to their constants) that rules compare against. Exact English names first; then, for
 * German, Dutch, French and Spanish, key words of the translated names (Microsoft's translations
 * vary between ADMX versions and documentation, so whole-string tables miss; the key words are
 * the distinctive terms: "Authentifizierung auf Netzwerkebene", "beveiligingslaag" ...).
 */
final class PolicyNames {

    static final String ALLOW = GpoSetting.ALLOW_REMOTE_CONNECTIONS;
    static final String NLA = "Require user authentication for remote connections by using Network Level Authentication";
    static final String SECURITY_LAYER = "Require use of specific security layer for remote (RDP) connections";
    static final String ENCRYPTION = "Set client connection encryption level";
    static final String LIMIT = "Limit number of connections";

    private record Rule(String english, List<List<String>> anyOf) {
    }

    /** Each: the English name, and alternatives of key words that must all occur (folded text). */
    private static final List<Rule> POLICIES = List.of(
            new Rule(NLA, List.of(List.of("network level authentication"), List.of("authentifizierung auf netzwerkebene"),
                    List.of("verificatie op netwerkniveau"), List.of("authentification au niveau du reseau"),
                    List.of("autenticacion a nivel de red"), List.of("nla", "benutzerauthentifizierung"))),
            new Rule(SECURITY_LAYER, List.of(List.of("security layer", "rdp"), List.of("sicherheitsstufe", "rdp"),
                    List.of("sicherheitsebene", "rdp"), List.of("beveiligingslaag"), List.of("couche de securite"),
                    List.of("capa de seguridad"))),
            new Rule(ENCRYPTION, List.of(List.of("client connection encryption level"), List.of("verschlusselungsstufe"),
                    List.of("versleutelingsniveau"), List.of("niveau de chiffrement"), List.of("nivel de cifrado"))),
            new Rule(LIMIT, List.of(List.of("limit number of connections"), List.of("anzahl der verbindungen"),
                    List.of("aantal verbindingen"), List.of("nombre de connexions"), List.of("numero de conexiones"))),
            new Rule(ALLOW, List.of(List.of("allow users to connect remotely", "remote desktop"),
                    List.of("remoteverbindungen", "remotedesktopdienste", "zulassen"),
                    List.of("toestaan", "op afstand", "extern bureaublad"),
                    List.of("autoriser", "se connecter a distance", "bureau a distance"),
                    List.of("permitir", "de forma remota", "escritorio remoto"))));

    private PolicyNames() {
    }

    /** The English name of a Remote Desktop policy given in any of the languages known, else null. */
    static String policy(String displayName) {
        String f = Win.fold(displayName);
        if (f.isEmpty()) {
            return null;
        }
        for (Rule r : POLICIES) {
            if (Win.fold(r.english()).equals(f)) {
                return r.english();
            }
        }
        for (Rule r : POLICIES) {
            for (List<String> words : r.anyOf()) {
                if (words.stream().allMatch(f::contains)) {
                    return r.english();
                }
            }
        }
        return null;
    }

    private static final List<String> RDS_WORDS = List.of("remote desktop", "terminal services", "remotedesktop",
            "extern bureaublad", "bureau a distance", "escritorio remoto");
    private static final List<String> DENY_WORDS = List.of("deny", "verweigern", "weigeren", "interdire", "denegar");
    private static final List<String> LOGON_WORDS = List.of("log on", "logon", "anmelden", "aanmelden",
            "ouverture de session", "inicio de sesion");
    private static final List<String> NETWORK_WORDS = List.of("from the network", "vom netzwerk", "vanaf het netwerk",
            "a partir du reseau", "desde la red");

    /** The constant (SeRemoteInteractiveLogonRight ...) of a user right's display name, else null. */
    static String right(String displayName) {
        String f = Win.fold(displayName);
        if (f.matches("se[a-z]+(right|privilege)")) {
            return displayName.trim();
        }
        boolean deny = DENY_WORDS.stream().anyMatch(f::contains);
        if (RDS_WORDS.stream().anyMatch(f::contains) && LOGON_WORDS.stream().anyMatch(f::contains)) {
            return deny ? UserRight.DENY_RDS_LOGON : UserRight.ALLOW_RDS_LOGON;
        }
        if (NETWORK_WORDS.stream().anyMatch(f::contains)) {
            return deny ? UserRight.DENY_NETWORK_LOGON : UserRight.ALLOW_NETWORK_LOGON;
        }
        return null;
    }

    /** Whether a category path is under Remote Desktop Services, in any of the languages known. */
    static boolean remoteDesktopCategory(String category) {
        String f = Win.fold(category);
        return RDS_WORDS.stream().anyMatch(f::contains);
    }
}
