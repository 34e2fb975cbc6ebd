@echo off
rem rdp-doctor launcher for Windows (cmd.exe). Needs only a Java runtime 17 or newer: JAVA_HOME if
rem set, else java.exe on the PATH. Runs from any working directory and from a folder whose path has
rem spaces; the bundled rules, the rule model and the class-data archives are found beside this
rem script (..\rules, ..\lib). Exit codes: those of rdp-doctor (README), and 7 when no usable Java
rem runtime is found. "rdp-doctor --java" says which Java it would use and which fast-start files it found.
rem RDP_DOCTOR_JAVA_OPTS adds JVM options; RDP_DOCTOR_NO_CDS=1 leaves the class-data archive out (none
rem used, none made); RDP_DOCTOR_CACHE_DIR chooses the per-user cache folder (docs\distribution.md).
setlocal EnableExtensions DisableDelayedExpansion

for %%I in ("%~dp0..") do set "RDP_HOME=%%~fI"
set "RDP_LIB=%RDP_HOME%\lib"
set "RDP_JAVA="
set "RDP_JAVA_HOME="
set "RDP_VERSION="

rem Which java: JAVA_HOME, else the PATH. (goto, not blocks: a path with parentheses, such as
rem "C:\Program Files (x86)", would end a parenthesised block early.)
if not defined JAVA_HOME goto :from_path
set "RDP_FOUND=JAVA_HOME"
set "RDP_JAVA=%JAVA_HOME%\bin\java.exe"
set "RDP_JAVA_HOME=%JAVA_HOME%"
if exist "%RDP_JAVA%" goto :version
set "RDP_WHY=JAVA_HOME is "%JAVA_HOME%", but it holds no bin\java.exe."
goto :no_java

:from_path
set "RDP_FOUND=PATH"
for %%J in (java.exe) do set "RDP_JAVA=%%~$PATH:J"
if defined RDP_JAVA goto :path_home
set "RDP_WHY=no java.exe on the PATH and JAVA_HOME is not set."
goto :no_java
:path_home
for %%J in ("%RDP_JAVA%") do set "RDP_JAVA_HOME=%%~dpJ.."

:version
rem The runtime's version from its release file (no extra JVM start), else from "java -version".
if not exist "%RDP_JAVA_HOME%\release" goto :version_from_java
for /f "usebackq tokens=1,* delims==" %%A in ("%RDP_JAVA_HOME%\release") do (
  if "%%A"=="JAVA_RUNTIME_VERSION" set "RDP_VERSION=%%~B"
)
if defined RDP_VERSION goto :check_version
for /f "usebackq tokens=1,* delims==" %%A in ("%RDP_JAVA_HOME%\release") do (
  if "%%A"=="JAVA_VERSION" set "RDP_VERSION=%%~B"
)
if defined RDP_VERSION goto :check_version
:version_from_java
for /f "tokens=3" %%V in ('call "%RDP_JAVA%" -version 2^>^&1 ^| findstr /i /c:"version"') do set "RDP_VERSION=%%~V"
if defined RDP_VERSION goto :check_version
set "RDP_WHY=%RDP_JAVA% (from %RDP_FOUND%) does not run or does not say its version."
goto :no_java

:check_version
set "RDP_MAJOR="
for /f "tokens=1,2 delims=.+-" %%A in ("%RDP_VERSION%") do (
  set "RDP_MAJOR=%%A"
  if "%%A"=="1" set "RDP_MAJOR=%%B"
)
if not defined RDP_MAJOR set "RDP_MAJOR=0"
if %RDP_MAJOR% GEQ 17 goto :fast_start
set "RDP_WHY=%RDP_JAVA% (from %RDP_FOUND%) is Java %RDP_VERSION%, too old."
goto :no_java

