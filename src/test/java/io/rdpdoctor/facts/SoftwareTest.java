package io.rdpdoctor.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Software.credentialProvider(), securityProduct(), paravirtualNic() and gpuGivenToVm(): what a piece
 * of software or a driver is, by its name or kind.
 */
class SoftwareTest {

    private static Software sw(String name, Software.Kind kind) {
        return new Software(name, kind, null, null, null);
    }

    @Test
    void multiFactorCredentialProvidersByName() {
        assertThat(sw("Duo Authentication for Windows Logon and RDP", Software.Kind.OTHER).credentialProvider()).isTrue();
        assertThat(sw("privacyIDEA Credential Provider", Software.Kind.OTHER).credentialProvider()).isTrue();
        assertThat(sw("Okta Verify", Software.Kind.OTHER).credentialProvider()).isTrue();
        assertThat(sw("RSA Authentication Agent for Microsoft Windows", Software.Kind.OTHER).credentialProvider()).isTrue();
    }

    @Test
    void otherSoftwareAndRdpHooksAreNot() {
        // DuoStream's TermWrap is an RDP hook of another maker, not Duo Security's logon
        assertThat(sw("Duo (DuoStream) with TermWrap.dll", Software.Kind.RDP_HOOK).credentialProvider()).isFalse();
        assertThat(sw("IIS Crypto", Software.Kind.OTHER).credentialProvider()).isFalse();
        assertThat(sw("Kaspersky Anti-Virus", Software.Kind.ANTIVIRUS).credentialProvider()).isFalse();
        assertThat(sw("Multifactory ERP", Software.Kind.OTHER).credentialProvider()).isFalse();
    }

    @Test
    void paravirtualNetworkDriversByName() {
        assertThat(sw("Red Hat VirtIO Ethernet Adapter", Software.Kind.DRIVER).paravirtualNic()).isTrue();
        assertThat(sw("Red Hat VirtIO NetKVM driver 0.1-81", Software.Kind.OTHER).paravirtualNic()).isTrue();
        assertThat(sw("netvsc.sys", Software.Kind.DRIVER).paravirtualNic()).isTrue();
        assertThat(sw("Microsoft Hyper-V Network Adapter #2", Software.Kind.DRIVER).paravirtualNic()).isTrue();
        assertThat(sw("vmxnet3 Ethernet Adapter", Software.Kind.DRIVER).paravirtualNic()).isTrue();
        assertThat(Software.namesParavirtualNic("VMware Tools 12.1 (vmxnet3 driver)")).isTrue();
        assertThat(sw("EC2 network device (PV driver)", Software.Kind.DRIVER).paravirtualNic()).isTrue();
        assertThat(sw("Amazon Elastic Network Adapter", Software.Kind.DRIVER).paravirtualNic()).isTrue();
        assertThat(sw("ENA 2.6.0", Software.Kind.DRIVER).paravirtualNic()).isTrue();
        assertThat(sw("AWS PV Drivers 8.4.3", Software.Kind.DRIVER).paravirtualNic()).isTrue();
    }

    @Test
    void physicalNicsAndOtherVirtioDevicesAreNotParavirtualNics() {
        assertThat(sw("Intel(R) Ethernet Connection I219-LM", Software.Kind.DRIVER).paravirtualNic()).isFalse();
        assertThat(sw("Red Hat VirtIO SCSI controller", Software.Kind.DRIVER).paravirtualNic()).isFalse();
        assertThat(sw("Microsoft Hyper-V Video", Software.Kind.DRIVER).paravirtualNic()).isFalse();
        assertThat(sw("Genarts Sapphire", Software.Kind.OTHER).paravirtualNic()).as("ena inside a word").isFalse();
        assertThat(Software.namesParavirtualNic(null)).isFalse();
    }

    @Test
    void aGpuGivenToAVmByWhatItIsCalled() {
        // the words say so on any host
        assertThat(sw("Hyper-V GPU partition (GPU-P)", Software.Kind.DRIVER).gpuGivenToVm(null)).isTrue();
        assertThat(sw("Intel iGPU SR-IOV virtual function", Software.Kind.DRIVER).gpuGivenToVm(null)).isTrue();
        assertThat(sw("NVIDIA GRID A10-4Q vGPU", Software.Kind.DRIVER).gpuGivenToVm(false)).isTrue();
        // a maker's GPU only inside a VM, and only as a driver entry
        assertThat(sw("NVIDIA GeForce RTX 4090", Software.Kind.DRIVER).gpuGivenToVm(true)).isTrue();
        assertThat(sw("NVIDIA GeForce RTX 4090", Software.Kind.DRIVER).gpuGivenToVm(null)).isFalse();
        assertThat(sw("NVIDIA GeForce Experience", Software.Kind.OTHER).gpuGivenToVm(true)).isFalse();
    }

