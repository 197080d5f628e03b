; Tramontane's Windows installer. Compile with packaging/windows/make_installer.py
; (CI and `make package` both run it), which passes:
;   VERSION          the version as written (0.2.0, 0.2.0rc1)
;   VERSION_NUMBERS  four numbers for Windows' version fields (0.2.0.1000, 0.2.0.301)
;   SOURCE           the PyInstaller bundle folder
;   ICON, OUTFILE    the icon; the installer's path (its folder must exist)
;   SIGN             optional: a signtool command line; the installer and the
;                    uninstaller are signed with it ("%1" is the file)
;   SIDE_MODEL       optional (the model flavour): a model file name the installer
;                    copies from its own folder (NSIS installers cannot exceed 2 GB)
;
; Two modes:
;   per user (the default, no administrator rights): %LOCALAPPDATA%\Programs\Tramontane,
;     Start-menu shortcut and "Installed apps" entry for this user (HKCU);
;   per machine, for IT (/AllUsers, run as administrator, e.g. silently with /S):
;     %ProgramFiles%\Tramontane, shortcuts for everyone (HKLM), and the policy folder
;     %ProgramData%\Tramontane created so that only administrators and SYSTEM may
;     write it (users read); Tramontane reads policy.json there (docs/administrators.md).
; Each user's conversations and settings live in %LOCALAPPDATA%\Tramontane, apart from
; the program. The uninstaller asks whether to delete them and their key (silently:
; only with /REMOVEDATA).

Unicode true
SetCompressor /SOLID lzma
RequestExecutionLevel user
ManifestDPIAware true

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef VERSION_NUMBERS
  !define VERSION_NUMBERS "0.0.0.0"
!endif
!ifndef SOURCE
  !error "define SOURCE, the PyInstaller bundle folder (build\dist\tramontane)"
!endif
!ifndef OUTFILE
  !define OUTFILE "Tramontane-${VERSION}-windows-x64-setup.exe"
!endif
!ifdef SIGN
  !finalize '${SIGN} "%1"' = 0
  !uninstfinalize '${SIGN} "%1"' = 0
!endif
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Tramontane"

Name "Tramontane"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\Tramontane"
BrandingText "Tramontane ${VERSION}"

VIProductVersion "${VERSION_NUMBERS}"
VIFileVersion "${VERSION_NUMBERS}"
VIAddVersionKey "ProductName" "Tramontane"
VIAddVersionKey "CompanyName" "Tramontane"
VIAddVersionKey "FileDescription" "Tramontane installer"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "LegalCopyright" "Tramontane maintainers, Apache-2.0"

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"
!include "x64.nsh"
!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!define MUI_FINISHPAGE_RUN "$INSTDIR\tramontane.exe"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

Var AllUsers      ; 1: per machine
Var RootKey       ; HKCU or HKLM, as text for the messages below

!macro IS_ADMIN result
  UserInfo::GetAccountType
  Pop ${result}
!macroend

; A running Tramontane (its window, its console twin or its model process) keeps
; tramontane.exe open; Windows refuses to open a running program for writing.
!macro WAIT_UNTIL_CLOSED
  ${DoWhile} ${FileExists} "$INSTDIR\tramontane.exe"
    ClearErrors
    FileOpen $0 "$INSTDIR\tramontane.exe" a
    ${IfNot} ${Errors}
      FileClose $0
      ${Break}
    ${EndIf}
    IfSilent 0 +3
      SetErrorLevel 5
      Quit
    MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "Tramontane is running. Close it (and wait a few seconds), then click Retry." /SD IDCANCEL IDRETRY +2
    Quit
  ${Loop}
!macroend

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "Tramontane needs a 64-bit Windows." /SD IDOK
    Quit
  ${EndIf}
  SetRegView 64
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/AllUsers" $R1
  ${If} ${Errors}
    StrCpy $AllUsers 0
  ${Else}
    StrCpy $AllUsers 1
  ${EndIf}
  ${If} $AllUsers == 1
    !insertmacro IS_ADMIN $R2
    ${If} $R2 != "Admin"
      MessageBox MB_ICONSTOP "Installing for all users needs an administrator: run the installer as administrator." /SD IDOK
      SetErrorLevel 740
      Quit
    ${EndIf}
    SetShellVarContext all
    ; /D= sets $INSTDIR before this runs: keep it when it was given.
    ${If} $INSTDIR == "$LOCALAPPDATA\Programs\Tramontane"
      StrCpy $INSTDIR "$PROGRAMFILES64\Tramontane"
    ${EndIf}
    StrCpy $R4 "$PROGRAMFILES64\Tramontane"
    ReadRegStr $R3 HKLM "${UNINST_KEY}" "InstallLocation"
    StrCpy $RootKey "HKLM"
  ${Else}
    SetShellVarContext current
    StrCpy $R4 "$LOCALAPPDATA\Programs\Tramontane"
    ReadRegStr $R3 HKCU "${UNINST_KEY}" "InstallLocation"
    StrCpy $RootKey "HKCU"
  ${EndIf}
  ; An update goes where the earlier version is, unless /D= chose another folder.
  ${If} $R3 != ""
    ${If} $INSTDIR == $R4
      StrCpy $INSTDIR $R3
    ${EndIf}
  ${EndIf}
