; Inno Setup 6 script of Green Belt Desktop for Windows.
;
; Build (on Windows, after installer\build-windows.ps1 has frozen the program
; into dist\GreenBelt):  iscc installer\greenbelt.iss   ->  dist\GreenBelt-<version>-setup.exe
;
; What it does:
; - installs for the current user only (no administrator rights): the program in
;   %LOCALAPPDATA%\Programs\GreenBelt, a Start-menu shortcut, optionally a desktop one;
; - associates .gbundle files (signed bundles) with the application, per user;
; - IT departments install silently:  GreenBelt-<version>-setup.exe /VERYSILENT /SUPPRESSMSGBOXES
;   (/SILENT shows progress only; /DIR="…" chooses the folder; /TASKS="desktopicon" adds
;   the desktop shortcut; /LOG="file" writes a log);
; - portable mode (a USB stick): the task "portable" (/DIR="E:\GreenBelt" /TASKS="portable")
;   puts the marker file `portable` beside the program, so the data folder is
;   E:\GreenBelt\data, and writes no shortcuts, no file association and no registry entries;
; - the uninstaller removes the program only: the user's data (%LOCALAPPDATA%\SCO\GreenBelt,
;   or data\ beside a portable program) is never deleted;
; - nothing is downloaded, ever: there is no self-update; IT installs new versions
;   over the old one (same AppId), and the application upgrades the data after a backup.

#define AppName "Green Belt Desktop"
#define AppVersion GetEnv("GREENBELT_VERSION")
#if AppVersion == ""
  #define AppVersion "0.1.0"
#endif
#define AppPublisher "Shanghai Cooperation Organisation Secretariat"
#define AppExe "GreenBelt.exe"
#define CliExe "greenbelt-cli.exe"
#define ProgId "GreenBelt.Bundle"

[Setup]
AppId={{6F1C7E2A-4B5D-4C1E-9A8B-3D2F5E7A9C10}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
DefaultDirName={autopf}\GreenBelt
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=GreenBelt-{#AppVersion}-setup
SetupIconFile=images\greenbelt.ico
WizardImageFile=images\wizard.bmp
WizardSmallImageFile=images\wizard-small.bmp
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
ChangesAssociations=yes
CloseApplications=yes
RestartApplications=no
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "zh"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "portable"; Description: "Portable (USB stick): keep the data beside the program, no shortcuts or file association"; Flags: unchecked

[Files]
Source: "..\dist\GreenBelt\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "windows\portable"; DestDir: "{app}"; Tasks: portable; Flags: ignoreversion

[Dirs]
Name: "{app}\data"; Tasks: portable; Flags: uninsneveruninstall

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: not portable
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon and not portable

[Registry]
; The .gbundle association, for this user only (HKCU\Software\Classes).
Root: HKA; Subkey: "Software\Classes\.gbundle"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue; Tasks: not portable
Root: HKA; Subkey: "Software\Classes\.gbundle"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-greenbelt-bundle"; Flags: uninsdeletevalue; Tasks: not portable
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Green Belt bundle"; Flags: uninsdeletekey; Tasks: not portable
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: not portable
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: not portable
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".gbundle"; ValueData: ""; Flags: uninsdeletekey; Tasks: not portable

[Run]
; A quick headless check that the installed copy works; silent installs run it too.
Filename: "{app}\{#CliExe}"; Parameters: "selfcheck --no-gui"; Flags: runhidden waituntilterminated; StatusMsg: "Checking the installation…"
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself writes beside it; never the data folder.
Type: filesandordirs; Name: "{app}\__pycache__"
