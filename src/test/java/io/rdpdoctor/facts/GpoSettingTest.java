package io.rdpdoctor.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** GpoSetting.forcesUpdatedClients(): the CredSSP policy as gpresult or a ticket names it. */
class GpoSettingTest {

    private static GpoSetting policy(String name, PolicyState state, String value) {
        return new GpoSetting(name, state, value, null, null, null);
    }

    @Test
    void encryptionOracleRemediationEnabledAtForceUpdatedClientsInAnyCaseAndSpacing() {
        assertThat(policy("Encryption Oracle Remediation", PolicyState.ENABLED, "Force Updated Clients").forcesUpdatedClients()).isTrue();
        assertThat(policy("encryption oracle remediation", PolicyState.ENABLED, "  force  updated clients").forcesUpdatedClients()).isTrue();
    }

    @Test
    void anotherLevelAnotherStateOrAnotherPolicyDoesNot() {
        assertThat(policy("Encryption Oracle Remediation", PolicyState.ENABLED, "Mitigated").forcesUpdatedClients()).isFalse();
        assertThat(policy("Encryption Oracle Remediation", PolicyState.DISABLED, "Force Updated Clients").forcesUpdatedClients()).isFalse();
        assertThat(policy("Encryption Oracle Remediation", PolicyState.ENABLED, null).forcesUpdatedClients()).isFalse();
        assertThat(policy(GpoSetting.SECURITY_LAYER, PolicyState.ENABLED, "Force Updated Clients").forcesUpdatedClients()).isFalse();
    }
}