:fast_start
rem A class-data archive serves only the exact Java build that made it. First choice, the one the
rem build made (lib\cds\<version>.aot on JDK 25+, .jsa on 19+); else one of the user's own Java in
rem the per-user cache, made by the JVM at the exit of the first "diagnose" and mapped from the second
rem run on: -XX:+AutoCreateSharedArchive on JDK 19+, -XX:ArchiveClassesAtExit on JDK 17 and 18.
rem RDP_DOCTOR_CACHE_DIR chooses the per-user cache folder (default %LOCALAPPDATA%\rdp-doctor).
set "RDP_FAST="
set "RDP_AUTO="
set "RDP_PUBLISH="
set "RDP_QUIET=-Xlog:cds=off"
set "RDP_CACHE_ROOT=%RDP_DOCTOR_CACHE_DIR%"
if not defined RDP_CACHE_ROOT set "RDP_CACHE_ROOT=%LOCALAPPDATA%\rdp-doctor"
if not defined RDP_DOCTOR_CACHE_DIR if not defined LOCALAPPDATA set "RDP_CACHE_ROOT=%TEMP%\rdp-doctor"
set "RDP_OWN_DIR=%RDP_CACHE_ROOT%\@RDP_DOCTOR_VERSION@"
set "RDP_OWN=%RDP_OWN_DIR%\%RDP_VERSION%.jsa"
set "RDP_ARCHIVE=none (RDP_DOCTOR_NO_CDS is set)"
if defined RDP_DOCTOR_NO_CDS goto :run
if %RDP_MAJOR% LSS 25 goto :cds
if exist "%RDP_LIB%\cds\%RDP_VERSION%.aot" set RDP_FAST="-XX:AOTCache=%RDP_LIB%\cds\%RDP_VERSION%.aot"
if defined RDP_FAST set "RDP_QUIET=-Xlog:aot=off"
if defined RDP_FAST set "RDP_ARCHIVE=%RDP_LIB%\cds\%RDP_VERSION%.aot (made with the distribution)"
if defined RDP_FAST goto :run
:cds
if exist "%RDP_LIB%\cds\%RDP_VERSION%.jsa" set RDP_FAST="-XX:SharedArchiveFile=%RDP_LIB%\cds\%RDP_VERSION%.jsa"
if defined RDP_FAST set "RDP_ARCHIVE=%RDP_LIB%\cds\%RDP_VERSION%.jsa (made with the distribution)"
if defined RDP_FAST goto :run
rem JDK 17 and 18 make one only on top of the JDK's own archive (without it they refuse to start), and
rem cannot remake a stale one by themselves: the launcher notes what it was made for (this
rem installation's jar, its size and time) in <archive>.for and remakes it when that changed.
set "RDP_MADE_FOR="
if %RDP_MAJOR% GEQ 19 goto :own_checks
set "RDP_ARCHIVE=none (Java %RDP_MAJOR% makes one only on top of the JDK's own archive, bin\server\classes.jsa, which this one lacks)"
if not exist "%RDP_JAVA_HOME%\bin\server\classes.jsa" goto :run
rem (JDK 17 loads no class of a jar whose path has a space from its archive: measured, 17.0.15.)
set "RDP_ARCHIVE=none (Java %RDP_MAJOR% uses one only for an installation whose path has no space nor other special character)"
set "RDP_UNSPACED=%RDP_LIB: =%"
if not "%RDP_UNSPACED%"=="%RDP_LIB%" goto :run
for %%F in ("%RDP_LIB%\rdp-doctor.jar") do set "RDP_MADE_FOR=%%~fF %%~zF %%~tF"
:own_checks
set "RDP_ARCHIVE=none (the cache folder's path has a ';', which the JVM would read as a list of archives)"
set "RDP_UNLISTED=%RDP_OWN:;=%"
if not "%RDP_UNLISTED%"=="%RDP_OWN%" goto :run
rem One the JVM made is ~30 MB; a smaller file (a dump cut short) would make it warn: remade instead.
set "RDP_OWN_SIZE=0"
if exist "%RDP_OWN%" for %%F in ("%RDP_OWN%") do set "RDP_OWN_SIZE=%%~zF"
if %RDP_OWN_SIZE% LEQ 1048576 goto :make
if not defined RDP_MADE_FOR goto :own
set "RDP_STAMP="
if exist "%RDP_OWN%.for" set /p RDP_STAMP=<"%RDP_OWN%.for"
if "%RDP_STAMP%"=="RDP_MADE_FOR=%RDP_MADE_FOR%" goto :own
:make
rem Made only by a diagnose (an archive of --version would miss most classes), where it can be written.
if not exist "%RDP_OWN_DIR%\" mkdir "%RDP_OWN_DIR%" >nul 2>&1
set "RDP_PROBE=%RDP_OWN_DIR%\write-test.%RANDOM%%RANDOM%"
copy /y nul "%RDP_PROBE%" >nul 2>&1
set "RDP_ARCHIVE=none (cannot write %RDP_OWN_DIR%)"
if not exist "%RDP_PROBE%" goto :run
del /q "%RDP_PROBE%" >nul 2>&1
set "RDP_ARCHIVE=none yet: the next diagnose makes %RDP_OWN%"
if /i not "%~1"=="diagnose" goto :run
if /i "%~2"=="--help" goto :run
if /i "%~2"=="-h" goto :run
rem Concurrent first runs each write their own file; a rename puts one whole archive in place.
set "RDP_PUBLISH=%RDP_OWN_DIR%\%RDP_VERSION%.%RANDOM%%RANDOM%.jsa.tmp"
set RDP_FAST="-XX:SharedArchiveFile=%RDP_PUBLISH%"
set "RDP_AUTO=-XX:+AutoCreateSharedArchive"
set "RDP_ARCHIVE=none yet: this run makes %RDP_OWN%"
if not defined RDP_MADE_FOR goto :run
set RDP_FAST="-XX:ArchiveClassesAtExit=%RDP_PUBLISH%"
set "RDP_AUTO="
goto :run
:own
rem Mapped; one the JVM cannot map (a Java or a jar changed in place) JDK 19+ remakes at exit.
set RDP_FAST="-XX:SharedArchiveFile=%RDP_OWN%"
set "RDP_AUTO=-XX:+AutoCreateSharedArchive"
if defined RDP_MADE_FOR set "RDP_AUTO="
set "RDP_ARCHIVE=%RDP_OWN% (made on this machine)"
goto :run

:run
if /i not "%~1"=="--java" goto :launch
echo rdp-doctor: Java %RDP_VERSION% (from %RDP_FOUND%): %RDP_JAVA%
echo rdp-doctor: installation %RDP_HOME%
if exist "%RDP_LIB%\rule-model.jar" echo rdp-doctor: rule model: %RDP_LIB%\rule-model.jar
if not exist "%RDP_LIB%\rule-model.jar" echo rdp-doctor: rule model: none (the rules compile from DRL)
echo rdp-doctor: class-data archive: %RDP_ARCHIVE%
echo rdp-doctor: per-user cache: %RDP_CACHE_ROOT%
exit /b 0

:launch
rem Rules that are not the bundled ones (--rules DIR) are compiled once and kept in the per-user cache.
set "RDP_CACHE=%RDP_CACHE_ROOT%\cache"
rem One diagnosis is short-lived (C1 compiler, serial collector); a batch or serve runs long on every core.
set "RDP_JVM=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
if /i "%~1"=="batch" set "RDP_JVM=-Xmx512m -XX:+UseParallelGC -XX:InlineSmallCode=1000 -XX:FreqInlineSize=100 -XX:MaxInlineLevel=6"
if /i "%~1"=="serve" set "RDP_JVM=-Xmx512m -XX:+UseParallelGC"
rem The cds (aot) logs off: an archive this JVM cannot map, or cannot write, is skipped silently (it
rem would warn on stderr). -Xlog:aot is JDK 25+ only, and -Xshare:auto must not be given with -XX:AOTCache.
"%RDP_JAVA%" %RDP_JVM% -XX:-UsePerfData -Xlog:cds=off -Xlog:cds+dynamic=off %RDP_QUIET% %RDP_FAST% %RDP_AUTO% %RDP_DOCTOR_JAVA_OPTS% "-Drdpdoctor.home=%RDP_HOME%" "-Drdpdoctor.cache=%RDP_CACHE%" -cp "%RDP_LIB%\rdp-doctor.jar" io.rdpdoctor.cli.RdpDoctor %*
set "RDP_STATUS=%ERRORLEVEL%"
if not defined RDP_PUBLISH exit /b %RDP_STATUS%
rem The first diagnose with this Java: the JVM wrote the archive to this run's own file at exit; the
rem rename puts it in place whole (it fails, harmlessly, while another run has the archive mapped). Only
rem a run that diagnosed (exit 0 or 4) publishes it: one that stopped early lacks the engine's classes.
rem On JDK 17/18 the archive it replaces is stale, and read-only (as the JVM writes it): deleted first;
rem the note of what it was made for follows the archive.
if defined RDP_MADE_FOR if exist "%RDP_PUBLISH%" del /f /q "%RDP_OWN%" >nul 2>&1
if "%RDP_STATUS%"=="0" if exist "%RDP_PUBLISH%" move /y "%RDP_PUBLISH%" "%RDP_OWN%" >nul 2>&1
if "%RDP_STATUS%"=="4" if exist "%RDP_PUBLISH%" move /y "%RDP_PUBLISH%" "%RDP_OWN%" >nul 2>&1
if defined RDP_MADE_FOR if not exist "%RDP_PUBLISH%" if exist "%RDP_OWN%" set RDP_MADE_FOR>"%RDP_OWN%.for" 2>nul
if exist "%RDP_PUBLISH%" del /q "%RDP_PUBLISH%" >nul 2>&1
exit /b %RDP_STATUS%

:no_java
echo rdp-doctor: %RDP_WHY% 1>&2
echo rdp-doctor needs a Java runtime 17 or newer. Install one (for example Eclipse Temurin 17 or 21 from 1>&2
echo adoptium.net, or "winget install EclipseAdoptium.Temurin.21.JRE"), then set JAVA_HOME to its folder 1>&2
echo or put its bin folder on the PATH, and open a new window. 1>&2
exit /b 7
