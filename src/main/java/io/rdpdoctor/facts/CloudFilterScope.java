package io.rdpdoctor.facts;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * Where a provider filter is attached. Azure checks an inbound flow against the subnet's network
 * security group and then the network interface's: both must allow it. On AWS a network ACL sits
 * on the subnet, a security group on the instance's interface.
 */
public enum CloudFilterScope {
    @JsonAlias({"Subnet", "subnet"}) SUBNET,
    @JsonAlias({"NIC", "Nic", "nic", "NetworkInterface", "interface"}) NIC
}
