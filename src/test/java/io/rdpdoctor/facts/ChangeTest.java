package io.rdpdoctor.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a change's words say of it. */
class ChangeTest {

    private static Change update(String name) {
        return new Change(Change.Kind.UPDATE, name, null, Change.Machine.HOST, null, null);
    }

    @Test
    void aFeatureUpgradeIsToldFromAMonthlyUpdate() {
        assertThat(update("Windows 10 version upgrade (feature update)").isAFeatureUpgrade()).isTrue();
        assertThat(update("in-place upgrade to Windows Server 2022").isAFeatureUpgrade()).isTrue();
        assertThat(update("upgrade to 23H2").isAFeatureUpgrade()).isTrue();
        assertThat(update("Windows 10 のバージョンアップ").isAFeatureUpgrade()).isTrue();
        assertThat(update("Funktionsupdate auf Windows 11, Version 24H2").isAFeatureUpgrade()).isTrue();
        assertThat(update("KB5034441 cumulative update").isAFeatureUpgrade()).isFalse();
        assertThat(update("Patch Tuesday").isAFeatureUpgrade()).isFalse();
        // a tool's feature list is no update of Windows
        assertThat(new Change(Change.Kind.TOOL_RUN, "script with new features", null, Change.Machine.HOST, null, null).isAFeatureUpgrade()).isFalse();
    }

    @Test
    void aChangeThatSpeaksOfAPasswordIsToldFromOneThatDoesNot() {
        assertThat(new Change(Change.Kind.TOOL_RUN, "winpodx setup", null, Change.Machine.CLIENT, "setup adds a change password option", null).namesPassword()).isTrue();
        assertThat(new Change(Change.Kind.CONFIGURATION, "Kennwortrichtlinie", null, Change.Machine.HOST, "neues Passwort gesetzt", null).namesPassword()).isTrue();
        assertThat(new Change(Change.Kind.TOOL_RUN, "winpodx setup", null, Change.Machine.CLIENT, "update my cores and ram", null).namesPassword()).isFalse();
    }

    @Test
    void aChangeThatSwitchedTheFirewallOnIsToldFromOneThatSwitchedItOff() {
        assertThat(new Change(Change.Kind.CONFIGURATION, null, null, Change.Machine.HOST, "如果单击否,服务器会自动开启公网的防火墙", null).switchesFirewallOn()).isTrue();
        assertThat(new Change(Change.Kind.CONFIGURATION, "enabled Windows Firewall on all profiles", null, Change.Machine.HOST, null, null).switchesFirewallOn()).isTrue();
        assertThat(new Change(Change.Kind.CONFIGURATION, "Windows-Firewall aktiviert", null, Change.Machine.HOST, null, null).switchesFirewallOn()).isTrue();
        assertThat(new Change(Change.Kind.CONFIGURATION, "turned off the firewall", null, Change.Machine.HOST, null, null).switchesFirewallOn()).isFalse();
        assertThat(new Change(Change.Kind.CONFIGURATION, "enabled NLA", null, Change.Machine.HOST, null, null).switchesFirewallOn()).isFalse();
        // enabling a rule of the firewall lets RDP in; it does not switch the firewall on
        assertThat(new Change(Change.Kind.CONFIGURATION, "enabled the Windows Firewall rule Remote Desktop - User Mode (TCP-In)", null, Change.Machine.HOST, null, null).switchesFirewallOn()).isFalse();
        assertThat(new Change(Change.Kind.CONFIGURATION, "Firewallregel aktiviert", null, Change.Machine.HOST, null, null).switchesFirewallOn()).isFalse();
    }

    private static Change told(String detail) {
        return new Change(Change.Kind.CONFIGURATION, null, null, Change.Machine.HOST, detail, null);
    }

    @Test
    void aFiltersRuleThatNamesAnAddressIsNotTheAdaptersSettings() {
        Change rule = told("Restricted the RDP (3389) inbound rule to my IP address only");
        assertThat(rule.namesFilterRule()).isTrue();
        assertThat(rule.namesAddressSettings()).as("it names an IP address too").isTrue();
        assertThat(told("Set a static IP address on the adapter").namesFilterRule()).isFalse();
        assertThat(told("Changed the network security group").namesFilterRule()).isTrue();
    }

    @Test
    void wordsThatSayAnAddressChanged() {
        assertThat(told("My public IP had changed since I locked the RDP rule").saysAddressChanged()).isTrue();
        assertThat(told("the ISP gave us a new public IP").saysAddressChanged()).isTrue();
        assertThat(told("Changed the IP address of the adapter").saysAddressChanged()).as("the verb before: a change made, not one that happened").isFalse();
        assertThat(told("Restricted the RDP rule to my IP address").saysAddressChanged()).isFalse();
    }
}
