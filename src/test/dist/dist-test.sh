#!/bin/sh
# The distribution as a user gets it (run by `mvn verify` after `package`, antrun execution dist-test):
#   sh src/test/dist/dist-test.sh target/rdp-doctor-VERSION.zip [JDK_HOME...]
# Unpacks the zip into a folder whose path has a space and runs bin/rdp-doctor from another working
# directory: a sample diagnosed (exit 4, the top diagnosis), the rules loaded from the rule model
# made at build time (its classes are loaded), no JVM warning on stderr; then a JAVA_HOME that holds
# no java, no java at all, and a Java too old (exit 7 and what to install). Each JDK_HOME given runs
# the sample too, once with the archives as built and once with a foreign archive in place of its
# own (it must be skipped silently). The Windows launchers are checked for their structure only.
set -u
zip=$1; shift
fail=0
check() { # description, then a command that must succeed
  what=$1; shift
  if "$@"; then echo "ok   $what"; else echo "FAIL $what"; fail=1; fi
}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rdp-doctor-dist.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
install="$tmp/Program Files"
mkdir -p "$install" "$tmp/elsewhere" "$tmp/cache"
if command -v unzip >/dev/null 2>&1; then
  unzip -q "$zip" -d "$install" || { echo "FAIL cannot unzip $zip"; exit 1; }
  home=$(echo "$install"/rdp-doctor-*)
  check "bin/rdp-doctor is executable as unzipped" test -x "$home/bin/rdp-doctor"
else
  # No Info-ZIP here: the JDK's jar tool unpacks (it keeps times, not the executable bit).
  (cd "$install" && jar xf "$zip") || { echo "FAIL cannot unpack $zip with jar"; exit 1; }
  home=$(echo "$install"/rdp-doctor-*)
  echo "note: no unzip on this machine: unpacked with jar, the executable bit of bin/rdp-doctor is not checked"
  chmod +x "$home/bin/rdp-doctor"
fi
export XDG_CACHE_HOME="$tmp/cache"

for f in bin/rdp-doctor bin/rdp-doctor.cmd bin/rdp-doctor.ps1 lib/rdp-doctor.jar lib/rule-model.jar \
         rules/reachability collect/Collect-RdpFacts.ps1 docs/architecture.md facts-samples/gpo-denies-rdp.yaml README.md; do
  check "the zip holds $f" test -e "$home/$f"
done
check "no jar of the build's own (model-lib) in lib/" test ! -e "$home/lib/drools-model-codegen-10.2.0.jar"

cd "$tmp/elsewhere" || exit 1
cp "$home/facts-samples/gpo-denies-rdp.yaml" host.yaml

# diagnose FILE from another folder: exit 4, the top diagnosis, the model's classes loaded, stderr clean.
run_sample() { # label, mapped|unused|any (the class-data archive), then environment assignments for env
  label=$1; archive=$2; shift 2
  rc=0
  env "$@" RDP_DOCTOR_JAVA_OPTS="-Xlog:class+load=info:file=$tmp/classes.log" \
    "$home/bin/rdp-doctor" diagnose host.yaml >"$tmp/out.txt" 2>"$tmp/err.txt" || rc=$?
  check "$label: exit code 4 (diagnoses found), got $rc" test "$rc" -eq 4
  check "$label: RDP-DISABLED-BY-GPO ranks first" grep -q '^1  *RDP-DISABLED-BY-GPO  *\[confirmed\]' "$tmp/out.txt"
  # The model's project class is in lib/rule-model.jar only (mapped from the archive where there is one).
  check "$label: the rules came from the rule model" grep -q 'org.drools.project.model.ProjectModel_io_rdpdoctor_rules_1 source: \(.*rule-model.jar\|shared objects file\)' "$tmp/classes.log"
  check "$label: nothing on stderr" test ! -s "$tmp/err.txt"
  if [ "$archive" = mapped ]; then
    check "$label: the class-data archive is mapped" grep -q 'io.rdpdoctor.*source: shared objects file' "$tmp/classes.log"
  elif [ "$archive" = unused ]; then
    check "$label: no application class from an archive" sh -c "! grep -q 'io.rdpdoctor.*source: shared objects file' '$tmp/classes.log'"
  fi
  [ -s "$tmp/err.txt" ] && sed 's/^/     stderr: /' "$tmp/err.txt" | head -5
  return 0
}
run_sample "java from PATH or JAVA_HOME as set" any

