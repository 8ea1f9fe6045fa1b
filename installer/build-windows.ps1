# Build Green Belt Desktop for Windows (run in PowerShell from the repository root).
# Needs: Python 3.11 (x64) from python.org, and the Inno Setup 6 compiler: $env:ISCC, else
# iscc.exe on PATH or in Program Files, else the npm package innosetup-compiler 6.3.1 (the
# one the Linux build uses), installed into build\innosetup when npm is there.
#   .\installer\build-windows.ps1            -> dist\GreenBelt\ (folder), the portable zip,
#                                               and dist\GreenBelt-<version>-setup.exe
# Signing (off unless asked): $env:GREENBELT_SIGN_CERT (a .pfx file) and
# $env:GREENBELT_SIGN_PASSWORD sign the setup and its uninstaller with signtool.exe (from
# the Windows SDK, or $env:SIGNTOOL), through Inno Setup's SignTool directive, with an
# RFC 3161 time stamp ($env:GREENBELT_SIGN_TIMESTAMP, default http://timestamp.digicert.com).
# .github/workflows/windows.yml runs this script on windows-latest.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")

if (-not (Test-Path .venv)) { py -3.11 -m venv .venv }
.\.venv\Scripts\python -m pip install --quiet --upgrade pip
.\.venv\Scripts\python -m pip install --quiet -e ".[dist,postgresql]"

# Compile the translations (.ts -> .qm) the program loads.
New-Item -ItemType Directory -Force greenbelt_desktop\gui\i18n | Out-Null
Get-ChildItem translations\*.ts | ForEach-Object {
    .\.venv\Scripts\pyside6-lrelease -silent $_.FullName -qm ("greenbelt_desktop\gui\i18n\" + $_.BaseName + ".qm")
}

.\.venv\Scripts\python -m PyInstaller --noconfirm --distpath dist --workpath build\pyinstaller installer\greenbelt.spec
$version = .\.venv\Scripts\python -c "import greenbelt_desktop; print(greenbelt_desktop.__version__)"
Copy-Item README.md dist\GreenBelt\README.md
$env:QT_QPA_PLATFORM = "offscreen"
.\dist\GreenBelt\greenbelt-cli.exe selfcheck
if ($LASTEXITCODE -ne 0) { throw "The frozen program failed its self-check." }
Remove-Item Env:\QT_QPA_PLATFORM

# Portable zip: the same folder with the `portable` marker (data stays in .\data).
$portable = "dist\GreenBelt-$version-windows-portable"
if (Test-Path $portable) { Remove-Item -Recurse -Force $portable }
Copy-Item -Recurse dist\GreenBelt $portable
New-Item -ItemType File (Join-Path $portable "portable") | Out-Null
Compress-Archive -Force -Path $portable -DestinationPath "$portable.zip"

$iscc = $env:ISCC
if (-not $iscc) { $iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source }
if (-not $iscc -and (Test-Path "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe")) {
    $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe"
}
if (-not $iscc) {
    npm install --prefix build\innosetup --no-audit --no-fund --no-save innosetup-compiler@6.3.1
    if ($LASTEXITCODE -ne 0) { throw "No Inno Setup compiler: install Inno Setup 6 or Node.js (npm)." }
    $iscc = "build\innosetup\node_modules\innosetup-compiler\bin\ISCC.exe"
}
$isccArgs = @("/DAppVersion=$version")
if ($env:GREENBELT_SIGN_CERT) {
    $signtool = $env:SIGNTOOL
    if (-not $signtool) {
        $signtool = (Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" |
            Sort-Object FullName | Select-Object -Last 1).FullName
    }
    if (-not $signtool) { throw "GREENBELT_SIGN_CERT is set but signtool.exe was not found (set SIGNTOOL)." }
    $stamp = if ($env:GREENBELT_SIGN_TIMESTAMP) { $env:GREENBELT_SIGN_TIMESTAMP } else { "http://timestamp.digicert.com" }
    # Inno Setup replaces $f with the file to sign, and $q with a double quote.
    $isccArgs += "/Ssigntool=`$q$signtool`$q sign /fd sha256 /f `$q$($env:GREENBELT_SIGN_CERT)`$q /p `$q$($env:GREENBELT_SIGN_PASSWORD)`$q /tr $stamp /td sha256 `$f"
    $isccArgs += "/DSignTool=signtool"
    Write-Host "Signing the setup with $signtool"
}
& $iscc @isccArgs installer\greenbelt.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed." }
Write-Host "Built dist\GreenBelt-$version-setup.exe and $portable.zip"
