package io.rdpdoctor.facts;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * Where the cloud platform sends the VM's traffic to the client (Azure Network Watcher "Next hop",
 * effective routes; AWS route table target).
 */
public enum CloudNextHop {
    /** Straight out to the internet (Azure Internet, AWS internet gateway igw-...). */
    @JsonAlias({"Internet", "internet", "InternetGateway", "igw"}) INTERNET,
    /** A network virtual appliance (firewall VM, Azure Firewall) at nextHopAddress. */
    @JsonAlias({"VirtualAppliance", "virtualAppliance", "NVA", "appliance"}) VIRTUAL_APPLIANCE,
    /** A VPN or ExpressRoute gateway (AWS virtual private gateway, transit gateway). */
    @JsonAlias({"VirtualNetworkGateway", "VnetGateway", "gateway", "vgw", "tgw"}) VNET_GATEWAY,
    /** Inside the virtual network. */
    @JsonAlias({"VnetLocal", "VNetLocal", "VirtualNetwork", "local"}) VNET_LOCAL,
    /** Dropped: no route (Azure next hop None; AWS no matching route, or a blackhole route). */
    @JsonAlias({"None", "none", "blackhole", "Blackhole"}) NONE
}
