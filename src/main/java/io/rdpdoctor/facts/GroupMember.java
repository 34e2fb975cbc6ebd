package io.rdpdoctor.facts;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A member of a local group (net localgroup, Get-LocalGroupMember). The group is named by its
 * SID where known (S-1-5-32-555 Remote Desktop Users, S-1-5-32-544 Administrators), because its
 * name is localized ("Remotedesktopbenutzer").
 */
public record GroupMember(
        @JsonProperty(required = true) String group,
        String groupName,
        @JsonProperty(required = true) String member,
        String memberSid,
        Source source) implements Sourced<GroupMember> {

    public static final String REMOTE_DESKTOP_USERS = "S-1-5-32-555";
    public static final String ADMINISTRATORS = "S-1-5-32-544";

    @Override
    public GroupMember withSource(Source s) {
        return new GroupMember(group, groupName, member, memberSid, s);
    }

    @Override
    public String describe() {
        return member + " is a member of " + (groupName != null ? groupName + " (" + group + ")" : group);
    }
}
