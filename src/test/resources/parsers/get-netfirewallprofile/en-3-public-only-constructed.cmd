Get-NetFirewallProfile -Name Public -PolicyStore ActiveStore
