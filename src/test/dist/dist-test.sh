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
zip=$(cd "$(dirname "$1")" && pwd)/$(basename "$1"); shift
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

# The per-user archive (a Java without an archive of its own in lib/cds): the first diagnose makes one
# of the user's Java in the cache folder, the second maps it, the answer is the same; concurrent first
# runs, a cache folder that cannot be written, a damaged archive and RDP_DOCTOR_NO_CDS=1 all diagnose
# with nothing on stderr. Checked with the first JDK 17/18 given (-XX:ArchiveClassesAtExit; the build's
# own Java under mvn verify) and the first JDK 19+ given, else one found in /usr/lib/jvm
# (-XX:+AutoCreateSharedArchive).
rdpv=${home##*/rdp-doctor-}
per_user_archive() { # JDK_HOME
  own_jdk=$1; m=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$own_jdk/release")
  v=$(sed -n 's/^JAVA_RUNTIME_VERSION="\(.*\)"/\1/p' "$own_jdk/release")
  spaced_home=""
  if [ "$m" -lt 19 ]; then
    # JDK 17 loads no class from its archive for a jar whose path has a space: none made there, and
    # the rest is checked in a second installation whose path has none.
    RDP_DOCTOR_CACHE_DIR="$tmp/spaced-cache" JAVA_HOME="$own_jdk" "$home/bin/rdp-doctor" --java >"$tmp/java.txt" 2>&1
    check "Java $v, installed in a path with a space: --java says why it makes none" grep -qF "class-data archive: none (Java $m uses one only for an installation whose path has no space" "$tmp/java.txt"
    run_sample "Java $v, installed in a path with a space" unused RDP_DOCTOR_CACHE_DIR="$tmp/spaced-cache" JAVA_HOME="$own_jdk"
    check "Java $v, installed in a path with a space: no archive made" sh -c "! ls -R '$tmp/spaced-cache' 2>/dev/null | grep -q 'jsa'"
    spaced_home=$home
    mkdir -p "$tmp/install-$m"
    if command -v unzip >/dev/null 2>&1; then unzip -q "$zip" -d "$tmp/install-$m"; else (cd "$tmp/install-$m" && jar xf "$zip"); fi
    home=$(echo "$tmp/install-$m"/rdp-doctor-*); chmod +x "$home/bin/rdp-doctor"
  fi
  for f in "$home/lib/cds/$v.jsa" "$home/lib/cds/$v.aot"; do [ ! -e "$f" ] || mv "$f" "$f.kept"; done
  uc="$tmp/user-cache-$m"; own="$uc/$rdpv/$v.jsa"
  RDP_DOCTOR_CACHE_DIR="$uc" JAVA_HOME="$own_jdk" "$home/bin/rdp-doctor" --java >"$tmp/java.txt" 2>&1
  check "Java $v, per-user cache: --java says the next diagnose makes $own" grep -qF "class-data archive: none yet: the next diagnose makes $own" "$tmp/java.txt"
  env RDP_DOCTOR_NO_CDS=1 JAVA_HOME="$own_jdk" "$home/bin/rdp-doctor" diagnose host.yaml >"$tmp/plain.txt" 2>/dev/null
  run_sample "Java $v, per-user cache, first run" unused RDP_DOCTOR_CACHE_DIR="$uc" JAVA_HOME="$own_jdk"
  check "Java $v, per-user cache: the first run made $own" test -s "$own"
  check "Java $v, per-user cache: no temporary file left" sh -c "! ls '$uc/$rdpv' | grep -q tmp"
  check "Java $v, per-user cache: the first run's answer is the one without an archive" cmp -s "$tmp/out.txt" "$tmp/plain.txt"
  RDP_DOCTOR_CACHE_DIR="$uc" JAVA_HOME="$own_jdk" "$home/bin/rdp-doctor" --java >"$tmp/java.txt" 2>&1
  check "Java $v, per-user cache: --java names it" grep -qF "class-data archive: $own (made on this machine)" "$tmp/java.txt"
  run_sample "Java $v, per-user cache, second run" mapped RDP_DOCTOR_CACHE_DIR="$uc" JAVA_HOME="$own_jdk"
  check "Java $v, per-user cache: the second run's answer is the one without an archive" cmp -s "$tmp/out.txt" "$tmp/plain.txt"

  # A first diagnose that stops early (an input that does not exist: exit 3) keeps no archive.
  rc=0
  RDP_DOCTOR_CACHE_DIR="$tmp/early-cache-$m" JAVA_HOME="$own_jdk" "$home/bin/rdp-doctor" diagnose no-such-file.yaml >/dev/null 2>&1 || rc=$?
  check "Java $v, a first diagnose that fails (exit $rc): no archive kept, no temporary file" \
    sh -c "[ $rc -ne 0 ] && [ $rc -ne 4 ] && [ -z \"\$(ls '$tmp/early-cache-$m/$rdpv' 2>/dev/null)\" ]"

  # Three first runs at once (a batch script): each answers, one whole archive ends up in place.
  pc="$tmp/parallel-cache-$m"
  for i in 1 2 3; do
    ( rc=0; RDP_DOCTOR_CACHE_DIR="$pc" JAVA_HOME="$own_jdk" "$home/bin/rdp-doctor" diagnose host.yaml \
        >"$tmp/par$i.txt" 2>"$tmp/par$i.err" || rc=$?; echo "$rc" >"$tmp/par$i.rc" ) &
  done
  wait
  for i in 1 2 3; do
    check "Java $v, three first runs at once: run $i exit 4, same answer, stderr empty" \
      sh -c "[ \"\$(cat '$tmp/par$i.rc')\" = 4 ] && cmp -s '$tmp/par$i.txt' '$tmp/plain.txt' && test ! -s '$tmp/par$i.err'"
  done
  check "Java $v, three first runs at once: one archive, no temporary file" \
    sh -c "[ \"\$(ls '$pc/$rdpv' | grep -v '[.]jsa[.]for\$')\" = '$v.jsa' ]"
  run_sample "Java $v, after three first runs at once" mapped RDP_DOCTOR_CACHE_DIR="$pc" JAVA_HOME="$own_jdk"

  # A damaged archive (a dump cut short): no warning, the same answer, and a whole one made again.
  head -c 1000 "$own" >"$tmp/cut.jsa" && mv "$tmp/cut.jsa" "$own"
  run_sample "Java $v, per-user cache with a damaged archive" any RDP_DOCTOR_CACHE_DIR="$uc" JAVA_HOME="$own_jdk"
  check "Java $v, per-user cache: the damaged archive was made again" test -n "$(find "$own" -size +2048)"

  # A cache folder that cannot be made (its parent is a file), and one that cannot be written.
  echo "not a folder" >"$tmp/a-file"
  run_sample "Java $v, cache folder cannot be made" unused RDP_DOCTOR_CACHE_DIR="$tmp/a-file/cache-$m" JAVA_HOME="$own_jdk"
  RDP_DOCTOR_CACHE_DIR="$tmp/a-file/cache-$m" JAVA_HOME="$own_jdk" "$home/bin/rdp-doctor" --java >"$tmp/java.txt" 2>&1
  check "Java $v, cache folder cannot be made: --java says so" grep -qF "class-data archive: none (cannot write $tmp/a-file/cache-$m/$rdpv)" "$tmp/java.txt"
  mkdir -p "$tmp/read-only-$m/$rdpv" && chmod 555 "$tmp/read-only-$m/$rdpv" "$tmp/read-only-$m"
  run_sample "Java $v, read-only cache folder" any RDP_DOCTOR_CACHE_DIR="$tmp/read-only-$m" JAVA_HOME="$own_jdk"
  if [ ! -w "$tmp/read-only-$m/$rdpv" ]; then   # (root writes anyway)
    check "Java $v, read-only cache folder: nothing written" test -z "$(ls "$tmp/read-only-$m/$rdpv")"
  fi
  chmod 755 "$tmp/read-only-$m" "$tmp/read-only-$m/$rdpv"

  run_sample "Java $v, RDP_DOCTOR_NO_CDS=1" unused RDP_DOCTOR_NO_CDS=1 RDP_DOCTOR_CACHE_DIR="$tmp/no-cds-$m" JAVA_HOME="$own_jdk"
  check "Java $v, RDP_DOCTOR_NO_CDS=1: no archive made" sh -c "! ls -R '$tmp/no-cds-$m' 2>/dev/null | grep -q 'jsa'"
  if [ "$m" -lt 19 ]; then
    # JDK 17/18 cannot remake a stale archive: the launcher remakes it when the jar it was made for
    # changed (what `ls -l` shows of it); a stale one it cannot tell (a time within the same minute)
    # the JVM skips, silently. The jar's time is put back afterwards (lib/cds was trained on it).
    jar="$home/lib/rdp-doctor.jar"; touch -r "$jar" "$tmp/jar-time"
    sc="$tmp/stale-cache-$m"; own="$sc/$rdpv/$v.jsa"
    touch -t 200101010000.00 "$jar"
    run_sample "Java $v, jar of 2001-01-01 00:00:00, first run" unused RDP_DOCTOR_CACHE_DIR="$sc" JAVA_HOME="$own_jdk"
    run_sample "Java $v, jar of 2001-01-01 00:00:00, second run" mapped RDP_DOCTOR_CACHE_DIR="$sc" JAVA_HOME="$own_jdk"
    touch -t 200101010000.30 "$jar"
    run_sample "Java $v, jar changed to 00:00:30 (stale, not noticed): not mapped" unused RDP_DOCTOR_CACHE_DIR="$sc" JAVA_HOME="$own_jdk"
    check "Java $v, a stale archive skipped: the answer is the one without an archive" cmp -s "$tmp/out.txt" "$tmp/plain.txt"
    touch -t 200201010000.00 "$jar"
    RDP_DOCTOR_CACHE_DIR="$sc" JAVA_HOME="$own_jdk" "$home/bin/rdp-doctor" --java >"$tmp/java.txt" 2>&1
    check "Java $v, jar of 2002: --java says the next diagnose makes it again" grep -qF "class-data archive: none yet: the next diagnose makes $own" "$tmp/java.txt"
    run_sample "Java $v, jar of 2002, the archive remade" unused RDP_DOCTOR_CACHE_DIR="$sc" JAVA_HOME="$own_jdk"
    run_sample "Java $v, jar of 2002, the remade archive" mapped RDP_DOCTOR_CACHE_DIR="$sc" JAVA_HOME="$own_jdk"
    check "Java $v, the remade archive: the answer is the one without an archive" cmp -s "$tmp/out.txt" "$tmp/plain.txt"
    touch -r "$tmp/jar-time" "$jar"
  fi
  for f in "$home/lib/cds/$v.jsa" "$home/lib/cds/$v.aot"; do [ ! -e "$f.kept" ] || mv "$f.kept" "$f"; done
  [ -z "$spaced_home" ] || home=$spaced_home
}
jdk17=""; jdk19=""
for jdk in "$@" /usr/lib/jvm/*; do
  [ -n "$jdk" ] && [ -x "$jdk/bin/java" ] && [ -f "$jdk/release" ] || continue
  m=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$jdk/release")
  if [ "${m:-0}" -ge 19 ] 2>/dev/null; then [ -n "$jdk19" ] || jdk19=$jdk; else [ -n "$jdk17" ] || jdk17=$jdk; fi
done
if [ -n "$jdk17" ]; then per_user_archive "$jdk17"; else echo "note: no JDK 17/18 given or in /usr/lib/jvm: their per-user archive is not checked"; fi
if [ -n "$jdk19" ]; then per_user_archive "$jdk19"; else echo "note: no JDK 19+ given or in /usr/lib/jvm: its per-user archive is not checked"; fi

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
# Their per-user archive, as bin/rdp-doctor's: the folder (RDP_DOCTOR_CACHE_DIR, else %LOCALAPPDATA%),
# the version filled in, made only by a diagnose through a file of its own renamed into place, and
# nothing at all with RDP_DOCTOR_NO_CDS.
has() { # file, then lines it must hold (fixed strings)
  f=$1; shift
  for line in "$@"; do grep -qF -- "$line" "$f" || { echo "     missing in $(basename "$f"): $line"; return 1; }; done
}
check "no launcher keeps the version token" sh -c "! grep -l '@RDP_DOCTOR_VERSION@' '$home/bin/'*"
check "rdp-doctor.cmd: cache folder from RDP_DOCTOR_CACHE_DIR, else LOCALAPPDATA" has "$cmd" \
  'set "RDP_CACHE_ROOT=%RDP_DOCTOR_CACHE_DIR%"' 'if not defined RDP_CACHE_ROOT set "RDP_CACHE_ROOT=%LOCALAPPDATA%\rdp-doctor"'
check "rdp-doctor.cmd: the archive is CACHE/$rdpv/JAVA-VERSION.jsa" has "$cmd" \
  "set \"RDP_OWN_DIR=%RDP_CACHE_ROOT%\\$rdpv\"" 'set "RDP_OWN=%RDP_OWN_DIR%\%RDP_VERSION%.jsa"'
check "rdp-doctor.cmd: RDP_DOCTOR_NO_CDS skips every archive" sh -c "grep -A1 'if defined RDP_DOCTOR_NO_CDS goto :run' '$cmd' | grep -q 'LSS 25 goto :cds'"
check "rdp-doctor.cmd: made only by diagnose, with AutoCreateSharedArchive, into a file of its own" has "$cmd" \
  'if /i not "%~1"=="diagnose" goto :run' 'set "RDP_PUBLISH=%RDP_OWN_DIR%\%RDP_VERSION%.%RANDOM%%RANDOM%.jsa.tmp"' \
  'set "RDP_AUTO=-XX:+AutoCreateSharedArchive"' '%RDP_QUIET% %RDP_FAST% %RDP_AUTO%'
check "rdp-doctor.cmd: renamed into place after a diagnosis (exit 0 or 4), its own file removed" has "$cmd" \
  'if "%RDP_STATUS%"=="0" if exist "%RDP_PUBLISH%" move /y "%RDP_PUBLISH%" "%RDP_OWN%" >nul 2>&1' \
  'if "%RDP_STATUS%"=="4" if exist "%RDP_PUBLISH%" move /y "%RDP_PUBLISH%" "%RDP_OWN%" >nul 2>&1' \
  'if exist "%RDP_PUBLISH%" del /q "%RDP_PUBLISH%" >nul 2>&1'
check "rdp-doctor.cmd: JDK 17/18 make it with ArchiveClassesAtExit (on the JDK's own archive, no space in the path), noted and remade when the jar changed" has "$cmd" \
  'if not exist "%RDP_JAVA_HOME%\bin\server\classes.jsa" goto :run' 'if not "%RDP_UNSPACED%"=="%RDP_LIB%" goto :run' \
  'if "%RDP_STAMP%"=="RDP_MADE_FOR=%RDP_MADE_FOR%" goto :own' 'set RDP_FAST="-XX:ArchiveClassesAtExit=%RDP_PUBLISH%"' \
  'if defined RDP_MADE_FOR if not exist "%RDP_PUBLISH%" if exist "%RDP_OWN%" set RDP_MADE_FOR>"%RDP_OWN%.for" 2>nul'
check "rdp-doctor.ps1: cache folder from RDP_DOCTOR_CACHE_DIR, else LOCALAPPDATA" has "$ps1" \
  '$cacheRoot = if ($env:RDP_DOCTOR_CACHE_DIR) { $env:RDP_DOCTOR_CACHE_DIR }' "elseif (\$env:LOCALAPPDATA) { Join-Path \$env:LOCALAPPDATA 'rdp-doctor' }"
check "rdp-doctor.ps1: the archive is CACHE/$rdpv/JAVA-VERSION.jsa" has "$ps1" \
  "\$ownDir = Join-Path \$cacheRoot '$rdpv'" '$own = Join-Path $ownDir "$version.jsa"'
check "rdp-doctor.ps1: RDP_DOCTOR_NO_CDS first; made only by diagnose, into a file of its own" has "$ps1" \
  'if ($env:RDP_DOCTOR_NO_CDS) {' "} elseif (\$command -ne 'diagnose' -or \$wantsHelp) {" \
  '$publish = Join-Path $ownDir "$version.$PID.jsa.tmp"' "\$auto = @('-XX:+AutoCreateSharedArchive')" '$quiet @fast @auto @extra'
check "rdp-doctor.ps1: JDK 17/18 make it with ArchiveClassesAtExit (on the JDK's own archive, no space in the path), noted and remade when the jar changed" has "$ps1" \
  '} elseif ($major -lt 19 -and -not (Test-Path -LiteralPath $baseArchive)) {' "} elseif (\$major -lt 19 -and \$libDir -match '[^A-Za-z0-9._/\\\\:+~,@=-]') {" \
  'if ($noted -ne $madeFor) { $ownFile = $null }' 'if ($madeFor) { $fast = @("-XX:ArchiveClassesAtExit=$publish") }' \
  '[System.IO.File]::WriteAllText("$own.for", $madeFor)'
check "rdp-doctor.ps1: renamed into place after a diagnosis (exit 0 or 4), its own file removed" has "$ps1" \
  'if (($status -eq 0 -or $status -eq 4) -and' '[System.IO.File]::Move($publish, $own)' '[System.IO.File]::Delete($publish)'
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
