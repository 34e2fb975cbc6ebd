package io.rdpdoctor.factfile;

import io.rdpdoctor.facts.*;
import java.util.List;

/**
 * The shape of a fact file: one host, every section optional. {@code partial} names the list
 * sections that hold only what the ticket names, not everything there is (no absence is concluded
 * from them). The section keys are the
 * {@link Area} keys; docs/fact-file.md and docs/fact-file.schema.json describe them.
 */
record FactFileDoc(
        String schema,
        HostInfo host,
        RegistrySection registry,
        List<ServiceState> services,
        List<FirewallRule> firewallRules,
        List<FirewallProfile> firewallProfiles,
        List<NetworkProfile> networkProfiles,
        List<GpoSetting> groupPolicy,
        List<Listener> listeners,
        List<ListeningSocket> sockets,
        List<ProcessInfo> processes,
        List<Session> sessions,
        List<Certificate> certificates,
        List<AclEntry> acl,
        Licensing licensing,
        List<PortTest> portTests,
        List<ConnectionAttempt> connectionAttempts,
        List<NameResolution> nameResolution,
        List<CloudFilterRule> cloudFilter,
        CloudPath cloudPath,
        EntraState entra,
        ClientInfo client,
        List<PathHop> networkPath,
        List<Software> software,
        List<EventRecord> events,
        List<UpdateRecord> updates,
        List<UserRight> userRights,
        List<GroupMember> groupMembers,
        List<Account> accounts,
        DomainStatus domain,
        List<ResourceUsage> resources,
        List<NetworkInterface> interfaces,
        List<Complaint> complaints,
        List<Change> changes,
        List<String> partial,
        String notes) {

    static final String SCHEMA = "rdp-doctor/facts/v1";
}
