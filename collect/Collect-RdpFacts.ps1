<#
.SYNOPSIS
    Collects, read-only, what rdp-doctor needs to diagnose why Remote Desktop to this Windows server
    fails (or, with -Client, what the client side shows), into a capture folder and a zip.

.DESCRIPTION
    Runs read-only commands (reg query, sc query / sc qc, Get-Service, netstat -ano, tasklist /svc,
    qwinsta, query user, netsh ... show, Get-NetFirewallRule with its filters, Get-NetFirewallProfile,
    Get-NetConnectionProfile, gpresult /r /x /h, icacls of the MachineKeys folder, certutil -store,
    the Cert:\LocalMachine\Remote Desktop store, Win32_TSGeneralSetting and
    Win32_TerminalServiceSetting, bounded event-log queries, systeminfo, Get-HotFix,
    net localgroup, secedit /export of the user rights) and writes each output to a capture folder
    <HOST>-<yyyyMMdd-HHmmss>\ under -OutputPath. Every file is named by the id of the rdp-doctor
    parser that reads it (netstat-ano.txt, sc-query.txt, reg-query.txt, ...; docs/collector.md lists
    them); where one file holds the output of several commands (one sc query per service, one
    reg query per key), each output follows a prompt line "PS C:\> <command>", so rdp-doctor knows
    which command printed it. manifest.json says the host, the time (UTC), the OS, the collector's
    version, and for every command its file, exit code and error. A command that fails is recorded
    and the collection goes on. Finally the folder is zipped (Compress-Archive).

    It changes nothing on the machine: no Set-*, no reg add, no sc config, no netsh set, no
    icacls /grant; the only files it writes are in the capture folder and its zip. A test of the
    rdp-doctor project (CollectorScriptTest) checks this script statically: every command it runs
    is on a read-only allow-list and every file it writes has a parser.

    Text: the files it writes itself are UTF-8 (with a byte-order mark). Output of console programs
    is decoded with the console's code page, which is pinned to the system's OEM code page for the
    run (the code page those programs write in, whatever chcp a profile set) and restored at the
    end. gpresult /h and secedit /export write their own files in UTF-16, which rdp-doctor reads.

    Run it elevated (as Administrator): gpresult /scope computer, the Security log, secedit and
    some registry keys need it; without it those commands fail and say so in the manifest.

.PARAMETER OutputPath
    The folder in which the capture folder and its zip are created. Default: the current folder.

.PARAMETER Client
    Collect the client side instead: a port test to -Target (Test-NetConnection), name resolution
    (Resolve-DnsName, nslookup), ipconfig /all, and the client's error message (-ClientError).

.PARAMETER Target
    With -Client: the server the client connects to (name or address, as typed in the client).

.PARAMETER Port
    With -Client: the RDP port tested. Default 3389.

.PARAMETER ClientError
    With -Client (or on its own on the server): the text of the error the Remote Desktop client
    showed, as copied (Ctrl+C in the dialog). Written to client-error.txt.

.PARAMETER MaxEvents
    How many of the newest events each event-log query reads (wevtutil /c:N). Default 100.

.PARAMETER NoZip
    Leave the capture folder unzipped.

.EXAMPLE
    PS C:\> .\Collect-RdpFacts.ps1
    On the server, elevated: writes .\SRV01-20250314-093000\ and .\SRV01-20250314-093000.zip.

.EXAMPLE
    PS C:\> .\Collect-RdpFacts.ps1 -OutputPath C:\Temp -MaxEvents 300
    The same, under C:\Temp, reading the 300 newest events of each log.

.EXAMPLE
    PS C:\> .\Collect-RdpFacts.ps1 -Client -Target srv01.corp.example.com -ClientError "An authentication error has occurred."
    On the client: port test, name resolution, ipconfig /all and the client's message.

