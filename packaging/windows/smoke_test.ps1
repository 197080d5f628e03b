# Smoke test of a Windows installer on a CI runner (an administrator account):
#  1. per user: silent install, Start-menu shortcut, version resource, self-test of
#     the installed app (tramontane-cli.exe), a silent re-install over it (update),
#     silent uninstall that keeps the user's data;
#  2. per machine (/AllUsers): install into Program Files, the policy folder
#     %ProgramData%\Tramontane that users may read but not write, self-test, uninstall.
param([Parameter(Mandatory = $true)][string]$Setup)
$ErrorActionPreference = "Stop"
$env:QT_QPA_PLATFORM = "offscreen"

function Check($condition, $what) {
    if (-not $condition) { throw "FAILED: $what" }
    Write-Host "  ok  $what"
}

function SelfTest($dir) {
    & "$dir\tramontane-cli.exe" --self-test | Tee-Object -Variable report
    Check ($LASTEXITCODE -eq 0) "self-test passes ($dir)"
    Check (($report | Select-String "^Library\s+" | Where-Object { $_ -notmatch "<bundle>/" }).Count -eq 0) "every llama.cpp library comes from the bundle"
    Check (($report | Select-String "^Backend\s+CPU: used").Count -eq 1) "the CPU backend is used"
    Check (($report | Select-String "key in the keychain").Count -eq 1) "the key is in the Credential Manager"
}

Write-Host "== per user"
$dir = "$env:LOCALAPPDATA\Programs\Tramontane"
Start-Process $Setup -ArgumentList "/S" -Wait
Check (Test-Path "$env:APPDATA\Microsoft\Windows\Start Menu\Programs\Tramontane.lnk") "Start-menu shortcut"
Check ((Get-Item "$dir\tramontane.exe").VersionInfo.ProductName -eq "Tramontane") "tramontane.exe has a version resource"
SelfTest $dir
New-Item -ItemType Directory -Force "$env:LOCALAPPDATA\Tramontane" | Out-Null
Set-Content "$env:LOCALAPPDATA\Tramontane\keep-me.txt" "user data"
Start-Process $Setup -ArgumentList "/S" -Wait
Check (Test-Path "$dir\tramontane.exe") "an update over the installed version"
# _?= runs the uninstaller in place, so that -Wait waits for it.
Start-Process "$dir\uninstall.exe" -ArgumentList "/S", "_?=$dir" -Wait
Check (-not (Test-Path "$dir\tramontane.exe")) "the uninstaller removed the program"
Check (Test-Path "$env:LOCALAPPDATA\Tramontane\keep-me.txt") "a silent uninstall keeps the user's data"

Write-Host "== per machine"
$dir = "$env:ProgramFiles\Tramontane"
$p = Start-Process $Setup -ArgumentList "/S", "/AllUsers" -Wait -PassThru
Check ($p.ExitCode -eq 0) "per-machine install exits 0 (got $($p.ExitCode))"
Check (Test-Path "$dir\tramontane.exe") "installed into Program Files"
$acl = (Get-Acl "$env:ProgramData\Tramontane").Access
$users = $acl | Where-Object { $_.IdentityReference.Translate([System.Security.Principal.SecurityIdentifier]).Value -eq "S-1-5-32-545" }
Check ($users.Count -ge 1 -and -not ($users | Where-Object { $_.FileSystemRights -match "Write|Modify|FullControl|CreateFiles|AppendData" })) "users may read the policy folder but not write it"
SelfTest $dir
Start-Process "$dir\uninstall.exe" -ArgumentList "/S", "_?=$dir" -Wait
Check (-not (Test-Path "$dir\tramontane.exe")) "the per-machine uninstaller removed the program"
Write-Host "smoke test passed"
