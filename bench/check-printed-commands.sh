#!/usr/bin/env bash
# Pastes, as a new user would, every PowerShell line rdp-doctor PRINTS for a set of inputs (fix,
# backup, undo, verify, next steps) into tree-sitter's PowerShell grammar (tools/powershell-grammar),
# and lists those that do not parse. Not part of `mvn verify` (PowerShellGrammarTest checks the
# catalogue's templates there); this checks the filled commands of real inputs, by default the
# 80 real tickets of corpus/.
#
#   bench/check-printed-commands.sh [FACT-FILE...]      (needs target/rdp-doctor.jar, node, npm ci in tools/powershell-grammar)
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$home"
[ -f target/rdp-doctor.jar ] || { echo "build first: mvn -q package -DskipTests" >&2; exit 2; }
[ -d tools/powershell-grammar/node_modules ] || (cd tools/powershell-grammar && npm ci --no-audit --no-fund >/dev/null)
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
if [ $# -eq 0 ]; then set -- corpus/*/*.facts.yaml; fi
java -jar target/rdp-doctor.jar diagnose -f json "$@" >"$work/reports.json" 2>/dev/null || true
python3 - "$work/reports.json" >"$work/lines.json" <<'PY'
import json, sys
reports = json.load(open(sys.argv[1]))
if isinstance(reports, dict): reports = [reports]
lines = []
def add(text, where):
    if isinstance(text, str) and text.strip(): lines.append({"text": text, "tokens": False, "where": where})
for r in reports:
    for d in r.get("causes", []) + r.get("security", []):
        for i, s in enumerate(d.get("fix") or [], 1):
            for f in ("powershell", "backup", "undo"): add(s.get(f), f"{r['input']} {d['id']} fix {i} {f}")
        add((d.get("verify") or {}).get("powershell"), f"{r['input']} {d['id']} verify")
    for q in r.get("nextSteps", []): add(q.get("powershell"), f"{r['input']} {q['id']}")
print(json.dumps(lines))
PY
(cd tools/powershell-grammar && node --liftoff-only check.js) <"$work/lines.json" >"$work/parsed.json"
python3 - "$work/lines.json" "$work/parsed.json" "$#" <<'PY'
import json, sys
lines, parsed = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
# the grammar's one known gap (PowerShellGrammarTest): a bare-word list argument (Format-List Name,Status)
bad = [(l, p) for l, p in zip(lines, parsed)
       if [e for e in p["errors"] if not (e["type"].startswith("MISSING") and e["next"] == ",")]]
print(f"{len(lines)} PowerShell lines printed for {sys.argv[3]} inputs; {len(bad)} do not parse")
for l, p in bad[:40]: print(f"  {l['where']}: {l['text'][:160]}  {p['errors'][:2]}")
sys.exit(1 if bad else 0)
PY
