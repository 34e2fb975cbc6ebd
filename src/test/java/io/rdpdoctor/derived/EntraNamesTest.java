package io.rdpdoctor.derived;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a client's words name an Entra account, a web-account sign-in, and an Entra-joined host. */
class EntraNamesTest {

    @Test
    void theClientsMessageSaysTheRemoteMachineIsAadjJoined() {
        assertThat(EntraNames.saysRemoteIsEntraJoined(
                "We couldn't connect to the remote PC because your credentials did not work. The remote machine is AADJ joined.")).isTrue();
        assertThat(EntraNames.saysRemoteIsEntraJoined("your credentials did not work. the remote machine\nis Azure AD-joined")).isTrue();
        assertThat(EntraNames.saysRemoteIsEntraJoined("We couldn't connect to the remote PC because your credentials did not work.")).isFalse();
        assertThat(EntraNames.saysRemoteIsEntraJoined("the client is AADJ joined")).as("the client's join, not the host's").isFalse();
        assertThat(EntraNames.saysRemoteIsEntraJoined(null)).isFalse();
    }

    @Test
    void anAzureAdPrefixAndTheWebAccountOption() {
        assertThat(EntraNames.hasAzureAdPrefix(" AzureAD\\john@contoso.com")).isTrue();
        assertThat(EntraNames.hasAzureAdPrefix("CONTOSO\\john")).isFalse();
        assertThat(EntraNames.webAccountSignIn(Map.of("enablerdsaadauth", "i:1"))).isTrue();
        assertThat(EntraNames.webAccountSignIn(Map.of("enablerdsaadauth", "i:0"))).isFalse();
        assertThat(EntraNames.webAccountSignIn(null)).isFalse();
    }

    @Test
    void freeRdpsWebAccountSignInIsSecAad() {
        assertThat(EntraNames.freeRdpWebAccount(Map.of("/sec", "aad"))).isTrue();
        assertThat(EntraNames.freeRdpWebAccount(Map.of("/sec", "aad,tls,nla"))).isTrue();
        assertThat(EntraNames.freeRdpWebAccount(Map.of("/sec", "tls"))).isFalse();
        assertThat(EntraNames.freeRdpWebAccount(Map.of("/sec", "aadx"))).as("a layer's whole name").isFalse();
        assertThat(EntraNames.freeRdpWebAccount(null)).isFalse();
    }
}
