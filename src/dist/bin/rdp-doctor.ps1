<#
.SYNOPSIS
  rdp-doctor launcher for PowerShell (Windows PowerShell 5.1, PowerShell 7 on Windows, Linux, macOS).
.DESCRIPTION
  Needs only a Java runtime 17 or newer: JAVA_HOME if set, else java on the PATH. Runs from any
  working directory and from a folder whose path has spaces; the bundled rules, the rule model and
  the class-data archives are found beside this script (..\rules, ..\lib). Exit codes: those of
  rdp-doctor (README), and 7 when no usable Java runtime is found. "rdp-doctor.ps1 --java" says
  which Java it would use and which fast-start files it found.
  RDP_DOCTOR_JAVA_OPTS adds JVM options; RDP_DOCTOR_NO_CDS=1 leaves the class-data archive out (none
  used, none made); RDP_DOCTOR_CACHE_DIR chooses the per-user cache folder (docs\distribution.md).
.EXAMPLE
  & 'C:\Tools\rdp-doctor-0.1.0\bin\rdp-doctor.ps1' diagnose .\capture\
#>
$ErrorActionPreference = 'Stop'
$installDir = Split-Path -Parent $PSScriptRoot
$libDir = Join-Path $installDir 'lib'
$onWindows = [System.IO.Path]::DirectorySeparatorChar -eq '\'
$javaExe = if ($onWindows) { 'java.exe' } else { 'java' }

function Stop-NoJava([string] $why) {
    [Console]::Error.WriteLine("rdp-doctor: $why")
    [Console]::Error.WriteLine('rdp-doctor needs a Java runtime 17 or newer. Install one (for example Eclipse Temurin 17 or 21 from')
    [Console]::Error.WriteLine('adoptium.net, or "winget install EclipseAdoptium.Temurin.21.JRE"), then set JAVA_HOME to its folder')
    [Console]::Error.WriteLine('or put its bin folder on the PATH, and open a new window.')
    exit 7
}

if ($env:JAVA_HOME) {
    $found = 'JAVA_HOME'
    $java = Join-Path (Join-Path $env:JAVA_HOME 'bin') $javaExe
    if (-not (Test-Path -LiteralPath $java -PathType Leaf)) {
        Stop-NoJava "JAVA_HOME is '$($env:JAVA_HOME)', but it holds no bin\$javaExe."
    }
} else {
    $found = 'PATH'
    $command = Get-Command -Name 'java' -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
    if (-not $command) { Stop-NoJava 'no java on the PATH and JAVA_HOME is not set.' }
    $java = $command.Source
}

# The runtime's version from its release file (no extra JVM start), else from "java -version".
$resolved = (Get-Item -LiteralPath $java).FullName
$target = (Get-Item -LiteralPath $java).Target
if ($target) { $resolved = [System.IO.Path]::GetFullPath((Join-Path (Split-Path -Parent $java) ([string] @($target)[0]))) }
$release = Join-Path (Split-Path -Parent (Split-Path -Parent $resolved)) 'release'
$version = $null
if (Test-Path -LiteralPath $release -PathType Leaf) {
    $lines = Get-Content -LiteralPath $release
    foreach ($name in 'JAVA_RUNTIME_VERSION', 'JAVA_VERSION') {
        $line = $lines | Where-Object { $_ -like "$name=*" } | Select-Object -First 1
        if ($line) { $version = $line.Substring($name.Length + 1).Trim('"'); break }
    }
}
if (-not $version) {
    # Windows PowerShell 5.1 turns a native command's redirected standard error into errors: not fatal here.
    $ErrorActionPreference = 'Continue'
    $said = (& $java -version 2>&1 | Out-String)
    $ErrorActionPreference = 'Stop'
    if ($said -match 'version "([^"]+)"') { $version = $Matches[1] }
}
if (-not $version) { Stop-NoJava "$java (from $found) does not run or does not say its version." }
$parts = $version -split '[.+-]'
$major = if ($parts[0] -eq '1') { [int] $parts[1] } else { [int] $parts[0] }
if ($major -lt 17) { Stop-NoJava "$java (from $found) is Java $version, too old." }

