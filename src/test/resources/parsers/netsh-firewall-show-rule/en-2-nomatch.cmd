netsh advfirewall firewall show rule name="Remote Desktop - User Mode (TCP-In)"