.NOTES
    Windows PowerShell 5.1 on Windows Server 2012 R2 to 2025 (and Windows 8.1 to 11 for -Client).
    On PowerShell 4.0 (an un-updated 2012 R2) it collects everything but cannot zip (no
    Compress-Archive): zip the folder by hand. Diagnose the result with
        ./rdp-doctor diagnose <folder>
    after unzipping. Documentation: docs/collector.md of rdp-doctor.
#>
[CmdletBinding()]
param(
    [string]$OutputPath = (Get-Location).Path,
    [switch]$Client,
    [string]$Target,
    [int]$Port = 3389,
    [string]$ClientError,
    [int]$MaxEvents = 100,
    [switch]$NoZip
)

Set-StrictMode -Version 2
$ErrorActionPreference = 'Continue'

$CollectorVersion = '1.0.0'
$Utf8 = New-Object System.Text.UTF8Encoding $true
$Commands = New-Object System.Collections.ArrayList
$Files = New-Object System.Collections.ArrayList

if ($Client -and -not $Target) {
    Write-Warning 'With -Client, say which server the client connects to: -Target <name or address>.'
    return
}

$HostName = $env:COMPUTERNAME
$Started = Get-Date
$CaptureName = $HostName + '-' + $Started.ToString('yyyyMMdd-HHmmss')
$CaptureDir = Join-Path $OutputPath $CaptureName
[System.IO.Directory]::CreateDirectory($CaptureDir) | Out-Null

# ------------------------------------------------------------------ writing

# Appends text to a file of the capture folder, UTF-8 with a byte-order mark. The only writer.
function Save-Text {
    param([Parameter(Mandatory = $true)][string]$File, [string]$Text)
    $path = Join-Path $CaptureDir $File
    [System.IO.File]::AppendAllText($path, $Text, $Utf8)
    if (-not $Files.Contains($File)) { $Files.Add($File) | Out-Null }
}

# Records one command in the manifest.
function Add-Record {
    param([string]$File, [string]$Command, $ExitCode, [string[]]$Errors, [datetime]$From)
    $Commands.Add([ordered]@{
        file     = $File
        command  = $Command
        exitCode = $ExitCode
        ok       = (($ExitCode -eq $null -or $ExitCode -eq 0) -and $Errors.Count -eq 0)
        errors   = @($Errors)
        seconds  = [math]::Round(((Get-Date) - $From).TotalSeconds, 1)
    }) | Out-Null
}

# Runs one read-only command (a literal script block) and appends its output to File after a
# prompt line naming the command. Error lines are written to the file only when the command
# printed nothing else (reg query's "unable to find the specified registry key" is the answer);
# they always go to the manifest. A failing command never stops the collection.
function Invoke-Capture {
    param(
        [Parameter(Mandatory = $true)][string]$File,
        [Parameter(Mandatory = $true)][scriptblock]$Run,
        [string]$Command
    )
    if (-not $Command) { $Command = $Run.ToString().Trim() }
    Write-Host ('  ' + $Command)
    $from = Get-Date
    $global:LASTEXITCODE = 0
    $output = @()
    $errors = @()
    try {
        $all = @(& $Run 2>&1)
        $output = @($all | Where-Object { $_ -isnot [System.Management.Automation.ErrorRecord] })
        $errors = @($all | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] } | ForEach-Object { $_.ToString() })
    } catch {
        $errors += $_.ToString()
    }
    $exit = $global:LASTEXITCODE
    $text = ''
    if ($output.Count -gt 0) { $text = ($output | Out-String -Width 4096) }
    if ($text.Trim().Length -eq 0 -and $errors.Count -gt 0) { $text = ($errors -join "`r`n") + "`r`n" }
    Save-Text -File $File -Text ("PS C:\> " + $Command + "`r`n" + $text.TrimEnd() + "`r`n`r`n")
    Add-Record -File $File -Command $Command -ExitCode $exit -Errors $errors -From $from
}

