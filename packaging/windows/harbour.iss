; Inno Setup script for Harbour on Windows (see packaging/README.md).
;
; Build the bundle on Windows first (`make bundle`, or the PyInstaller command in the README),
; then compile this file with Inno Setup 6: iscc packaging\windows\harbour.iss
;
; A per-machine install (administrators only) under Program Files, with a Start menu entry and
; no desktop shortcut unless asked for: on a shared computer Harbour stays out of sight. It
; creates %ProgramData%\Harbour for the organisation policy, writable by administrators only.

[Setup]
AppId={{A06E6134-7FD2-485C-BE5F-60253088CB14}
AppName=Harbour
AppVersion=0.1.0
AppVerName=Harbour 0.1.0
AppPublisher=The Harbour developers
DefaultDirName={autopf}\Harbour
DefaultGroupName=Harbour
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=harbour-setup-0.1.0
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayName=Harbour
UninstallDisplayIcon={app}\harbour.exe

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "portuguese"; MessagesFile: "compiler:Languages\Portuguese.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Dirs]
Name: "{commonappdata}\Harbour"; Flags: uninsneveruninstall

[Files]
Source: "..\..\dist\harbour\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\policy.example.toml"; DestDir: "{commonappdata}\Harbour"; Flags: onlyifdoesntexist uninsneveruninstall

[Icons]
Name: "{autoprograms}\Harbour"; Filename: "{app}\harbour.exe"
Name: "{autodesktop}\Harbour"; Filename: "{app}\harbour.exe"; Tasks: desktopicon

[Run]
; Only administrators and the system may change the policy; everyone may read it.
Filename: "{sys}\icacls.exe"; Parameters: """{commonappdata}\Harbour"" /inheritance:r /grant:r *S-1-5-18:(OI)(CI)F *S-1-5-32-544:(OI)(CI)F *S-1-5-32-545:(OI)(CI)RX"; Flags: runhidden waituntilterminated
Filename: "{app}\harbour.exe"; Description: "{cm:LaunchProgram,Harbour}"; Flags: nowait postinstall skipifsilent unchecked
