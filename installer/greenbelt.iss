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
; - all users (administrators): /ALLUSERS puts it under Program Files, the shortcut in the
;   common Start menu and the association in HKLM (per user is the default, /CURRENTUSER);
; - portable mode (a USB stick): the task "portable" (/DIR="E:\GreenBelt" /TASKS="portable")
;   puts the marker file `portable` beside the program, so the data folder is
;   E:\GreenBelt\data, and writes no shortcuts, no file association and no registry entries
;   (no uninstaller either: deleting the folder removes it);
; - after copying, it runs the headless self-check (greenbelt-cli selfcheck --no-gui) and
;   writes its result to the log; a check that fails or cannot run never fails the install;
; - the uninstaller removes the program only: the user's data (%LOCALAPPDATA%\SCO\GreenBelt,
;   or data\ beside a portable program) is never deleted;
; - nothing is downloaded, ever: there is no self-update; IT installs new versions
;   over the old one (same AppId), and the application upgrades the data after a backup.

#define AppName "Green Belt Desktop"
; Settings a build may give on the command line (iscc /DName=value) or, for the
; version, in the environment (GREENBELT_VERSION):
;   AppVersion   the version (default: GREENBELT_VERSION, else 0.1.0)
;   PayloadDir   the frozen program folder (default: ..\dist\GreenBelt)
;   OutputDir    where the setup goes (default: ..\dist)
;   Compression  Inno's Compression value (default: lzma2/max)
;   SignTool     the name of a sign tool configured in the compiler
;                (iscc "/Ssigntool=signtool.exe sign /f cert.pfx /p … /fd sha256 /tr … /td sha256 $f"
;                /DSignTool=signtool): signs the setup and the uninstaller; off by default
#ifndef AppVersion
  #define AppVersion GetEnv("GREENBELT_VERSION")
  #if AppVersion == ""
    #define AppVersion "0.1.0"
  #endif
#endif
#ifndef PayloadDir
  #define PayloadDir "..\dist\GreenBelt"
#endif
#ifndef OutputDir
  #define OutputDir "..\dist"
#endif
#ifndef Compression
  #define Compression "lzma2/max"
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
DefaultDirName={code:DefaultAppDir}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=GreenBelt-{#AppVersion}-setup
SetupIconFile=images\greenbelt.ico
WizardImageFile=images\wizard.bmp
WizardSmallImageFile=images\wizard-small.bmp
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression={#Compression}
SolidCompression=yes
ChangesAssociations=yes
Uninstallable=not WizardIsTaskSelected('portable')
CloseApplications=yes
RestartApplications=no
WizardStyle=modern
#ifdef SignTool
; Signing (off unless /DSignTool=NAME is given with a matching /SNAME=… sign tool command):
; the setup and the uninstaller it writes are both signed.
SignTool={#SignTool}
SignedUninstaller=yes
#endif

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
; Chinese (Simplified) is not among Inno Setup's official translations: installer/languages/
; holds the project's own messages file (see installer/languages/README.md).
Name: "zh"; MessagesFile: "languages\ChineseSimplified.isl"

[CustomMessages]
en.PortableTask=Portable (USB stick): keep the data beside the program, no shortcuts or file association
ru.PortableTask=Переносная версия (USB-накопитель): данные рядом с программой, без ярлыков и связи с файлами
zh.PortableTask=便携版（U 盘）：数据保存在程序旁边，不创建快捷方式，不关联文件
en.SelfCheckRunning=Checking the installation…
ru.SelfCheckRunning=Проверка установки…
zh.SelfCheckRunning=正在检查安装…
en.SelfCheckFailed=The installation check did not pass (exit code %1). The program is installed; to see what is wrong, run "greenbelt-cli selfcheck" in its folder.
ru.SelfCheckFailed=Проверка установки не прошла (код %1). Программа установлена; чтобы узнать, в чём дело, запустите «greenbelt-cli selfcheck» в её папке.
zh.SelfCheckFailed=安装检查未通过（退出代码 %1）。程序已安装；要查看问题所在，请在程序文件夹中运行“greenbelt-cli selfcheck”。

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "portable"; Description: "{cm:PortableTask}"; Flags: unchecked

[Files]
Source: "{#PayloadDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "windows\portable"; DestDir: "{app}"; Tasks: portable; Flags: ignoreversion

[Dirs]
Name: "{app}\data"; Tasks: portable; Flags: uninsneveruninstall

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: not portable
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon and not portable

[Registry]
; The .gbundle association: HKCU\Software\Classes per user, HKLM\Software\Classes for all users.
Root: HKA; Subkey: "Software\Classes\.gbundle"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue uninsdeletekeyifempty; Tasks: not portable
Root: HKA; Subkey: "Software\Classes\.gbundle"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-greenbelt-bundle"; Flags: uninsdeletevalue uninsdeletekeyifempty; Tasks: not portable
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Green Belt bundle"; Flags: uninsdeletekey; Tasks: not portable
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: not portable
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: not portable
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; Flags: uninsdeletekeyifempty; Tasks: not portable
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".gbundle"; ValueData: ""; Flags: uninsdeletekey; Tasks: not portable

[Run]
; The headless self-check runs from [Code] (CurStepChanged) so that it can never fail the
; install: its result goes to the setup log (/LOG), and an interactive install says so.
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[InstallDelete]
; An upgrade replaces the frozen runtime whole: libraries of the older version that the new
; one no longer ships must not be left behind (the data folder is never touched).
Type: filesandordirs; Name: "{app}\_internal"

[UninstallDelete]
; Only what the program itself writes beside it; never the data folder.
Type: filesandordirs; Name: "{app}\__pycache__"

[Code]
{ The per-user Programs folder (FOLDERID_UserProgramFiles) for a per-user install, Program
  Files for an all-users one. Where the system cannot name the per-user folder (Wine 8
  answers SHGetKnownFolderPath with E_INVALIDARG for it), Windows' own default for it is
  used: %LOCALAPPDATA%\Programs. }
function DefaultAppDir(Param: String): String;
begin
  try
    Result := ExpandConstant('{autopf}');
  except
    Log('The per-user Programs folder is not known here; using %LOCALAPPDATA%\Programs.');
    Result := ExpandConstant('{localappdata}\Programs');
  end;
  Result := AddBackslash(Result) + 'GreenBelt';
end;

{ "greenbelt-cli selfcheck --no-gui" once the files are in place. Whatever happens (the
  program cannot start, or a check fails) the install itself succeeds: the result goes to
  the log, and only an interactive install shows a message. }
procedure RunSelfCheck();
var
  ResultCode: Integer;
  Cli: String;
begin
  Cli := ExpandConstant('{app}\{#CliExe}');
  if not FileExists(Cli) then begin
    Log('Self-check skipped: ' + Cli + ' is missing.');
    exit;
  end;
  WizardForm.StatusLabel.Caption := CustomMessage('SelfCheckRunning');
  if not Exec(Cli, 'selfcheck --no-gui', ExpandConstant('{app}'), SW_HIDE,
              ewWaitUntilTerminated, ResultCode) then
    Log(Format('Self-check could not run (error %d: %s); the install goes on.', [
      ResultCode, SysErrorMessage(ResultCode)]))
  else if ResultCode = 0 then
    Log('Self-check passed.')
  else begin
    Log(Format('Self-check failed with exit code %d; the install goes on.', [ResultCode]));
    if not WizardSilent() then
      MsgBox(FmtMessage(CustomMessage('SelfCheckFailed'), [IntToStr(ResultCode)]),
             mbInformation, MB_OK);
  end;
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if CurStep = ssPostInstall then
    RunSelfCheck();
end;
