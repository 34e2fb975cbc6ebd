netsh advfirewall firewall show rule name=all dir=in
