<#
.SYNOPSIS
  Build icvapp for Windows: the PyInstaller bundle (dist\icvapp), then the Inno Setup installer
  (dist\icvapp-VERSION-windows-x64-setup.exe), both code-signed when a certificate is given.

.DESCRIPTION
  Needs: Python 3.11+ (64-bit, from python.org) as `py`, Inno Setup 6 (ISCC.exe), and for signing
  the Windows SDK's signtool.exe with a code-signing certificate in the certificate store (or on a
  hardware token / cloud HSM that signtool can reach).

  Not run in this project's CI (which is Linux); see packaging\README.md.

.EXAMPLE
  powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
.EXAMPLE
  # signed: the SHA-1 thumbprint of the code-signing certificate in CurrentUser\My or LocalMachine\My
  powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1 -CertThumbprint 0123ABCD...
#>
param(
    [string]$CertThumbprint = $env:ICVAPP_SIGN_THUMBPRINT,
    [string]$TimestampUrl = "http://timestamp.digicert.com",
    [string]$Python = "py",
    [string]$Iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe",
    [string]$SignTool = "signtool.exe"
)
$ErrorActionPreference = "Stop"
$Root = (Resolve-Path "$PSScriptRoot\..\..").Path
Set-Location $Root
$Work = "$Root\build\windows"
$Dist = "$Root\dist"
New-Item -ItemType Directory -Force $Work, $Dist | Out-Null

function Invoke-Checked([string]$Exe, [string[]]$Arguments) {
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Exe failed ($LASTEXITCODE): $Arguments" }
}

function Sign-Files([string[]]$Files) {
    if (-not $CertThumbprint) { Write-Warning "Not signed (no -CertThumbprint): SmartScreen will warn users."; return }
    # SHA-256 file digest, RFC 3161 timestamp: the signature stays valid after the certificate expires.
    Invoke-Checked $SignTool (@("sign", "/sha1", $CertThumbprint, "/fd", "SHA256", "/tr", $TimestampUrl,
                                "/td", "SHA256", "/d", "icvapp") + $Files)
    Invoke-Checked $SignTool (@("verify", "/pa", "/v") + $Files)
}

# 1. A build venv with the app's dependencies and PyInstaller (+ Pillow for the .ico).
$Venv = "$Work\venv"
if (-not (Test-Path "$Venv\Scripts\python.exe")) { Invoke-Checked $Python @("-3.11", "-m", "venv", $Venv) }
$Py = "$Venv\Scripts\python.exe"
Invoke-Checked $Py @("-m", "pip", "install", "-q", "--upgrade", "pip")
Invoke-Checked $Py @("-m", "pip", "install", "-q", "$Root[test]")

# 2. The bundle (packaging\icvapp.spec builds the wheel from a clean copy of the sources and bundles it:
#    icvapp.exe, windowed, and icvapp-cli.exe, the same program with a console, for the command line).
$Version = (& $Py -c "import icvapp; print(icvapp.__version__)").Trim()
Invoke-Checked $Py @("-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                     "--distpath", $Dist, "--workpath", "$Work\pyinstaller", "packaging\icvapp.spec")
Invoke-Checked "$Dist\icvapp\icvapp-cli.exe" @("--version")

# 3. Sign the executables (users and SmartScreen see these), then build and sign the installer.
Sign-Files @("$Dist\icvapp\icvapp.exe", "$Dist\icvapp\icvapp-cli.exe")

$Icon = "$Work\icvapp.ico"
Invoke-Checked $Py @("packaging\render_icon.py", "resources\icons\icvapp.svg", "$Work\icvapp-256.png", "256")
Invoke-Checked $Py @("-c", "from PIL import Image; Image.open(r'$Work\icvapp-256.png').save(r'$Icon', sizes=[(16,16),(24,24),(32,32),(48,48),(64,64),(128,128),(256,256)])")

$IsccArgs = @("/Q", "/DAppVersion=$Version", "/DSourceDir=$Dist\icvapp", "/DIconFile=$Icon", "/DOutputDir=$Dist")
if ($CertThumbprint) {
    # Inno Setup calls this for the installer and for the uninstaller it embeds ($f = the file).
    $IsccArgs += @("/DSign", "/Ssigntool=`"$SignTool`" sign /sha1 $CertThumbprint /fd SHA256 /tr $TimestampUrl /td SHA256 /d icvapp `$f")
}
Invoke-Checked $Iscc ($IsccArgs + @("packaging\windows\icvapp.iss"))
$Setup = "$Dist\icvapp-$Version-windows-x64-setup.exe"
if ($CertThumbprint) { Invoke-Checked $SignTool @("verify", "/pa", "/v", $Setup) }

# 4. A zip of the bundle, for users who cannot run installers.
Compress-Archive -Force -Path "$Dist\icvapp" -DestinationPath "$Dist\icvapp-$Version-windows-x64.zip"
Write-Host "Built $Setup"
