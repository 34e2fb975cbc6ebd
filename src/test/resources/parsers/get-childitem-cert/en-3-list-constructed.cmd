Get-ChildItem "Cert:\LocalMachine\Remote Desktop" | Format-List
