#!/bin/sh
# CI on Windows: when the code-signing certificate is in the secrets, put it in a
# file and give packaging/windows/make_installer.py the signtool command line
# (WINDOWS_SIGN_COMMAND, through GITHUB_ENV); otherwise say that nothing is signed.
#   WINDOWS_CERTIFICATE           base64 of the .pfx (an OV or EV code-signing certificate)
#   WINDOWS_CERTIFICATE_PASSWORD  its password
#   WINDOWS_TIMESTAMP_URL         the certificate authority's RFC 3161 timestamp server (a CI variable)
set -eu
if [ -z "${WINDOWS_CERTIFICATE:-}" ]; then
    echo "No code-signing certificate in the CI secrets (WINDOWS_CERTIFICATE): the installers will not be signed."
    exit 0
fi
PFX="$RUNNER_TEMP/codesign.pfx"
echo "$WINDOWS_CERTIFICATE" | base64 --decode > "$PFX"
# signtool comes with the Windows SDK; take the newest x64 one.
SIGNTOOL=$(ls -d "/c/Program Files (x86)/Windows Kits/10/bin/"*/x64/signtool.exe | sort -V | tail -n 1)
TIMESTAMP=""
[ -n "${WINDOWS_TIMESTAMP_URL:-}" ] && TIMESTAMP="/tr $WINDOWS_TIMESTAMP_URL /td SHA256"
echo "WINDOWS_SIGN_COMMAND=\"$(cygpath -w "$SIGNTOOL")\" sign /fd SHA256 /f \"$(cygpath -w "$PFX")\" /p $WINDOWS_CERTIFICATE_PASSWORD $TIMESTAMP" >> "$GITHUB_ENV"
echo "The installers will be signed."