# A path that is not ASCII under the C locale (cron, systemd, containers; adversarial review F30): the
# launcher runs Java in C.UTF-8 where the system has it, else rdp-doctor says the locale cannot hold it.
nonascii=$(printf '%s/p\303\244th/\346\227\245\346\234\254 dir/h\303\264st 1.yaml' "$tmp")
mkdir -p "$(dirname "$nonascii")" && cp host.yaml "$nonascii"
rc=0
env LC_ALL=C LC_CTYPE= LANG= "$home/bin/rdp-doctor" diagnose "$nonascii" >"$tmp/out.txt" 2>"$tmp/err.txt" || rc=$?
if locale -a 2>&1 | grep -qix 'c\.utf-\{0,1\}8'; then
  check "LC_ALL=C, a path with a, CJK and o-circumflex: exit 4 (C.UTF-8 used), got $rc" test "$rc" -eq 4
  check "LC_ALL=C, a non-ASCII path: RDP-DISABLED-BY-GPO first" grep -q '^1  *RDP-DISABLED-BY-GPO' "$tmp/out.txt"
else
  check "LC_ALL=C without C.UTF-8: exit 2 (usage), got $rc" test "$rc" -eq 2
  check "LC_ALL=C without C.UTF-8: says the locale cannot represent the path" grep -q 'cannot represent' "$tmp/err.txt"
fi

# Without a launcher: java -jar finds the bundled rules beside its jar (Installation), not in the working folder.
if command -v java >/dev/null 2>&1; then
  rc=0
  java -jar "$home/lib/rdp-doctor.jar" diagnose host.yaml >"$tmp/out.txt" 2>"$tmp/err.txt" || rc=$?
  check "java -jar lib/rdp-doctor.jar from another folder: exit 4, got $rc" test "$rc" -eq 4
  check "java -jar lib/rdp-doctor.jar from another folder: RDP-DISABLED-BY-GPO first" grep -q '^1  *RDP-DISABLED-BY-GPO' "$tmp/out.txt"
fi

rc=0
JAVA_HOME="$tmp/no java here" "$home/bin/rdp-doctor" diagnose host.yaml >/dev/null 2>"$tmp/err.txt" || rc=$?
check "JAVA_HOME without java: exit 7, got $rc" test "$rc" -eq 7
check "JAVA_HOME without java: names JAVA_HOME" grep -q "JAVA_HOME is '$tmp/no java here', but it holds no bin/java" "$tmp/err.txt"
check "JAVA_HOME without java: says what to install" grep -q 'needs a Java runtime 17 or newer' "$tmp/err.txt"

# No java on the PATH (only the tools the launcher uses) and no JAVA_HOME.
mkdir "$tmp/tools"
for t in dirname readlink sed head ls tr cat; do
  p=$(command -v "$t") && ln -s "$p" "$tmp/tools/$t"
done
rc=0
env -u JAVA_HOME PATH="$tmp/tools" /bin/sh "$home/bin/rdp-doctor" diagnose host.yaml >/dev/null 2>"$tmp/err.txt" || rc=$?
check "no java at all: exit 7, got $rc" test "$rc" -eq 7
check "no java at all: says so" grep -q 'no java on the PATH and JAVA_HOME is not set' "$tmp/err.txt"

# A Java 11 (its release file says so; its java must not even be started).
mkdir -p "$tmp/jdk-11/bin"
printf 'JAVA_VERSION="11.0.2"\nJAVA_RUNTIME_VERSION="11.0.2+9"\n' >"$tmp/jdk-11/release"
printf '#!/bin/sh\necho started >"%s/jdk-11/started"\nexit 1\n' "$tmp" >"$tmp/jdk-11/bin/java"
chmod +x "$tmp/jdk-11/bin/java"
rc=0
JAVA_HOME="$tmp/jdk-11" "$home/bin/rdp-doctor" diagnose host.yaml >/dev/null 2>"$tmp/err.txt" || rc=$?
check "Java 11: exit 7, got $rc" test "$rc" -eq 7
check "Java 11: says too old" grep -q 'is Java 11.0.2+9, too old' "$tmp/err.txt"

