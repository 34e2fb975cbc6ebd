netsh advfirewall firewall show rule name="VagrantWinNFSd-1.4.0"