    @Test
    void emulatedDisplayAdaptersAreNotAGpuGivenToTheVm() {
        assertThat(sw("Microsoft Hyper-V Video", Software.Kind.DRIVER).gpuGivenToVm(true)).isFalse();
        assertThat(sw("VMware SVGA 3D", Software.Kind.DRIVER).gpuGivenToVm(true)).isFalse();
        assertThat(sw("Microsoft Basic Display Adapter", Software.Kind.DRIVER).gpuGivenToVm(true)).isFalse();
        assertThat(sw("Red Hat QXL controller", Software.Kind.DRIVER).gpuGivenToVm(true)).isFalse();
    }

    @Test
    void aDriverIsDescribedAsADriver() {
        assertThat(new Software("Intel vGPU", Software.Kind.DRIVER, null, false, null).describe()).isEqualTo("driver Intel vGPU (could not start)");
        assertThat(new Software("IIS Crypto", Software.Kind.OTHER, "3.3", null, null).describe()).isEqualTo("other software IIS Crypto 3.3");
    }

    @Test
    void thirdPartyAntivirusByKindOrByName() {
        assertThat(sw("antivirus (not named)", Software.Kind.ANTIVIRUS).securityProduct()).isTrue();
        assertThat(sw("Kaspersky Anti-Virus for Windows Servers 6.0 MP4", Software.Kind.OTHER).securityProduct()).isTrue();
        assertThat(sw("ESET Endpoint Security", Software.Kind.FIREWALL).securityProduct()).isTrue();
        // F-Secure's business products are named WithSecure since 2022
        assertThat(sw("WithSecure Elements Endpoint Protection", Software.Kind.OTHER).securityProduct()).isTrue();
        assertThat(Software.securityProductNamed("installed Trend Micro Apex One on the server")).isTrue();
        assertThat(Software.securityProductNamed("ウイルス対策ソフト")).isTrue();
    }

    @Test
    void defenderHooksCredentialProvidersAndOtherSoftwareAreNot() {
        assertThat(sw("Microsoft Defender Antivirus", Software.Kind.ANTIVIRUS).securityProduct()).isFalse();
        assertThat(sw("Windows Defender", Software.Kind.ANTIVIRUS).securityProduct()).isFalse();
        assertThat(sw("RDP Wrapper Library", Software.Kind.RDP_HOOK).securityProduct()).isFalse();
        assertThat(sw("Duo Authentication for Windows Logon and RDP", Software.Kind.OTHER).securityProduct()).isFalse();
        assertThat(sw("simplewall", Software.Kind.FIREWALL).securityProduct()).isFalse();
        assertThat(sw("GO-Global (GG) server", Software.Kind.REMOTE_ACCESS).securityProduct()).isFalse();
        assertThat(Software.securityProductNamed("Big Data Tools")).isFalse();
        assertThat(Software.securityProductNamed(null)).isFalse();
    }

    @Test
    void aFrontEndOfWindowsFirewallIsToldFromAFirewallOfItsOwn() {
        assertThat(new Software("Windows Firewall Control (Sphinx Software)", Software.Kind.FIREWALL, null, null, null).windowsFirewallFrontEnd()).isTrue();
        assertThat(new Software("TinyWall 3.0", Software.Kind.FIREWALL, null, null, null).windowsFirewallFrontEnd()).isTrue();
        assertThat(new Software("simplewall", Software.Kind.FIREWALL, null, null, null).windowsFirewallFrontEnd()).isFalse();
        assertThat(new Software("ESET Server Security", Software.Kind.FIREWALL, null, null, null).windowsFirewallFrontEnd()).isFalse();
        assertThat(new Software(null, Software.Kind.FIREWALL, null, null, null).windowsFirewallFrontEnd()).isFalse();
    }

    @Test
    void aGuestToolsPackageCarriesTheNetworkDriverButOnlyItsChangeSaysSo() {
        assertThat(Software.namesGuestToolsWithNicDriver("XenServer VM Tools update (Xentools)")).isTrue();
        assertThat(Software.namesGuestToolsWithNicDriver("VMware Tools 12.3 upgrade")).isTrue();
        assertThat(Software.namesGuestToolsWithNicDriver("virtio-win 0.1.240")).isTrue();
        assertThat(Software.namesGuestToolsWithNicDriver("VMware Horizon Client")).isFalse();
        assertThat(Software.namesGuestToolsWithNicDriver(null)).isFalse();
        // installed on every such VM: its presence is no paravirtual NIC of its own
        assertThat(new Software("VMware Tools", Software.Kind.OTHER, null, true, null).paravirtualNic()).isFalse();
    }
}
