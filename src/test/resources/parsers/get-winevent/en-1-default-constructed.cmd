Get-WinEvent -LogName System -MaxEvents 2 | Format-List
