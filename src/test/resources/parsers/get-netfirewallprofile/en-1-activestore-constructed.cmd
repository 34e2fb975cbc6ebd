Get-NetFirewallProfile -PolicyStore ActiveStore
