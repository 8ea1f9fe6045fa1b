# Build Green Belt Desktop for Windows (run in PowerShell from the repository root).
# Needs: Python 3.11 (x64) from python.org, and Inno Setup 6 (iscc.exe) for the installer.
#   .\installer\build-windows.ps1            -> dist\GreenBelt\ (folder), the portable zip,
#                                               and dist\GreenBelt-<version>-setup.exe
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

$iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
$env:GREENBELT_VERSION = $version
& $iscc installer\greenbelt.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed." }
Write-Host "Built dist\GreenBelt-$version-setup.exe and $portable.zip"
