Get-ItemProperty -Path $key.PSPath