# A class-data archive serves only the exact Java build that made it. First choice, the one the build
# made (lib\cds\<version>.aot on JDK 25+, .jsa on 19+); else one of the user's own Java in the per-user
# cache, made by the JVM at the exit of the first "diagnose" and mapped from the second run on:
# -XX:+AutoCreateSharedArchive on JDK 19+, -XX:ArchiveClassesAtExit on JDK 17 and 18, which cannot remake
# a stale one by themselves: the launcher notes what it was made for (this installation's jar, its size
# and time) in <archive>.for and remakes it when that changed. RDP_DOCTOR_CACHE_DIR chooses the folder.
$cacheRoot = if ($env:RDP_DOCTOR_CACHE_DIR) { $env:RDP_DOCTOR_CACHE_DIR }
    elseif ($env:LOCALAPPDATA) { Join-Path $env:LOCALAPPDATA 'rdp-doctor' }
    elseif ($env:XDG_CACHE_HOME) { Join-Path $env:XDG_CACHE_HOME 'rdp-doctor' }
    elseif ($HOME -and (Test-Path -LiteralPath (Join-Path (Join-Path $HOME 'Library') 'Caches'))) { Join-Path (Join-Path (Join-Path $HOME 'Library') 'Caches') 'rdp-doctor' }
    elseif ($HOME) { Join-Path (Join-Path $HOME '.cache') 'rdp-doctor' }
    else { Join-Path ([System.IO.Path]::GetTempPath()) 'rdp-doctor' }
$ownDir = Join-Path $cacheRoot '@RDP_DOCTOR_VERSION@'
$own = Join-Path $ownDir "$version.jsa"

# Whether this user may write archives into the folder (made if missing); never an error.
function Test-Writable([string] $dir) {
    try {
        [void] [System.IO.Directory]::CreateDirectory($dir)
        $probe = Join-Path $dir ('write-test.' + [System.Guid]::NewGuid().ToString('N'))
        [System.IO.File]::WriteAllBytes($probe, [byte[]] @())
        [System.IO.File]::Delete($probe)
        return $true
    } catch {
        return $false
    }
}

$fast = @()
$auto = @()
$publish = $null
$madeFor = $null
# The JDK's own archive (bin\server on Windows, lib/server elsewhere), which JDK 17/18 build theirs on.
$baseArchive = Join-Path (Join-Path (Join-Path (Split-Path -Parent (Split-Path -Parent $resolved)) $(if ($onWindows) { 'bin' } else { 'lib' })) 'server') 'classes.jsa'
$quiet = '-Xlog:cds=off'
$aot = Join-Path (Join-Path $libDir 'cds') "$version.aot"
$jsa = Join-Path (Join-Path $libDir 'cds') "$version.jsa"
$command = if ($args.Count -gt 0) { [string] $args[0] } else { '' }
$wantsHelp = $args.Count -gt 1 -and ($args[1] -eq '--help' -or $args[1] -eq '-h')
if ($env:RDP_DOCTOR_NO_CDS) {
    $archive = 'none (RDP_DOCTOR_NO_CDS is set)'
} elseif ($major -ge 25 -and (Test-Path -LiteralPath $aot)) {
    $fast = @("-XX:AOTCache=$aot"); $quiet = '-Xlog:aot=off'; $archive = "$aot (made with the distribution)"
} elseif (Test-Path -LiteralPath $jsa) {
    $fast = @("-XX:SharedArchiveFile=$jsa"); $archive = "$jsa (made with the distribution)"
} elseif ($major -lt 19 -and -not (Test-Path -LiteralPath $baseArchive)) {
    # (JDK 17 refuses to start with -XX:ArchiveClassesAtExit without its own base archive.)
    $archive = "none (Java $major makes one only on top of the JDK's own archive, server\classes.jsa, which this one lacks)"
} elseif ($major -lt 19 -and $libDir -match '[^A-Za-z0-9._/\\:+~,@=-]') {
    # (JDK 17 loads no class of a jar whose path has a space from its archive: measured, 17.0.15.)
    $archive = "none (Java $major uses one only for an installation whose path has no space nor other special character)"
} elseif ($own.Contains([string] [System.IO.Path]::PathSeparator)) {
    $archive = "none (the cache folder's path has a '$([System.IO.Path]::PathSeparator)', which the JVM would read as a list of archives)"
} else {
    # One the JVM made is ~30 MB; a smaller file (a dump cut short) would make it warn: remade instead.
    $ownFile = Get-Item -LiteralPath $own -ErrorAction SilentlyContinue
    if ($major -lt 19) {   # JDK 17/18: what the archive was made for
        $jar = Get-Item -LiteralPath (Join-Path $libDir 'rdp-doctor.jar')
        $madeFor = "$($jar.FullName) $($jar.Length) $($jar.LastWriteTimeUtc.Ticks)"
        $noted = $null
        try { $noted = [System.IO.File]::ReadAllText("$own.for").Trim() } catch { }
        if ($noted -ne $madeFor) { $ownFile = $null }
    }
    if ($ownFile -and $ownFile.Length -gt 1048576) {
        # Mapped; one the JVM cannot map (a Java or a jar changed in place) JDK 19+ remakes at exit.
        $fast = @("-XX:SharedArchiveFile=$own"); $archive = "$own (made on this machine)"
        if (-not $madeFor) { $auto = @('-XX:+AutoCreateSharedArchive') }
    } elseif (-not (Test-Writable $ownDir)) {
        $archive = "none (cannot write $ownDir)"
    } elseif ($command -ne 'diagnose' -or $wantsHelp) {
        $archive = "none yet: the next diagnose makes $own"   # (an archive of --version would miss most classes)
    } else {
        # Concurrent first runs each write their own file; a rename puts one whole archive in place.
        $publish = Join-Path $ownDir "$version.$PID.jsa.tmp"
        if ($madeFor) { $fast = @("-XX:ArchiveClassesAtExit=$publish") }
        else { $fast = @("-XX:SharedArchiveFile=$publish"); $auto = @('-XX:+AutoCreateSharedArchive') }
        $archive = "none yet: this run makes $own"
    }
}

