; Inno Setup 6 script for icvapp: installs the PyInstaller bundle (dist\icvapp) built by
; packaging\windows\build.ps1, which passes the defines below:
;
;   ISCC.exe /DAppVersion=0.1.0 /DSourceDir=dist\icvapp /DIconFile=build\windows\icvapp.ico
;            /DOutputDir=dist [/DSign "/Ssigntool=signtool.exe sign /fd SHA256 ... $f"] icvapp.iss
;
; Volunteers often have no administrator rights on their laptops: by default it installs for the
; current user only (no UAC prompt); an administrator can choose "all users" in the first page.

#ifndef AppVersion
  #error Pass /DAppVersion=X.Y.Z (build.ps1 does)
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\icvapp"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

[Setup]
; Never change AppId: Windows finds the installed copy to upgrade or remove by it.
AppId={{6C0F5E0B-3D0A-4C55-9B7E-8E2C1A9E4F21}
AppName=icvapp
AppVersion={#AppVersion}
AppVerName=icvapp {#AppVersion}
AppPublisher=icvapp developers
VersionInfoVersion={#AppVersion}
VersionInfoDescription=icvapp installer
DefaultDirName={autopf}\icvapp
DefaultGroupName=icvapp
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
OutputDir={#OutputDir}
OutputBaseFilename=icvapp-{#AppVersion}-windows-x64-setup
UninstallDisplayIcon={app}\icvapp.exe
UninstallDisplayName=icvapp
CloseApplications=yes
#ifdef IconFile
SetupIconFile={#IconFile}
#endif
#ifdef Sign
; With /DSign and /Ssigntool=...: signs the installer and the uninstaller it writes.
SignTool=signtool
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle. An upgrade first removes the old copy's files (below), so a
; library dropped from a later bundle is never left behind to be loaded by mistake.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\icvapp"; Filename: "{app}\icvapp.exe"; Comment: "Record, sign and report Independent Custody Visits"
Name: "{autodesktop}\icvapp"; Filename: "{app}\icvapp.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\icvapp.exe"; Description: "{cm:LaunchProgram,icvapp}"; Flags: nowait postinstall skipifsilent

; The profile (the encrypted database) lives in the user's data folder, not in {app}: uninstalling
; never deletes anyone's visits.
