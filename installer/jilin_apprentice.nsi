; Windows installer for Jilin Apprentice (吉林学徒实习管理), NSIS 3 with Modern UI 2.
;
;   makensis -DVERSION=0.1.0 -DDIST=%CD%\dist\jilin_apprentice [-DOUTFILE=...] [-DPUBLISHER=...]
;            installer\jilin_apprentice.nsi
;
; makensis works in this script's folder, so relative DIST/OUTFILE paths start from installer\;
; pass absolute ones. The default OUTFILE lands next to the bundle in dist\.
; DIST is the one-folder bundle from `pyinstaller build.spec` (JilinApprentice.exe,
; jilin-apprentice-cli.exe, _internal\). The release must be built from the *Windows* bundle
; (PyInstaller does not cross-compile); CI compiles this script with Debian's makensis over
; the Linux bundle to check the script. README "Building the Windows release" has the steps.
;
; What it does: per-user install without administrator rights into
; %LOCALAPPDATA%\Programs\JilinApprentice, start-menu and desktop shortcuts, an entry in
; Settings > Apps (HKCU), and an uninstaller that keeps the user's data unless the user ticks
; "delete my data" (a silent uninstall, /S, always keeps it).

Unicode true
ManifestDPIAware true
RequestExecutionLevel user
SetCompressor /SOLID lzma
!ifndef DICT_MB
  !define DICT_MB 8  ; LZMA dictionary (MB)
!endif
SetCompressorDictSize ${DICT_MB}

!ifndef VERSION
  !error "Pass the version: makensis -DVERSION=0.1.0 (jilin_apprentice.__version__)"
!endif
!ifndef DIST
  !error "Pass the bundle folder: makensis -DDIST=%CD%\dist\jilin_apprentice"
!endif
!ifndef OUTFILE
  !define OUTFILE "../dist/JilinApprentice-${VERSION}-win64-setup.exe"
!endif
!ifndef PUBLISHER
  !define PUBLISHER "JilinApprentice"  ; QApplication.organizationName(); a school may pass its own
!endif

; Code signing (README): -DSIGN_CMD="signtool sign /fd SHA256 /tr <url> /td SHA256 /f x.pfx"
; signs the uninstaller as makensis writes it, and the finished installer. Sign the two
; executables in DIST before running makensis.
!ifdef SIGN_CMD
  !uninstfinalize '${SIGN_CMD} "%1"' = 0
  !finalize '${SIGN_CMD} "%1"' = 0
!endif

!define APP_ID "JilinApprentice"  ; folder and registry key names: never translate
!define APP_NAME "吉林学徒实习管理"  ; "Jilin Apprentice" in resources/i18n/app_zh_CN.ts
!define APP_EXE "JilinApprentice.exe"
!define CLI_EXE "jilin-apprentice-cli.exe"
!define UNINSTALLER "uninstall.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"
; The user's data folder. jilin_apprentice/paths.py asks platformdirs for
; user_data_dir("JilinApprentice", appauthor=False, roaming=False), which on Windows is
; CSIDL_LOCAL_APPDATA joined with the app name only (appauthor=False adds no author folder):
; %LOCALAPPDATA%\JilinApprentice, holding jilin_apprentice.db, backups\, exports\, logs\,
; certs\ and settings.ini. It is NOT the install folder (%LOCALAPPDATA%\Programs\...). Data kept
; elsewhere with --data-dir or %JILIN_APPRENTICE_DATA_DIR% is never touched.
!define DATA_DIR "$LOCALAPPDATA\${APP_ID}"

; "1.2.3" -> VIProductVersion "1.2.3.0" (Windows wants four numbers).
!searchparse /noerrors "${VERSION}" "" V_MAJOR "." V_MINOR "." V_PATCH
!ifndef V_PATCH
  !define V_PATCH 0
!endif

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"
!include "x64.nsh"

Name "${APP_NAME}"
Caption "${APP_NAME} ${VERSION} 安装程序"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_ID}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${APP_NAME} ${VERSION}"
ShowInstDetails nevershow
ShowUninstDetails nevershow

VIProductVersion "${V_MAJOR}.${V_MINOR}.${V_PATCH}.0"
VIFileVersion "${V_MAJOR}.${V_MINOR}.${V_PATCH}.0"
VIAddVersionKey /LANG=2052 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=2052 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=2052 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=2052 "FileDescription" "${APP_NAME} 安装程序"
VIAddVersionKey /LANG=2052 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=2052 "LegalCopyright" "${PUBLISHER}"
VIAddVersionKey /LANG=2052 "OriginalFilename" "JilinApprentice-setup.exe"

!define MUI_ICON "${DIST}/_internal/resources/icons/app.ico"  ; the icon the bundle ships
!define MUI_UNICON "${DIST}/_internal/resources/icons/app.ico"
!define MUI_ABORTWARNING
!define MUI_UNABORTWARNING
!define MUI_COMPONENTSPAGE_NODESC

!define MUI_WELCOMEPAGE_TEXT "本向导将在本电脑上为当前用户安装 ${APP_NAME} ${VERSION}。$\r$\n$\r$\n\
不需要管理员权限，也不需要联网。已有的数据（数据库、备份、日志）不会被改动。$\r$\n$\r$\n\
单击“下一步”继续。"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "现在启动 ${APP_NAME}"
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!define MUI_COMPONENTSPAGE_TEXT_TOP "程序文件和快捷方式将被删除。您的数据默认保留在 ${DATA_DIR}，\
以后重新安装即可继续使用。"
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "SimpChinese"

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "${APP_NAME} 需要 64 位 Windows 10 或 Windows 11。" /SD IDOK
    Abort
  ${EndIf}
FunctionEnd

Section "-Program" SecProgram
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  ; An upgrade replaces the whole program folder, so no file of an old version stays behind.
  RMDir /r "$INSTDIR\_internal"
  File "${DIST}/${APP_EXE}"
  File "${DIST}/${CLI_EXE}"
  File /r "${DIST}/_internal"
  WriteUninstaller "$INSTDIR\${UNINSTALLER}"

  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0
  CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE},0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALLER}"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALLER}" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

; ---- Uninstaller ----------------------------------------------------------------------------

Section "-un.Program" UnSecProgram
  SetShellVarContext current
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"
  ; Only what the installer put there: the folder may have been chosen by the user.
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${UNINSTALLER}"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
SectionEnd

; Unticked by default, and a silent uninstall (/S) never selects it: the data stays.
Section /o "un.同时删除我的数据（数据库、备份、日志）" UnSecData
  SetShellVarContext current
  MessageBox MB_YESNO|MB_ICONEXCLAMATION|MB_DEFBUTTON2 \
    "确定要永久删除 ${DATA_DIR} 中的全部数据吗？$\r$\n$\r$\n\
其中包括学生、企业和协议数据库、所有备份、导出文件、日志和学校证书，删除后无法恢复。" \
    /SD IDNO IDYES delete_data
  DetailPrint "保留数据：${DATA_DIR}"
  Goto done
  delete_data:
    RMDir /r "${DATA_DIR}"
  done:
SectionEnd
