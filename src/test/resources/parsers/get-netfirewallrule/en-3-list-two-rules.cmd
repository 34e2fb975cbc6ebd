Get-NetFirewallRule -Direction Inbound
