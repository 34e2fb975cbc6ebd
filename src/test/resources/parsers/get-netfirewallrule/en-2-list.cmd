Get-NetFirewallRule -Direction Outbound -Enabled True -Action Block
