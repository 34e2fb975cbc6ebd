package io.rdpdoctor.facts;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Software on the host that hooks RDP or filters traffic (RDP Wrapper, a third-party firewall), or a
 * device driver a ticket names (kind DRIVER: a network or display adapter as Device Manager shows it;
 * {@code running == false}: its driver could not start).
 */
public record Software(
        @JsonProperty(required = true) String name,
        @JsonProperty(required = true) Kind kind,
        String version,
        Boolean running,
        Source source) implements Sourced<Software> {

    public enum Kind {
        @JsonAlias({"rdpHook", "rdp-hook"}) RDP_HOOK,
        @JsonAlias({"firewall"}) FIREWALL,
        @JsonAlias({"antivirus", "av"}) ANTIVIRUS,
        @JsonAlias({"remoteAccess", "remote-access"}) REMOTE_ACCESS,
        @JsonAlias({"other"}) OTHER,
        /** A device's driver: a network or display adapter, as Device Manager or Get-PnpDevice names it. */
        @JsonAlias({"driver"}) DRIVER
    }

    /**
     * The paravirtual network adapters hypervisors give a Windows guest, by the names of their drivers
     * and devices: virtio-net (NetKVM, "Red Hat VirtIO Ethernet Adapter"), Hyper-V and Azure (netvsc,
     * "Microsoft Hyper-V Network Adapter"), VMware (vmxnet3), Xen (xennet, "XenServer PV Network"), and
     * Amazon EC2's (the AWS PV drivers' network device, the Elastic Network Adapter, ENA).
     */
    private static final java.util.regex.Pattern PARAVIRTUAL_NIC = java.util.regex.Pattern.compile(
            "(?i).*\\b(netkvm|virtio[ -]?(net|ethernet)|virtio\\b.*\\b(network|ethernet|nic)|netvsc(\\.sys)?|hyper-v network adapter"
            + "|vmxnet ?3?|xennet|xen(server)? pv network|aws pv|ec2 network device|elastic network adapter|ena)\\b.*");

    /**
     * A GPU given to a virtual machine, by words that say so whatever the hypervisor: a partition
     * (Hyper-V GPU-P / GPU-PV), a vGPU profile (NVIDIA GRID, Intel GVT-g), an SR-IOV virtual function, a
     * passthrough device.
     */
    private static final java.util.regex.Pattern GPU_GIVEN_TO_VM = java.util.regex.Pattern.compile(
            "(?i).*(\\bgpu-?pv?\\b|\\bgpu partition|\\bvgpu\\b|\\bnvidia grid\\b|\\bgvt-g\\b|\\bsr-?iov\\b|virtual function"
            + "|\\bpass-?through\\b|\\bdda\\b).*");

    /** A physical GPU by its maker's product names (NVIDIA, AMD Radeon, Intel UHD / Iris / Arc graphics). */
    private static final java.util.regex.Pattern PHYSICAL_GPU = java.util.regex.Pattern.compile(
            "(?i).*\\b(nvidia|geforce|quadro|tesla|radeon|amd .*graphics|intel.*\\b(uhd|iris|arc|hd) graphics|intel.*\\bigpu|firepro)\\b.*");

    /** A paravirtual network adapter's driver (NetKVM, netvsc, vmxnet3, xennet), by name: the guest runs on a hypervisor. */
    public boolean paravirtualNic() {
        return kind != Kind.RDP_HOOK && namesParavirtualNic(name);
    }

    /**
     * The hypervisors' guest-tools packages, each of which carries the VM's paravirtual network driver
     * (VMware Tools: vmxnet3; XenServer / Citrix VM Tools and XCP-ng's: xennet; virtio-win: netkvm).
     * Installed on every such VM, they say nothing by their presence; their installation or update does.
     */
    private static final java.util.regex.Pattern GUEST_TOOLS = java.util.regex.Pattern.compile(
            "\\b(vmware tools|(xenserver|citrix|xcp-ng) (vm |guest )?tools|xen ?tools|virtio-win)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Whether a text (a change's name or detail) names a guest-tools package that carries the VM's network driver. */
    public static boolean namesGuestToolsWithNicDriver(String text) {
        return text != null && GUEST_TOOLS.matcher(text).find();
    }

    /** Whether a text (a change's name, a driver's name) names a paravirtual network adapter's driver. */
    public static boolean namesParavirtualNic(String text) {
        return text != null && PARAVIRTUAL_NIC.matcher(text).matches();
    }

    /**
     * A GPU the hypervisor gave the VM (partition, vGPU, SR-IOV function, passthrough), by name. On a host
     * known to be virtual, a driver entry that names a physical GPU is one too (an emulated adapter is
     * "Microsoft Hyper-V Video", "VMware SVGA 3D", "Red Hat QXL", never a GeForce or a Radeon).
     */
    public boolean gpuGivenToVm(Boolean virtualHost) {
        if (name == null || kind == Kind.RDP_HOOK) return false;
        if (GPU_GIVEN_TO_VM.matcher(name).matches()) return true;
        return kind == Kind.DRIVER && Boolean.TRUE.equals(virtualHost) && PHYSICAL_GPU.matcher(name).matches();
    }

    /** Multi-factor and logon-protection products that add a credential provider of their own to the host's logon. */
    private static final java.util.regex.Pattern CREDENTIAL_PROVIDER = java.util.regex.Pattern.compile(
            "(?i).*\\b(duo (authentication|security|for windows logon)|privacyidea|okta verify|okta windows|rsa authentication agent|securid"
            + "|silverfort|authlite|credential provider|multi-?factor|mfa)\\b.*");

    /** A multi-factor or logon-protection credential provider (Duo for Windows Logon, privacyIDEA, Okta, RSA, ...), by name; never an RDP hook. */
    public boolean credentialProvider() {
        return kind != Kind.RDP_HOOK && name != null && CREDENTIAL_PROVIDER.matcher(name).matches();
    }

    /**
     * Third-party antivirus and endpoint-security products by vendor or kind, as tickets name them
     * (the product, the vendor, or the words "antivirus", "endpoint security", "internet security").
     */
    private static final java.util.regex.Pattern SECURITY_PRODUCT = java.util.regex.Pattern.compile(
            "\\b(anti-?virus|virus ?scanner|endpoint (security|protection)|internet security|total security|edr"
            + "|kaspersky|avira|avast|avg|eset|nod32|sophos|mcafee|trellix|symantec|norton|bitdefender|trend ?micro|apex one|officescan"
            + "|deep security|webroot|crowdstrike|falcon sensor|sentinel ?one|carbon black|cylance|cortex xdr|malwarebytes|f-secure"
            + "|withsecure|g ?data|panda|comodo|dr\\.? ?web|emsisoft|qihoo|huorong)\\b|ウイルス|杀毒|殺毒|安全卫士|火绒|антивирус",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
    /** Microsoft's own antivirus, on every Windows host: not a third-party product. */
    private static final java.util.regex.Pattern MICROSOFT_DEFENDER = java.util.regex.Pattern.compile(
            "\\b(microsoft|windows) defender\\b|\\bdefender (antivirus|for endpoint)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * A text (a software entry's name, a change's name and detail) names a third-party antivirus or
     * endpoint-security product; Microsoft Defender, a credential provider or a firewall alone is not one.
     */
    public static boolean securityProductNamed(String text) {
        return text != null && SECURITY_PRODUCT.matcher(text).find() && !MICROSOFT_DEFENDER.matcher(text).find();
    }

    /**
     * A third-party antivirus or endpoint-security product on the host: listed as antivirus (or named
     * as one), never Microsoft Defender, an RDP hook or a credential provider. Such products put
     * their own filter drivers into the host's network stack.
     */
    public boolean securityProduct() {
        if (kind == Kind.RDP_HOOK || credentialProvider() || name == null || MICROSOFT_DEFENDER.matcher(name).find()) return false;
        return kind == Kind.ANTIVIRUS || securityProductNamed(name);
    }

    /** Front ends that manage Windows Firewall itself: their blocking is Windows Firewall rules and profiles. */
    private static final java.util.regex.Pattern WINDOWS_FIREWALL_FRONT_END = java.util.regex.Pattern.compile(
            "windows firewall control|\\bwfc\\b|tinywall|windows firewall notifier", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * A firewall product that is a front end of Windows Firewall (Windows Firewall Control, TinyWall,
     * Windows Firewall Notifier): it sets Windows Firewall's own rules and default policy, so what it
     * blocks is fixed there, not in a filter of its own as ESET's or simplewall's.
     */
    public boolean windowsFirewallFrontEnd() {
        return name != null && WINDOWS_FIREWALL_FRONT_END.matcher(name).find();
    }

    @Override
    public Software withSource(Source s) {
        return new Software(name, kind, version, running, s);
    }

    @Override
    public String describe() {
        return (kind == Kind.DRIVER ? "driver " : kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " software ") + name + (version == null ? "" : " " + version)
                + (running == null ? "" : running ? " (running)" : kind == Kind.DRIVER ? " (could not start)" : " (not running)");
    }
}