# Runs a read-only command that writes its own output file (gpresult /x, /h; secedit /export):
# the script block gets the file's full path. What the command prints goes to the manifest.
function Invoke-FileCapture {
    param(
        [Parameter(Mandatory = $true)][string]$File,
        [Parameter(Mandatory = $true)][scriptblock]$Run,
        [Parameter(Mandatory = $true)][string]$Command
    )
    Write-Host ('  ' + $Command)
    $from = Get-Date
    $global:LASTEXITCODE = 0
    $errors = @()
    $path = Join-Path $CaptureDir $File
    try {
        $all = @(& $Run $path 2>&1)
        $errors = @($all | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] } | ForEach-Object { $_.ToString() })
    } catch {
        $errors += $_.ToString()
    }
    $exit = $global:LASTEXITCODE
    if (Test-Path -LiteralPath $path) { $Files.Add($File) | Out-Null }
    elseif ($errors.Count -eq 0) { $errors += ('no file was written: ' + (($all | Out-String).Trim())) }
    Add-Record -File $File -Command $Command -ExitCode $exit -Errors $errors -From $from
}

# ------------------------------------------------------------------ console code page

$OriginalEncoding = $null
try {
    $OriginalEncoding = [Console]::OutputEncoding
    $oemcp = (Get-ItemProperty -Path 'HKLM:\SYSTEM\CurrentControlSet\Control\Nls\CodePage' -Name OEMCP).OEMCP
    [Console]::OutputEncoding = [System.Text.Encoding]::GetEncoding([int]$oemcp)
} catch {
    Write-Verbose ('console code page left as it is: ' + $_.ToString())
}