# Each JDK given: the sample, then a foreign archive in place of this JDK's own.
for jdk in "$@"; do
  [ -n "$jdk" ] && [ -x "$jdk/bin/java" ] && [ -f "$jdk/release" ] || continue   # (-Ddist.jdk unset: "")
  v=$(sed -n 's/^JAVA_RUNTIME_VERSION="\(.*\)"/\1/p' "$jdk/release")
  JAVA_HOME="$jdk" "$home/bin/rdp-doctor" --java >"$tmp/java.txt" 2>&1
  check "--java with $v names it" grep -q "Java $v (from JAVA_HOME): $jdk/bin/java" "$tmp/java.txt"
  expect=unused
  if [ -f "$home/lib/cds/$v.jsa" ] || [ -f "$home/lib/cds/$v.aot" ]; then expect=mapped; fi
  run_sample "Java $v ($expect archive)" "$expect" JAVA_HOME="$jdk"
  foreign=$(ls "$home/lib/cds/" 2>/dev/null | grep -v "^$v\." | head -n 1)
  own_jsa="$home/lib/cds/$v.jsa"; own_aot="$home/lib/cds/$v.aot"
  mkdir -p "$home/lib/cds"; mv "$own_jsa" "$own_jsa.kept" 2>/dev/null; mv "$own_aot" "$own_aot.kept" 2>/dev/null
  if [ -n "$foreign" ]; then src="$home/lib/cds/$foreign"; else head -c 65536 /dev/urandom >"$tmp/garbage"; src="$tmp/garbage"; fi
  cp "$src" "$own_jsa"; cp "$src" "$own_aot"
  run_sample "Java $v with a foreign archive (${foreign:-random bytes}) as its own" unused JAVA_HOME="$jdk"
  rm -f "$own_jsa" "$own_aot"; mv "$own_jsa.kept" "$own_jsa" 2>/dev/null; mv "$own_aot.kept" "$own_aot" 2>/dev/null
done

# The Windows launchers, by structure (no cmd.exe here; see README): CRLF line ends, the installation
# from %~dp0 / $PSScriptRoot, every argument passed on (%* / @args), paths quoted, no bash-isms.
cmd="$home/bin/rdp-doctor.cmd"; ps1="$home/bin/rdp-doctor.ps1"
check "rdp-doctor.cmd has CRLF line ends" sh -c "! grep -q \"\$(printf '[^\\r]\$')\" '$cmd'"
check "rdp-doctor.cmd finds its installation from %~dp0" grep -q 'for %%I in ("%~dp0..") do set "RDP_HOME=%%~fI"' "$cmd"
check "rdp-doctor.cmd passes every argument (%*)" grep -q 'RdpDoctor %\*' "$cmd"
check "rdp-doctor.cmd quotes the java path and -D values" grep -q '^"%RDP_JAVA%" .*"-Drdpdoctor.home=%RDP_HOME%"' "$cmd"
check "rdp-doctor.cmd opens no ( block on a line that expands a path" sh -c "! grep -n '%[A-Z_]*%.*($' '$cmd' | grep -v 'for /f' | grep -q ."
check "rdp-doctor.cmd exits 7 without Java" grep -q '^exit /b 7' "$cmd"
check "rdp-doctor.cmd labels all defined" sh -c "for l in \$(grep -o 'goto :[a-z_]*' '$cmd' | sed 's/goto ://' | sort -u); do grep -q \"^:\$l\" '$cmd' || exit 1; done"
check "rdp-doctor.ps1 has CRLF line ends" sh -c "! grep -q \"\$(printf '[^\\r]\$')\" '$ps1'"
check "rdp-doctor.ps1 finds its installation from \$PSScriptRoot" grep -q 'Split-Path -Parent $PSScriptRoot' "$ps1"
check "rdp-doctor.ps1 passes every argument (@args) and the exit code" sh -c "grep -q 'RdpDoctor @args' '$ps1' && grep -q 'exit \$LASTEXITCODE' '$ps1'"
check "rdp-doctor.ps1 exits 7 without Java" grep -q 'exit 7' "$ps1"
for f in "$cmd" "$ps1"; do
  check "$(basename "$f") has no bash-isms (\$BASH, [[, /dev/null, ./)" sh -c "! grep -n -e '\[\[' -e 'BASH' -e '/dev/null' -e ' \./' '$f' | grep -q ."
done
if command -v shellcheck >/dev/null 2>&1; then
  check "bin/rdp-doctor passes shellcheck as POSIX sh (warnings and errors)" shellcheck -s sh -S warning "$home/bin/rdp-doctor"
fi
if command -v pwsh >/dev/null 2>&1; then
  check "rdp-doctor.ps1 parses (PowerShell's own parser)" pwsh -NoProfile -Command "\$e = \$null; [void][System.Management.Automation.Language.Parser]::ParseFile('$ps1', [ref]\$null, [ref]\$e); if (\$e.Count) { \$e | Out-String | Write-Error; exit 1 }"
fi

[ "$fail" -eq 0 ] && echo "dist-test: all checks passed" || echo "dist-test: FAILED"
exit "$fail"
