certutil -store "Remote Desktop"
