#!/usr/bin/env python3
"""Writes fact files of one big host each (bench/big-host.sh times their diagnosis).

    big-host.py DIR N...

For each N: events-N.json (N Security 4625 failed logons, a brute-force day: one account name and
one source address per event, a few with other sub-statuses), accounts-N.json (N accounts and N
group members, nested two levels, plus user rights naming some of them) and firewall-N.json (N
firewall rules, a few on the RDP port). Constructed, not captured: the shapes follow the fact-file
schema (docs/fact-file.md), the sizes are what the adversarial review measured (F5, F6).
"""
import json
import os
import sys

TS = r"HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server"
RDP_TCP = TS + r"\WinStations\RDP-Tcp"


def base(name):
    return {
        "host": {"name": name, "collectedAt": "2026-12-01T10:00:00Z"},
        "services": [{"name": "TermService", "status": "Running", "startType": "Manual"}],
        "registry": {TS: {"fDenyTSConnections": 0}, RDP_TCP: {"PortNumber": 3389, "UserAuthentication": 1}},
        "sockets": [{"protocol": "TCP", "address": "0.0.0.0", "port": 3389, "pid": 1100}],
    }


def events(n):
    f = base("EVENTS-%d" % n)
    subs = ["0xC000006A", "0xC0000064"]
    evs = []
    for i in range(n):
        sub = subs[i % 2]
        status = "0xC000006D"
        if i % 997 == 5:
            status, sub = "0xC0000234", "0x0"
        msg = ("An account failed to log on. Subject: Security ID: S-1-0-0 Account Name: - Logon Type: 3 "
               "Account For Which Logon Failed: Security ID: S-1-0-0 Account Name: user%d Account Domain: . "
               "Failure Information: Failure Reason: Unknown user name or bad password. Status: %s Sub Status: %s "
               "Network Information: Workstation Name: - Source Network Address: 10.%d.%d.%d Source Port: 0"
               % (i, status, sub, (i >> 16) & 255, (i >> 8) & 255, i & 255))
        evs.append({"log": "Security", "provider": "Microsoft-Windows-Security-Auditing", "id": 4625,
                    "level": "Information", "time": "2026-12-01T09:%02d:%02dZ" % ((i // 60) % 60, i % 60),
                    "message": msg})
    f["events"] = evs
    return f


def accounts(n):
    f = base("ACCOUNTS-%d" % n)
    accts = []
    members = []
    groups = max(1, n // 50)
    for i in range(n):
        accts.append({"name": "CORP\\user%d" % i, "sid": "S-1-5-21-1-2-3-%d" % (10000 + i),
                      "local": False, "enabled": True})
        # each user in one team group; every team group in a department group; departments in RDU
        members.append({"group": "CORP\\team%d" % (i % groups), "member": "CORP\\user%d" % i,
                        "memberSid": "S-1-5-21-1-2-3-%d" % (10000 + i)})
    for g in range(groups):
        members.append({"group": "CORP\\dept%d" % (g % 7), "member": "CORP\\team%d" % g})
    for d in range(7):
        members.append({"group": "S-1-5-32-555", "groupName": "Remote Desktop Users", "member": "CORP\\dept%d" % d})
    f["accounts"] = accts
    f["groupMembers"] = members
    f["userRights"] = [
        {"right": "SeRemoteInteractiveLogonRight", "principals": ["*S-1-5-32-544", "*S-1-5-32-555"]},
        {"right": "SeDenyRemoteInteractiveLogonRight", "principals": ["CORP\\user7", "CORP\\team3"]},
        {"right": "SeNetworkLogonRight", "principals": ["*S-1-1-0", "*S-1-5-32-544"]},
        {"right": "SeDenyNetworkLogonRight", "principals": ["CORP\\user11"]},
    ]
    return f


def firewall(n):
    f = base("FIREWALL-%d" % n)
    rules = []
    for i in range(n):
        port = 3389 if i % 500 == 0 else 10000 + (i % 50000)
        rules.append({"name": "rule-%d" % i, "displayName": "Rule %d" % i, "enabled": i % 3 != 0,
                      "direction": "Inbound", "action": "Block" if i % 1000 == 999 else "Allow",
                      "protocol": "TCP", "localPorts": [str(port)], "profiles": ["Any"],
                      "remoteAddresses": ["10.%d.0.0/16" % (i % 256)]})
    rules.append({"name": "RemoteDesktop-UserMode-In-TCP", "group": "@FirewallAPI.dll,-28752", "enabled": True,
                  "direction": "Inbound", "action": "Allow", "protocol": "TCP", "localPorts": ["3389"],
                  "profiles": ["Any"]})
    f["firewallRules"] = rules
    f["firewallProfiles"] = [{"name": p, "enabled": True, "defaultInbound": "Block"} for p in ("Domain", "Private", "Public")]
    return f


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for n in map(int, sys.argv[2:]):
        for kind, make in (("events", events), ("accounts", accounts), ("firewall", firewall)):
            if n == 0 and kind != "events":
                continue  # events-0.json: the base host, with none of the three
            with open(os.path.join(out, "%s-%d.json" % (kind, n)), "w") as fh:
                json.dump(make(n), fh)


if __name__ == "__main__":
    main()
