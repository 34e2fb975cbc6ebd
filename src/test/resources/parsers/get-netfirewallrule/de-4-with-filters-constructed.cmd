Get-NetFirewallRule -Direction Inbound | ForEach-Object { $_; $_ | Get-NetFirewallPortFilter; $_ | Get-NetFirewallAddressFilter }
