package io.rdpdoctor.parse.windows;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdpdoctor.facts.GpoSetting;
import io.rdpdoctor.facts.UserRight;
import org.junit.jupiter.api.Test;

/**
 * What the class javadoc promises: the English names exactly, then the key words of each policy in
 * German, Dutch, French and Spanish (the names below are built around those key words, as the
 * translations vary), the rights' display names as their constants, and the Remote Desktop category.
 */
class PolicyNamesTest {

    @Test
    void theEnglishNamesExactly() {
        for (String name : new String[] {PolicyNames.NLA, PolicyNames.SECURITY_LAYER, PolicyNames.ENCRYPTION, PolicyNames.LIMIT, PolicyNames.ALLOW}) {
            assertThat(PolicyNames.policy(" " + name.toUpperCase() + " ")).isEqualTo(name);
        }
        assertThat(PolicyNames.policy("")).isNull();
        assertThat(PolicyNames.policy("Turn off Autoplay")).isNull();
    }

    @Test
    void theKeyWordsOfEachLanguage() {
        assertThat(PolicyNames.policy("Benutzerauthentifizierung mit Authentifizierung auf Netzwerkebene für Remoteverbindungen erforderlich"))
                .isEqualTo(PolicyNames.NLA);
        assertThat(PolicyNames.policy("Gebruikersverificatie vereisen met verificatie op netwerkniveau")).isEqualTo(PolicyNames.NLA);
        assertThat(PolicyNames.policy("Requérir l'authentification au niveau du réseau")).isEqualTo(PolicyNames.NLA);
        assertThat(PolicyNames.policy("Requerir autenticación a nivel de red")).isEqualTo(PolicyNames.NLA);
        assertThat(PolicyNames.policy("Benutzerauthentifizierung über NLA erforderlich")).isEqualTo(PolicyNames.NLA);
        assertThat(PolicyNames.policy("Bestimmte Sicherheitsstufe für Remoteverbindungen (RDP) ist erforderlich")).isEqualTo(PolicyNames.SECURITY_LAYER);
        assertThat(PolicyNames.policy("Bestimmte Sicherheitsebene für RDP-Verbindungen")).isEqualTo(PolicyNames.SECURITY_LAYER);
        assertThat(PolicyNames.policy("Bestimmte Sicherheitsstufe erforderlich")).isNull();
        assertThat(PolicyNames.policy("Gebruik van specifieke beveiligingslaag vereisen")).isEqualTo(PolicyNames.SECURITY_LAYER);
        assertThat(PolicyNames.policy("Nécessite l'utilisation d'une couche de sécurité spécifique")).isEqualTo(PolicyNames.SECURITY_LAYER);
        assertThat(PolicyNames.policy("Requerir el uso de una capa de seguridad específica")).isEqualTo(PolicyNames.SECURITY_LAYER);
        assertThat(PolicyNames.policy("Verschlüsselungsstufe für Clientverbindungen festlegen")).isEqualTo(PolicyNames.ENCRYPTION);
        assertThat(PolicyNames.policy("Versleutelingsniveau voor clientverbindingen instellen")).isEqualTo(PolicyNames.ENCRYPTION);
        assertThat(PolicyNames.policy("Définir le niveau de chiffrement de la connexion client")).isEqualTo(PolicyNames.ENCRYPTION);
        assertThat(PolicyNames.policy("Establecer nivel de cifrado de la conexión de cliente")).isEqualTo(PolicyNames.ENCRYPTION);
        assertThat(PolicyNames.policy("Anzahl der Verbindungen beschränken")).isEqualTo(PolicyNames.LIMIT);
        assertThat(PolicyNames.policy("Aantal verbindingen beperken")).isEqualTo(PolicyNames.LIMIT);
        assertThat(PolicyNames.policy("Limiter le nombre de connexions")).isEqualTo(PolicyNames.LIMIT);
        assertThat(PolicyNames.policy("Limitar el número de conexiones")).isEqualTo(PolicyNames.LIMIT);
        assertThat(PolicyNames.policy("Remoteverbindungen mit Remotedesktopdiensten zulassen")).isEqualTo(GpoSetting.ALLOW_REMOTE_CONNECTIONS);
        assertThat(PolicyNames.policy("Toestaan dat gebruikers op afstand verbinding maken met Extern bureaublad")).isEqualTo(PolicyNames.ALLOW);
        assertThat(PolicyNames.policy("Autoriser les utilisateurs à se connecter à distance à l'aide du Bureau à distance")).isEqualTo(PolicyNames.ALLOW);
        assertThat(PolicyNames.policy("Permitir que los usuarios se conecten de forma remota con Escritorio remoto")).isEqualTo(PolicyNames.ALLOW);
        assertThat(PolicyNames.policy("Allow users to connect remotely")).isNull();
    }

    @Test
    void theRightsAsTheirConstants() {
        assertThat(PolicyNames.right(" SeRemoteInteractiveLogonRight ")).isEqualTo("SeRemoteInteractiveLogonRight");
        assertThat(PolicyNames.right("SeBackupPrivilege")).isEqualTo("SeBackupPrivilege");
        assertThat(PolicyNames.right("Allow log on through Remote Desktop Services")).isEqualTo(UserRight.ALLOW_RDS_LOGON);
        assertThat(PolicyNames.right("Deny log on through Terminal Services")).isEqualTo(UserRight.DENY_RDS_LOGON);
        assertThat(PolicyNames.right("Anmelden über Remotedesktopdienste verweigern")).isEqualTo(UserRight.DENY_RDS_LOGON);
        assertThat(PolicyNames.right("Ouverture de session par les services Bureau à distance")).isEqualTo(UserRight.ALLOW_RDS_LOGON);
        assertThat(PolicyNames.right("Access this computer from the network")).isEqualTo(UserRight.ALLOW_NETWORK_LOGON);
        assertThat(PolicyNames.right("Deny access to this computer from the network")).isEqualTo(UserRight.DENY_NETWORK_LOGON);
        assertThat(PolicyNames.right("Acceso a este equipo desde la red")).isEqualTo(UserRight.ALLOW_NETWORK_LOGON);
        assertThat(PolicyNames.right("Remote Desktop Services settings")).isNull();
        assertThat(PolicyNames.right("Log on as a service")).isNull();
    }

    @Test
    void theRemoteDesktopCategory() {
        assertThat(PolicyNames.remoteDesktopCategory("Windows Components/Remote Desktop Services/Remote Desktop Session Host/Security")).isTrue();
        assertThat(PolicyNames.remoteDesktopCategory("Windows-Komponenten/Remotedesktopdienste")).isTrue();
        assertThat(PolicyNames.remoteDesktopCategory("Composants Windows/Services Bureau à distance")).isTrue();
        assertThat(PolicyNames.remoteDesktopCategory("System/Logon")).isFalse();
    }
}
