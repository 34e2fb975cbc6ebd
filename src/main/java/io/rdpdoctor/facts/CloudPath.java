package io.rdpdoctor.facts;

/**
 * What the cloud platform says about the way between the internet and the VM: its public address
 * and the route its replies to the client take (Azure: the VM's public IP, Network Watcher "Next
 * hop" / effective routes; AWS: the instance's public or Elastic IP and its subnet's route table).
 * Every field left out is unknown.
 *
 * @param publicAddressAssigned whether the VM has a public address (false: none; null: unknown)
 * @param publicAddress         that address, when known
 * @param nextHopType           where the reply to the client is routed
 * @param nextHopAddress        the appliance or gateway address of that hop
 * @param userRoute             the route is user-defined (Azure UDR, an AWS custom route), not the platform's default
 * @param routePrefix           the destination prefix of the route that applies, e.g. 0.0.0.0/0
 */
public record CloudPath(
        Boolean publicAddressAssigned,
        String publicAddress,
        CloudNextHop nextHopType,
        String nextHopAddress,
        Boolean userRoute,
        String routePrefix,
        Source source) implements Sourced<CloudPath> {

    @Override
    public CloudPath withSource(Source s) {
        return new CloudPath(publicAddressAssigned, publicAddress, nextHopType, nextHopAddress, userRoute, routePrefix, s);
    }

    @Override
    public String describe() {
        StringBuilder b = new StringBuilder("cloud path:");
        if (publicAddressAssigned != null) b.append(publicAddressAssigned ? " a public address" : " no public address");
        if (publicAddress != null) b.append(" ").append(publicAddress);
        if (nextHopType != null) {
            b.append(", replies routed to ").append(nextHopType.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
            if (nextHopAddress != null) b.append(" ").append(nextHopAddress);
            if (Boolean.TRUE.equals(userRoute)) b.append(" by a user-defined route");
            if (routePrefix != null) b.append(" (").append(routePrefix).append(")");
        }
        return b.toString();
    }
}
