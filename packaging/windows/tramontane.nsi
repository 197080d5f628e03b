; Tramontane's Windows installer: per user (no administrator rights), with a
; Start-menu shortcut and an uninstaller. Compile after packaging/build.py:
;   makensis /NOCD /DVERSION=0.1.0 /DSOURCE=build\dist\tramontane /DICON=build\icons\tramontane.ico
;            /DOUTFILE=dist\Tramontane-0.1.0-windows-x64-setup.exe packaging\windows\tramontane.nsi
; (/NOCD: the paths are relative to the checkout, not to this file's folder)
; The user's conversations and settings live in %LOCALAPPDATA%\Tramontane,
; apart from the program; the uninstaller leaves them alone.

Unicode true
SetCompressor /SOLID lzma
RequestExecutionLevel user

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef SOURCE
  !error "define SOURCE, the PyInstaller bundle folder (build\dist\tramontane)"
!endif
!ifndef OUTFILE
  !define OUTFILE "Tramontane-${VERSION}-windows-x64-setup.exe"
!endif
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Tramontane"

Name "Tramontane"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\Tramontane"
InstallDirRegKey HKCU "${UNINST_KEY}" "InstallLocation"
BrandingText "Tramontane ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "Tramontane"
VIAddVersionKey "FileDescription" "Tramontane installer"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "LegalCopyright" "Tramontane maintainers, Apache-2.0"

!include "MUI2.nsh"
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

Section "Tramontane"
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  ; An update replaces the program's files; stale libraries must not linger.
  RMDir /r "$INSTDIR\_internal"
  File /r "${SOURCE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortCut "$SMPROGRAMS\Tramontane.lnk" "$INSTDIR\tramontane.exe"

  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "Tramontane"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "Tramontane"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\tramontane.exe"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$SMPROGRAMS\Tramontane.lnk"
  ; Only what the installer put there: a folder chosen by hand may hold other files.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\tramontane.exe"
  Delete "$INSTDIR\tramontane-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINST_KEY}"
SectionEnd
