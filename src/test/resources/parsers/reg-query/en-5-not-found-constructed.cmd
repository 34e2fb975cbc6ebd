reg query "HKLM\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services"