FunctionEnd

!macro WRITE_UNINSTALL_ENTRY ROOT
  WriteRegStr ${ROOT} "${UNINST_KEY}" "DisplayName" "Tramontane"
  WriteRegStr ${ROOT} "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr ${ROOT} "${UNINST_KEY}" "Publisher" "Tramontane"
  WriteRegStr ${ROOT} "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\tramontane.exe"
  WriteRegStr ${ROOT} "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr ${ROOT} "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr ${ROOT} "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD ${ROOT} "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD ${ROOT} "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD ${ROOT} "${UNINST_KEY}" "EstimatedSize" "$0"
!macroend

Section "Tramontane"
  !insertmacro WAIT_UNTIL_CLOSED
  SetOutPath "$INSTDIR"
  ; An update replaces the program's files; stale libraries must not linger.
  RMDir /r "$INSTDIR\_internal"
  File /r "${SOURCE}\*.*"
!ifdef SIDE_MODEL
  ${If} ${FileExists} "$EXEDIR\${SIDE_MODEL}"
    DetailPrint "Copying the model ${SIDE_MODEL}"
    CopyFiles /SILENT "$EXEDIR\${SIDE_MODEL}" "$INSTDIR\_internal\models"
  ${Else}
    MessageBox MB_ICONINFORMATION "The model file ${SIDE_MODEL} is not next to the installer (extract the whole .zip first). Tramontane is installed with its small starter model; you can add models later." /SD IDOK
  ${EndIf}
!endif
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortCut "$SMPROGRAMS\Tramontane.lnk" "$INSTDIR\tramontane.exe"
  ${If} $AllUsers == 1
    !insertmacro WRITE_UNINSTALL_ENTRY HKLM
    ; The policy folder ($APPDATA is ProgramData in the all-users context): administrators
    ; and SYSTEM write, users only read. Without
    ; this, ProgramData lets any user create files in a new subfolder.
    CreateDirectory "$APPDATA\Tramontane"
    nsExec::ExecToLog 'icacls "$APPDATA\Tramontane" /inheritance:r /grant:r *S-1-5-32-544:(OI)(CI)F *S-1-5-18:(OI)(CI)F *S-1-5-32-545:(OI)(CI)RX'
    Pop $0
    ${If} $0 != 0
      DetailPrint "Could not restrict $APPDATA\Tramontane (icacls: $0)"
      SetErrorLevel 2
    ${EndIf}
  ${Else}
    !insertmacro WRITE_UNINSTALL_ENTRY HKCU
  ${EndIf}
  DetailPrint "Installed for $\"$RootKey$\" into $INSTDIR"
SectionEnd

Function un.onInit
  SetRegView 64
  ; Per machine when the machine-wide entry points at this folder.
  ReadRegStr $R0 HKLM "${UNINST_KEY}" "InstallLocation"
  ${If} $R0 == $INSTDIR
    !insertmacro IS_ADMIN $R2
    ${If} $R2 != "Admin"
      MessageBox MB_ICONSTOP "Tramontane was installed for all users: only an administrator can remove it." /SD IDOK
      SetErrorLevel 740
      Quit
    ${EndIf}
    StrCpy $AllUsers 1
    SetShellVarContext all
  ${Else}
    StrCpy $AllUsers 0
    SetShellVarContext current
  ${EndIf}
FunctionEnd

Section "Uninstall"
  !insertmacro WAIT_UNTIL_CLOSED
  Delete "$SMPROGRAMS\Tramontane.lnk"
  ; Only what the installer put there: a folder chosen by hand may hold other files.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\tramontane.exe"
  Delete "$INSTDIR\tramontane-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  ${If} $AllUsers == 1
    DeleteRegKey HKLM "${UNINST_KEY}"
    ; The policy folder stays: it is IT's, and other installs may read it.
  ${Else}
    DeleteRegKey HKCU "${UNINST_KEY}"
  ${EndIf}
  ; This user's conversations, settings, downloaded models and the database key.
  StrCpy $R2 0
  ${un.GetParameters} $R0
  ClearErrors
  ${un.GetOptions} $R0 "/REMOVEDATA" $R1
  ${IfNot} ${Errors}
    StrCpy $R2 1
  ${ElseIfNot} ${Silent}
    MessageBox MB_YESNO|MB_ICONQUESTION|MB_DEFBUTTON2 "Also delete your conversations, settings and downloaded models, and the key that protects them?$\n$\nChoose No to keep them for a later install." IDNO +2
    StrCpy $R2 1
  ${EndIf}
  ${If} $R2 == 1
    SetShellVarContext current
    RMDir /r "$LOCALAPPDATA\Tramontane"
    ; keyring's entries in the Credential Manager (target, or user@target when shared).
    nsExec::ExecToLog 'cmdkey /delete:Tramontane'
    Pop $0
    nsExec::ExecToLog 'cmdkey /delete:conversations-key@Tramontane'
    Pop $0
    nsExec::ExecToLog 'cmdkey /delete:huggingface-token@Tramontane'
    Pop $0
    DetailPrint "Deleted this user's Tramontane data and keys"
  ${EndIf}
SectionEnd
