package io.rdpdoctor.facts;

/**
 * The Microsoft Entra ID side of a sign-in to an Entra-joined host: how host and client are joined
 * (dsregcmd /status on each), to which tenant, the client's PKU2U policy, and whether the user holds
 * a Virtual Machine Administrator Login or User Login role. Every field left out is unknown.
 *
 * @param hostJoined        the host is Microsoft Entra joined (AzureAdJoined : YES)
 * @param hostTenantId      the host's tenant (dsregcmd TenantId)
 * @param clientJoin        how the client is joined
 * @param clientTenantId    the client's tenant
 * @param clientAllowPku2u  the client's "Network security: Allow PKU2U authentication requests to this
 *                          computer to use online identities" (Lsa\pku2u AllowOnlineID on the client)
 * @param loginRoleAssigned the user holds Virtual Machine Administrator Login or Virtual Machine User Login
 */
public record EntraState(
        Boolean hostJoined,
        String hostTenantId,
        EntraJoinType clientJoin,
        String clientTenantId,
        Boolean clientAllowPku2u,
        Boolean loginRoleAssigned,
        Source source) implements Sourced<EntraState> {

    /** The client is joined, hybrid joined or registered to the host's tenant (both tenants known, or no tenant given). */
    public boolean clientInHostTenant() {
        if (clientJoin == null || clientJoin == EntraJoinType.NONE) return false;
        return hostTenantId == null || clientTenantId == null || hostTenantId.equalsIgnoreCase(clientTenantId);
    }

    /** Known to be outside the host's tenant: not joined at all, or joined to another tenant. */
    public boolean clientOutsideHostTenant() {
        return clientJoin == EntraJoinType.NONE
                || clientJoin != null && hostTenantId != null && clientTenantId != null && !hostTenantId.equalsIgnoreCase(clientTenantId);
    }

    @Override
    public EntraState withSource(Source s) {
        return new EntraState(hostJoined, hostTenantId, clientJoin, clientTenantId, clientAllowPku2u, loginRoleAssigned, s);
    }

    @Override
    public String describe() {
        StringBuilder b = new StringBuilder("Microsoft Entra ID:");
        if (hostJoined != null) b.append(hostJoined ? " the host is joined" : " the host is not joined");
        if (hostTenantId != null) b.append(" (tenant ").append(hostTenantId).append(")");
        if (clientJoin != null) b.append("; the client is ").append(switch (clientJoin) {
            case JOINED -> "joined";
            case HYBRID -> "hybrid joined";
            case REGISTERED -> "registered";
            case NONE -> "neither joined nor registered";
        });
        if (clientTenantId != null) b.append(" (tenant ").append(clientTenantId).append(")");
        if (clientAllowPku2u != null) b.append(clientAllowPku2u ? "; PKU2U online identities allowed on the client" : "; PKU2U online identities refused on the client");
        if (loginRoleAssigned != null) b.append(loginRoleAssigned ? "; the user holds a VM login role" : "; the user holds no VM login role");
        return b.toString();
    }
}