try {
    $identity = [System.Security.Principal.WindowsIdentity]::GetCurrent()
    $elevated = (New-Object System.Security.Principal.WindowsPrincipal $identity).IsInRole([System.Security.Principal.WindowsBuiltInRole]::Administrator)
    if (-not $elevated) { Write-Warning 'Not elevated: gpresult /scope computer, the Security log and secedit will fail (the manifest says so).' }

    Write-Host ('Collecting into ' + $CaptureDir)

    if (-not $Client) {
        # -------------------------------------------------------------- registry
        Invoke-Capture -File 'reg-query.txt' -Run { reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server" }
        Invoke-Capture -File 'reg-query.txt' -Run { reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" }
        Invoke-Capture -File 'reg-query.txt' -Run { reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\RCM\Licensing Core" }
        Invoke-Capture -File 'reg-query.txt' -Run { reg query "HKLM\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" }
        Invoke-Capture -File 'reg-query.txt' -Run { reg query "HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System\CredSSP\Parameters" }
        Invoke-Capture -File 'reg-query.txt' -Run { reg query "HKLM\SYSTEM\CurrentControlSet\Control\Lsa" }
        Invoke-Capture -File 'reg-query.txt' -Run { reg query "HKLM\SYSTEM\CurrentControlSet\Control\Lsa\MSV1_0" }
        Invoke-Capture -File 'reg-query.txt' -Run { reg query "HKLM\SYSTEM\CurrentControlSet\Control\Lsa\FIPSAlgorithmPolicy" }
        Invoke-Capture -File 'reg-query.txt' -Run { reg query "HKLM\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols" /s }
        Invoke-Capture -File 'reg-query.txt' -Run { reg query "HKLM\SOFTWARE\Policies\Microsoft\Cryptography\Configuration\SSL\00010002" }
        Invoke-Capture -File 'reg-query.txt' -Run { reg query "HKLM\SYSTEM\CurrentControlSet\Services\TermService" }
        Invoke-Capture -File 'reg-query.txt' -Run { reg query "HKLM\SYSTEM\CurrentControlSet\Services\TermService\Parameters" }

        # -------------------------------------------------------------- services
        Invoke-Capture -File 'sc-query.txt' -Run { sc.exe query TermService }
        Invoke-Capture -File 'sc-query.txt' -Run { sc.exe query SessionEnv }
        Invoke-Capture -File 'sc-query.txt' -Run { sc.exe query UmRdpService }
        Invoke-Capture -File 'sc-query.txt' -Run { sc.exe query CertPropSvc }
        Invoke-Capture -File 'sc-query.txt' -Run { sc.exe query KeyIso }
        Invoke-Capture -File 'sc-query.txt' -Run { sc.exe query CryptSvc }
        Invoke-Capture -File 'sc-query.txt' -Run { sc.exe query MpsSvc }
        Invoke-Capture -File 'sc-query.txt' -Run { sc.exe query BFE }
        Invoke-Capture -File 'sc-qc.txt' -Run { sc.exe qc TermService }
        Invoke-Capture -File 'sc-qc.txt' -Run { sc.exe qc SessionEnv }
        Invoke-Capture -File 'sc-qc.txt' -Run { sc.exe qc UmRdpService }
        Invoke-Capture -File 'sc-qc.txt' -Run { sc.exe qc CertPropSvc }
        Invoke-Capture -File 'sc-qc.txt' -Run { sc.exe qc KeyIso }
        Invoke-Capture -File 'sc-qc.txt' -Run { sc.exe qc CryptSvc }
        Invoke-Capture -File 'sc-qc.txt' -Run { sc.exe qc MpsSvc }
        Invoke-Capture -File 'sc-qc.txt' -Run { sc.exe qc BFE }
        Invoke-Capture -File 'get-service.txt' -Run { Get-Service -Name TermService, SessionEnv, UmRdpService, CertPropSvc, KeyIso, CryptSvc, MpsSvc, BFE | Format-List Name, DisplayName, Status, StartType }

        # -------------------------------------------------------------- listeners, processes, sessions
        Invoke-Capture -File 'netstat-ano.txt' -Run { netstat -ano }
        Invoke-Capture -File 'tasklist-svc.txt' -Run { tasklist /svc }
        Invoke-Capture -File 'qwinsta.txt' -Run { qwinsta }
        Invoke-Capture -File 'query-user.txt' -Run { query user }

        # -------------------------------------------------------------- firewall
        Invoke-Capture -File 'netsh-firewall-show-rule.txt' -Run { netsh advfirewall firewall show rule name=all dir=in verbose }
        Invoke-Capture -File 'netsh-advfirewall-show-allprofiles.txt' -Run { netsh advfirewall show allprofiles }
        Invoke-Capture -File 'get-netfirewallrule.txt' -Run { Get-NetFirewallRule -Direction Inbound | ForEach-Object { $_; $_ | Get-NetFirewallPortFilter; $_ | Get-NetFirewallAddressFilter } }
        Invoke-Capture -File 'get-netfirewallprofile.txt' -Run { Get-NetFirewallProfile -PolicyStore ActiveStore }
        Invoke-Capture -File 'get-netconnectionprofile.txt' -Run { Get-NetConnectionProfile }

        # -------------------------------------------------------------- group policy
        Invoke-Capture -File 'gpresult-r.txt' -Run { gpresult /r /scope computer }
        Invoke-FileCapture -File 'gpresult-x.xml' -Command 'gpresult /scope computer /x gpresult-x.xml /f' -Run { param($f) gpresult /scope computer /x $f /f }
        Invoke-FileCapture -File 'gpresult-h.html' -Command 'gpresult /scope computer /h gpresult-h.html /f' -Run { param($f) gpresult /scope computer /h $f /f }

        # -------------------------------------------------------------- certificate and its key
        $MachineKeys = Join-Path $env:ProgramData 'Microsoft\Crypto\RSA\MachineKeys'
        Invoke-Capture -File 'icacls.txt' -Command ('icacls ' + $MachineKeys) -Run { icacls $MachineKeys }
        Invoke-Capture -File 'icacls.txt' -Command ('icacls ' + $MachineKeys + '\f686aace6942fb7f7ceb231212eef4a4_*') -Run { icacls (Join-Path $MachineKeys 'f686aace6942fb7f7ceb231212eef4a4_*') }
        Invoke-Capture -File 'certutil-store.txt' -Run { certutil -store "Remote Desktop" }
        Invoke-Capture -File 'get-childitem-cert.txt' -Run { Get-ChildItem "Cert:\LocalMachine\Remote Desktop" | Format-List }

        # -------------------------------------------------------------- Remote Desktop settings (WMI)
        Invoke-Capture -File 'win32-tsgeneralsetting.txt' -Run { Get-CimInstance -Namespace root/cimv2/TerminalServices -ClassName Win32_TSGeneralSetting -Filter "TerminalName='RDP-Tcp'" | Format-List }
        Invoke-Capture -File 'win32-terminalservicesetting.txt' -Command 'Get-CimInstance -Namespace root/cimv2/TerminalServices -ClassName Win32_TerminalServiceSetting | Format-List, then | Invoke-CimMethod -MethodName GetGracePeriodDays and GetSpecifiedLicenseServerList' -Run { $ts = Get-CimInstance -Namespace root/cimv2/TerminalServices -ClassName Win32_TerminalServiceSetting; $ts | Format-List; $ts | Invoke-CimMethod -MethodName GetGracePeriodDays | Format-List DaysLeft, ReturnValue; $ts | Invoke-CimMethod -MethodName GetSpecifiedLicenseServerList | Format-List SpecifiedLSList, ReturnValue }

        # -------------------------------------------------------------- event logs (newest first, bounded)
        Invoke-Capture -File 'wevtutil-qe.txt' -Command "wevtutil qe System /c:$MaxEvents /rd:true /f:text" -Run { wevtutil qe System /c:$MaxEvents /rd:true /f:text }
        Invoke-Capture -File 'wevtutil-qe.txt' -Command "wevtutil qe Application /c:$MaxEvents /rd:true /f:text" -Run { wevtutil qe Application /c:$MaxEvents /rd:true /f:text }
        Invoke-Capture -File 'wevtutil-qe.txt' -Command "wevtutil qe Security /q:`"*[System[(EventID=4625 or EventID=4740)]]`" /c:$MaxEvents /rd:true /f:text" -Run { wevtutil qe Security /q:"*[System[(EventID=4625 or EventID=4740)]]" /c:$MaxEvents /rd:true /f:text }
        Invoke-Capture -File 'wevtutil-qe.txt' -Command "wevtutil qe Microsoft-Windows-TerminalServices-RemoteConnectionManager/Operational /c:$MaxEvents /rd:true /f:text" -Run { wevtutil qe Microsoft-Windows-TerminalServices-RemoteConnectionManager/Operational /c:$MaxEvents /rd:true /f:text }
        Invoke-Capture -File 'wevtutil-qe.txt' -Command "wevtutil qe Microsoft-Windows-TerminalServices-LocalSessionManager/Operational /c:$MaxEvents /rd:true /f:text" -Run { wevtutil qe Microsoft-Windows-TerminalServices-LocalSessionManager/Operational /c:$MaxEvents /rd:true /f:text }
        Invoke-Capture -File 'wevtutil-qe.txt' -Command "wevtutil qe Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational /c:$MaxEvents /rd:true /f:text" -Run { wevtutil qe Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational /c:$MaxEvents /rd:true /f:text }

        # -------------------------------------------------------------- host, updates, accounts
        Invoke-Capture -File 'systeminfo.txt' -Run { systeminfo }
        Invoke-Capture -File 'get-hotfix.txt' -Run { Get-HotFix }
        # group names are localized (Remotedesktopbenutzer, Utilisateurs du Bureau à distance ...):
        # take them from their well-known SIDs
        $RduGroup = (New-Object System.Security.Principal.SecurityIdentifier 'S-1-5-32-555').Translate([System.Security.Principal.NTAccount]).Value.Split('\')[-1]
        $AdminGroup = (New-Object System.Security.Principal.SecurityIdentifier 'S-1-5-32-544').Translate([System.Security.Principal.NTAccount]).Value.Split('\')[-1]
        Invoke-Capture -File 'net-localgroup.txt' -Command ('net localgroup "' + $RduGroup + '"') -Run { net localgroup $RduGroup }
        Invoke-Capture -File 'net-localgroup.txt' -Command ('net localgroup "' + $AdminGroup + '"') -Run { net localgroup $AdminGroup }
        # the user rights (SeRemoteInteractiveLogonRight, SeDenyRemoteInteractiveLogonRight ...);
        # its log goes to a hidden file of the capture folder (rdp-doctor skips hidden files)
        Invoke-FileCapture -File 'secedit-export.inf' -Command 'secedit /export /cfg secedit-export.inf /areas USER_RIGHTS' -Run { param($f) secedit /export /cfg $f /areas USER_RIGHTS /log (Join-Path $CaptureDir '.secedit-export.log') /quiet }
    }

    if ($Client) {
        # -------------------------------------------------------------- client side
        Invoke-Capture -File 'test-netconnection.txt' -Command ('Test-NetConnection -ComputerName ' + $Target + ' -Port ' + $Port) -Run { Test-NetConnection -ComputerName $Target -Port $Port }
        Invoke-Capture -File 'resolve-dnsname.txt' -Command ('Resolve-DnsName -Name ' + $Target) -Run { Resolve-DnsName -Name $Target }
        Invoke-Capture -File 'nslookup.txt' -Command ('nslookup ' + $Target) -Run { nslookup $Target }
        Invoke-Capture -File 'ipconfig-all.txt' -Run { ipconfig /all }
    }

    if ($ClientError) {
        Save-Text -File 'client-error.txt' -Text ($ClientError.Trim() + "`r`n")
    }

    # ------------------------------------------------------------------ manifest
    $os = $null
    try { $os = Get-CimInstance -ClassName Win32_OperatingSystem } catch { Write-Verbose $_.ToString() }
    $manifest = [ordered]@{
        host             = $HostName
        time             = $Started.ToUniversalTime().ToString('yyyy-MM-ddTHH:mm:ssZ')
        role             = $(if ($Client) { 'client' } else { 'server' })
        target           = $(if ($Client) { $Target + ':' + $Port } else { $null })
        os               = [ordered]@{
            caption = $(if ($os) { $os.Caption } else { $null })
            version = $(if ($os) { $os.Version } else { $null })
            build   = $(if ($os) { $os.BuildNumber } else { $null })
        }
        collector        = 'Collect-RdpFacts.ps1'
        collectorVersion = $CollectorVersion
        powershell       = $PSVersionTable.PSVersion.ToString()
        elevated         = $elevated
        files            = @($Files)
        commands         = @($Commands)
    }
    Save-Text -File 'manifest.json' -Text ($manifest | ConvertTo-Json -Depth 5)
} finally {
    if ($OriginalEncoding) {
        try { [Console]::OutputEncoding = $OriginalEncoding } catch { Write-Verbose $_.ToString() }
    }
}

# ---------------------------------------------------------------------- zip
$failed = @($Commands | Where-Object { -not $_.ok }).Count
Write-Host ('{0} commands, {1} failed (see manifest.json): {2}' -f $Commands.Count, $failed, $CaptureDir)
if (-not $NoZip) {
    if (Get-Command -Name Compress-Archive -ErrorAction SilentlyContinue) {
        Compress-Archive -Path $CaptureDir -DestinationPath ($CaptureDir + '.zip')
        Write-Host ('Zipped: ' + $CaptureDir + '.zip')
    } else {
        Write-Warning 'Compress-Archive needs PowerShell 5: zip the capture folder by hand.'
    }
}
Write-Host 'Diagnose it with: rdp-doctor diagnose <the zip, as it is, or the capture folder>'
