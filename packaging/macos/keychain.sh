#!/bin/sh
# Put the Developer ID certificate from the CI environment into a throwaway
# keychain, so that PyInstaller can sign with it (packaging/tramontane.spec reads
# MACOS_SIGN_IDENTITY). Does nothing without MACOS_CERTIFICATE.
#   MACOS_CERTIFICATE           base64 of the "Developer ID Application" .p12
#   MACOS_CERTIFICATE_PASSWORD  its password
set -eu
[ -n "${MACOS_CERTIFICATE:-}" ] || { echo "no certificate: the app will be signed ad hoc"; exit 0; }
KEYCHAIN="$RUNNER_TEMP/signing.keychain-db"
KEYCHAIN_PASSWORD=$(openssl rand -hex 16)
echo "$MACOS_CERTIFICATE" | base64 --decode > "$RUNNER_TEMP/cert.p12"
security create-keychain -p "$KEYCHAIN_PASSWORD" "$KEYCHAIN"
security set-keychain-settings -lut 3600 "$KEYCHAIN"
security unlock-keychain -p "$KEYCHAIN_PASSWORD" "$KEYCHAIN"
security import "$RUNNER_TEMP/cert.p12" -P "$MACOS_CERTIFICATE_PASSWORD" -A -t cert -f pkcs12 -k "$KEYCHAIN"
security set-key-partition-list -S apple-tool:,apple: -k "$KEYCHAIN_PASSWORD" "$KEYCHAIN"
# shellcheck disable=SC2046 (the existing keychains, one word each)
security list-keychains -d user -s "$KEYCHAIN" $(security list-keychains -d user | tr -d '"')
rm "$RUNNER_TEMP/cert.p12"
