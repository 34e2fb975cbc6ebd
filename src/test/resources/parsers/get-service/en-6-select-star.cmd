Get-Service -Name alg |Select-Object *
