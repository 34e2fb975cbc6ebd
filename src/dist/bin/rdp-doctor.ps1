<#
.SYNOPSIS
  rdp-doctor launcher for PowerShell (Windows PowerShell 5.1, PowerShell 7 on Windows, Linux, macOS).
.DESCRIPTION
  Needs only a Java runtime 17 or newer: JAVA_HOME if set, else java on the PATH. Runs from any
  working directory and from a folder whose path has spaces; the bundled rules, the rule model and
  the class-data archives are found beside this script (..\rules, ..\lib). Exit codes: those of
  rdp-doctor (README), and 7 when no usable Java runtime is found. "rdp-doctor.ps1 --java" says
  which Java it would use and which fast-start files it found.
  RDP_DOCTOR_JAVA_OPTS adds JVM options; RDP_DOCTOR_NO_CDS=1 leaves the class-data archive out.
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

# A class-data archive (JDK 19+: dynamic CDS; JDK 25: an AOT cache) serves only the exact Java build
# that made it at build time, and is named after its version; any other runtime gets none.
$fast = @()
$quiet = '-Xlog:cds=off'
if (-not $env:RDP_DOCTOR_NO_CDS) {
    $aot = Join-Path (Join-Path $libDir 'cds') "$version.aot"
    $jsa = Join-Path (Join-Path $libDir 'cds') "$version.jsa"
    if ($major -ge 25 -and (Test-Path -LiteralPath $aot)) { $fast = @("-XX:AOTCache=$aot"); $quiet = '-Xlog:aot=off' }
    elseif (Test-Path -LiteralPath $jsa) { $fast = @("-XX:SharedArchiveFile=$jsa") }
}

if ($args.Count -gt 0 -and $args[0] -eq '--java') {
    "rdp-doctor: Java $version (from $found): $java"
    "rdp-doctor: installation $installDir"
    $model = Join-Path $libDir 'rule-model.jar'
    if (Test-Path -LiteralPath $model) { "rdp-doctor: rule model: $model" } else { 'rdp-doctor: rule model: none (the rules compile from DRL)' }
    if ($fast.Count -gt 0) { "rdp-doctor: class-data archive: $($fast[0])" } else { 'rdp-doctor: class-data archive: none for this Java' }
    exit 0
}

# Rules that are not the bundled ones (--rules DIR) are compiled once and kept in a per-user cache.
$cacheRoot = if ($env:LOCALAPPDATA) { $env:LOCALAPPDATA } elseif ($env:XDG_CACHE_HOME) { $env:XDG_CACHE_HOME } else { Join-Path ([System.IO.Path]::GetTempPath()) 'rdp-doctor-cache' }
$cache = Join-Path (Join-Path $cacheRoot 'rdp-doctor') 'cache'
# One diagnosis is short-lived (C1 compiler, serial collector); a batch or serve runs long on every core.
$jvm = if ($args.Count -gt 0 -and ($args[0] -eq 'batch' -or $args[0] -eq 'serve')) { @('-Xmx512m', '-XX:+UseParallelGC') } else { @('-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC') }
$extra = if ($env:RDP_DOCTOR_JAVA_OPTS) { $env:RDP_DOCTOR_JAVA_OPTS -split '\s+' | Where-Object { $_ } } else { @() }
$jarPath = Join-Path $libDir 'rdp-doctor.jar'
# The cds (aot) logs off: an archive this JVM cannot map is skipped silently (it would warn on stderr).
# -Xlog:aot is JDK 25+ only, and -Xshare:auto must not be given with -XX:AOTCache.
& $java @jvm '-XX:-UsePerfData' '-Xlog:cds=off' '-Xlog:cds+dynamic=off' $quiet @fast @extra `
    "-Drdpdoctor.home=$installDir" "-Drdpdoctor.cache=$cache" -cp $jarPath io.rdpdoctor.cli.RdpDoctor @args
exit $LASTEXITCODE
