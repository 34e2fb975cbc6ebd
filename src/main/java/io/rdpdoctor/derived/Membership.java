package io.rdpdoctor.derived;

import io.rdpdoctor.facts.Account;
import io.rdpdoctor.facts.GroupMember;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The local-group memberships of the host (every {@link GroupMember}), indexed once, so that the
 * principals that stand for a user are found by looking up that user's own entries, not by walking
 * every member for every user and every right (adversarial review F5: 2,000 accounts with 2,000
 * group members took 24 s and 2.4 GB before). Derived once per host by
 * rules/session/_session-facts.drl; {@link LogonUser} and rules/accounts/user-rights.drl read it.
 *
 * <p>Principals are compared normalised ({@link #norm}): trimmed, without the leading {@code *}
 * of a SID as secedit writes it, upper case.
 */
public final class Membership implements Derived {

    private final List<GroupMember> members;
    private final Map<String, List<GroupMember>> byMember;
    private final Map<String, List<GroupMember>> bySid;
    private final Map<String, List<GroupMember>> byBareName;

    private Membership(List<GroupMember> members, Map<String, List<GroupMember>> byMember,
            Map<String, List<GroupMember>> bySid, Map<String, List<GroupMember>> byBareName) {
        this.members = List.copyOf(members);
        this.byMember = byMember;
        this.bySid = bySid;
        this.byBareName = byBareName;
    }

    /** The GroupMember facts, in the order collected. */
    public List<GroupMember> members() {
        return members;
    }

    /** Value equality: the same memberships (the indexes follow from them). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Membership m && m.members.equals(members);
    }

    @Override
    public int hashCode() {
        return members.hashCode();
    }

    @Override
    public String toString() {
        return "Membership" + members;
    }

    public static Membership of(Collection<?> groupMembers) {
        List<GroupMember> all = new ArrayList<>(groupMembers.size());
        Map<String, List<GroupMember>> byMember = new HashMap<>();
        Map<String, List<GroupMember>> bySid = new HashMap<>();
        Map<String, List<GroupMember>> byBare = new HashMap<>();
        for (Object o : groupMembers) {
            GroupMember m = (GroupMember) o;
            all.add(m);
            byMember.computeIfAbsent(norm(m.member()), k -> new ArrayList<>()).add(m);
            if (m.memberSid() != null) {
                bySid.computeIfAbsent(norm(m.memberSid()), k -> new ArrayList<>()).add(m);
            }
            if (m.member().indexOf('\\') < 0) {
                byBare.computeIfAbsent(norm(Users.bare(m.member())), k -> new ArrayList<>()).add(m);
            }
        }
        return new Membership(all, byMember, bySid, byBare);
    }

    /** A principal as compared: trimmed, without a leading "*", upper case (Locale.ROOT). */
    public static String norm(String p) {
        if (p == null) {
            return "";
        }
        String t = p.trim();
        if (t.startsWith("*")) {
            t = t.substring(1);
        }
        return t.toUpperCase(Locale.ROOT);
    }

    /**
     * Every principal known to stand for a user who logs on as {@code user} with this account (may
     * be null): its name and bare name, its SID, the groups the account lists, the local groups it
     * or one of its groups is a member of (transitively), and the well-known groups every
     * authenticated user is in (Everyone, Authenticated Users, Users; Local account, and Local
     * account and member of Administrators, for local accounts).
     */
    public Set<String> principalsOf(String user, Account a) {
        Set<String> s = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        if (user != null) {
            add(s, todo, norm(user));
            add(s, todo, norm(Users.bare(user)));
            // a member written without a domain that is the user's bare name
            for (GroupMember m : byBareName.getOrDefault(norm(Users.bare(user)), List.of())) {
                add(s, todo, norm(m.group()));
            }
        }
        if (a != null) {
            add(s, todo, norm(a.name()));
            add(s, todo, norm(Users.bare(a.name())));
            if (a.sid() != null) {
                add(s, todo, norm(a.sid()));
            }
            for (String g : a.groups()) {
                add(s, todo, norm(g));
                add(s, todo, norm(Users.bare(g)));
            }
            if (Boolean.TRUE.equals(a.local())) {
                add(s, todo, "S-1-5-113");
                // a local account written without a domain in a group's member list
                for (GroupMember m : byBareName.getOrDefault(norm(Users.bare(a.name())), List.of())) {
                    add(s, todo, norm(m.group()));
                }
            }
        }
        while (!todo.isEmpty()) {
            String p = todo.poll();
            for (GroupMember m : byMember.getOrDefault(p, List.of())) {
                add(s, todo, norm(m.group()));
            }
            for (GroupMember m : bySid.getOrDefault(p, List.of())) {
                add(s, todo, norm(m.group()));
            }
        }
        if (a != null && Boolean.TRUE.equals(a.local()) && s.contains("S-1-5-32-544")) {
            s.add("S-1-5-114");
        }
        s.add("S-1-1-0");
        s.add("S-1-5-11");
        s.add("S-1-5-32-545");
        return s;
    }

    private static void add(Set<String> s, Deque<String> todo, String p) {
        if (s.add(p)) {
            todo.add(p);
        }
    }

    /**
     * Every principal that stands for this account ({@link #principalsOf(String, Account)} with no
     * user name): the one resolution the session and the user-rights rules share.
     */
    public Set<String> principalsOf(Account a) {
        return principalsOf(null, a);
    }

    /**
     * The memberships that name this account itself: by its SID, by its name, or, for a local
     * account, by its bare name written without a domain (the evidence of a user-rights finding).
     */
    public List<GroupMember> directMembershipsOf(Account a) {
        Set<GroupMember> mine = new LinkedHashSet<>();
        if (a.sid() != null) {
            mine.addAll(bySid.getOrDefault(norm(a.sid()), List.of()));
        }
        mine.addAll(byMember.getOrDefault(norm(a.name()), List.of()));
        if (Boolean.TRUE.equals(a.local())) {
            mine.addAll(byBareName.getOrDefault(norm(Users.bare(a.name())), List.of()));
        }
        return List.copyOf(mine);
    }

    @Override
    public List<Object> grounds() {
        return List.copyOf(members);
    }

    @Override
    public String describe() {
        return members.size() + " local-group memberships";
    }
}
