#!/usr/bin/env bash
# Sources that stay true (issue 13 part 5). Not part of `mvn verify`, which must not need a network.
#
#   bench/check-sources.sh [TIMEOUT_SECONDS]        (default 10)
#
# Lists every web address named in a `sources:` entry of the catalogue (rules/*/*.yaml, scenarios
# excluded), each once, with the files that cite it, fetches it (curl, redirects followed) and prints
# the title of the page it gets, or says plainly why it got none: not reached (DNS, connection,
# timeout: a closed network says so here), an HTTP error status, or a page without a title. Then a
# summary: how many addresses, how many gave a title, how many were not reached, how many answered
# with an error. Exit status 0 when every address gave a title, 1 otherwise, 2 on a usage error.
# Compare the titles with what each citation says; a page that moved or changed its title is a
# citation to check.
set -euo pipefail
timeout="${1:-10}"
case "$timeout" in ''|*[!0-9]*) echo "usage: bench/check-sources.sh [TIMEOUT_SECONDS]" >&2; exit 2;; esac
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$home"
command -v curl >/dev/null || { echo "check-sources: curl is needed (apt-get install curl)" >&2; exit 2; }

# address <TAB> files citing it, one line per address, in order of first citation
addresses="$(python3 - <<'PY'
import glob, re, sys
try:
    import yaml
except ImportError:
    sys.exit("check-sources: python3-yaml is needed (apt-get install python3-yaml)")
seen = {}
for f in sorted(glob.glob("rules/*/*.yaml")):
    if f.endswith(".scenarios.yaml"):
        continue
    doc = yaml.safe_load(open(f, encoding="utf-8")) or {}
    entries = []
    for key in ("diagnoses", "messages", "questions"):
        entries += doc.get(key) or []
    for e in entries:
        for s in e.get("sources") or []:
            for url in re.findall(r"https?://[^\s\"'<>()]+", str(s)):
                url = url.rstrip(".,;")
                seen.setdefault(url, [])
                if f not in seen[url]:
                    seen[url].append(f)
for url, files in seen.items():
    print(url + "\t" + ",".join(files))
PY
)"

total=0; titled=0; unreached=0; failed=0; untitled=0
while IFS=$'\t' read -r url files; do
    [ -n "$url" ] || continue
    total=$((total + 1))
    body="$(mktemp)"
    status="$(curl -sSL --max-time "$timeout" -A 'rdp-doctor check-sources' -o "$body" -w '%{http_code}' "$url" 2>"$body.err")" || status="000"
    if [ "$status" = "000" ]; then
        unreached=$((unreached + 1))
        reason="$(head -c 200 "$body.err" | tr '\n' ' ' | sed 's/^curl: ([0-9]*) //')"
        printf 'NOT REACHED  %s  (%s)  [%s]\n' "$url" "${reason:-no answer}" "$files"
    elif [ "${status:0:1}" != "2" ]; then
        failed=$((failed + 1))
        printf 'HTTP %s     %s  [%s]\n' "$status" "$url" "$files"
    else
        title="$(python3 -c 'import html,re,sys; t=re.search(r"<title[^>]*>(.*?)</title>", open(sys.argv[1], encoding="utf-8", errors="replace").read(), re.S|re.I); print(html.unescape(" ".join(t.group(1).split())) if t else "")' "$body")"
        if [ -n "$title" ]; then
            titled=$((titled + 1))
            printf 'OK           %s  "%s"\n' "$url" "$title"
        else
            untitled=$((untitled + 1))
            printf 'NO TITLE     %s  (HTTP %s, no <title>: not an HTML page?)  [%s]\n' "$url" "$status" "$files"
        fi
    fi
    rm -f "$body" "$body.err"
done <<< "$addresses"

echo
echo "$total addresses: $titled with a title, $untitled without a title, $failed with an HTTP error, $unreached not reached"
[ "$unreached" -eq 0 ] || echo "($unreached not reached: this machine's network may be closed to those sites; run it where the web is reachable)"
[ "$titled" -eq "$total" ]