if ($args.Count -gt 0 -and $args[0] -eq '--java') {
    "rdp-doctor: Java $version (from $found): $java"
    "rdp-doctor: installation $installDir"
    $model = Join-Path $libDir 'rule-model.jar'
    if (Test-Path -LiteralPath $model) { "rdp-doctor: rule model: $model" } else { 'rdp-doctor: rule model: none (the rules compile from DRL)' }
    "rdp-doctor: class-data archive: $archive"
    "rdp-doctor: per-user cache: $cacheRoot"
    exit 0
}

# Rules that are not the bundled ones (--rules DIR) are compiled once and kept in the per-user cache.
$cache = Join-Path $cacheRoot 'cache'
# One diagnosis is short-lived (C1 compiler, serial collector); a batch or serve runs long on every core.
$jvm = if ($args.Count -gt 0 -and ($args[0] -eq 'batch' -or $args[0] -eq 'serve')) { @('-Xmx512m', '-XX:+UseParallelGC') } else { @('-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC') }
# a batch: shallower inlining (C2's compile time was most of a batch's CPU, bench/RESULTS.md session 25)
if ($args.Count -gt 0 -and $args[0] -eq 'batch') { $jvm += @('-XX:InlineSmallCode=1000', '-XX:FreqInlineSize=100', '-XX:MaxInlineLevel=6') }
$extra = if ($env:RDP_DOCTOR_JAVA_OPTS) { $env:RDP_DOCTOR_JAVA_OPTS -split '\s+' | Where-Object { $_ } } else { @() }
$jarPath = Join-Path $libDir 'rdp-doctor.jar'
# The cds (aot) logs off: an archive this JVM cannot map, or cannot write, is skipped silently (it would
# warn on stderr). -Xlog:aot is JDK 25+ only, and -Xshare:auto must not be given with -XX:AOTCache.
& $java @jvm '-XX:-UsePerfData' '-Xlog:cds=off' '-Xlog:cds+dynamic=off' $quiet @fast @auto @extra `
    "-Drdpdoctor.home=$installDir" "-Drdpdoctor.cache=$cache" -cp $jarPath io.rdpdoctor.cli.RdpDoctor @args
if (-not $publish) { exit $LASTEXITCODE }
# The first diagnose with this Java: the JVM wrote the archive to this run's own file at exit; a rename
# (without replacing: one run's archive wins) puts it in place whole. Only a run that diagnosed (exit 0
# or 4) publishes it: one that stopped early (bad input, killed) lacks the engine's classes or is cut.
# On JDK 17/18 the archive it replaces is stale, and read-only (as the JVM writes it): deleted first;
# the note of what it was made for follows the archive.
$status = $LASTEXITCODE
try {
    if (($status -eq 0 -or $status -eq 4) -and (Test-Path -LiteralPath $publish)) {
        if ($madeFor -and (Test-Path -LiteralPath $own)) {
            [System.IO.File]::SetAttributes($own, [System.IO.FileAttributes]::Normal)
            [System.IO.File]::Delete($own)
        }
        if (-not (Test-Path -LiteralPath $own)) {
            [System.IO.File]::Move($publish, $own)
            if ($madeFor) { [System.IO.File]::WriteAllText("$own.for", $madeFor) }
        }
    }
} catch {
    # Another run put its archive in place first, or the folder went away: this one is not needed.
}
try { if (Test-Path -LiteralPath $publish) { [System.IO.File]::Delete($publish) } } catch { }
exit $status
