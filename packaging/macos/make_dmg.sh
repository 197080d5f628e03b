#!/bin/sh
# Sign Tramontane.app, wrap it in a .dmg, notarize and staple it.
#
# Usage: packaging/macos/make_dmg.sh build/dist/Tramontane.app dist/Tramontane-VERSION-macos-arm64.dmg
#
# Signing and notarizing happen only when the CI environment has the secrets;
# without them the .dmg holds the app with PyInstaller's ad-hoc signature,
# which runs on the machine that built it (and in the smoke test) only.
#   MACOS_CERTIFICATE           base64 of the "Developer ID Application" .p12
#   MACOS_CERTIFICATE_PASSWORD  its password
#   MACOS_SIGN_IDENTITY         e.g. "Developer ID Application: Example Ltd (TEAMID1234)"
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD   for notarytool (an app-specific password)
set -eu
APP=$1
DMG=$2
HERE=$(cd "$(dirname "$0")" && pwd)

if [ -n "${MACOS_CERTIFICATE:-}" ]; then
    # A throwaway keychain holds the certificate for this job only.
    KEYCHAIN="$RUNNER_TEMP/signing.keychain-db"
    KEYCHAIN_PASSWORD=$(openssl rand -hex 16)
    echo "$MACOS_CERTIFICATE" | base64 --decode > "$RUNNER_TEMP/cert.p12"
    security create-keychain -p "$KEYCHAIN_PASSWORD" "$KEYCHAIN"
    security set-keychain-settings -lut 3600 "$KEYCHAIN"
    security unlock-keychain -p "$KEYCHAIN_PASSWORD" "$KEYCHAIN"
    security import "$RUNNER_TEMP/cert.p12" -P "$MACOS_CERTIFICATE_PASSWORD" -A -t cert -f pkcs12 -k "$KEYCHAIN"
    security set-key-partition-list -S apple-tool:,apple: -k "$KEYCHAIN_PASSWORD" "$KEYCHAIN"
    security list-keychains -d user -s "$KEYCHAIN" $(security list-keychains -d user | tr -d '"')
    rm "$RUNNER_TEMP/cert.p12"

    # Inside out: every library first, then the app with its entitlements
    # (--deep would sign the libraries with the app's entitlements too).
    find "$APP/Contents" -type f \( -name "*.so" -o -name "*.dylib" -o -perm -u+x \) | while read -r f; do
        if file -b "$f" | grep -q "Mach-O"; then
            codesign --force --timestamp --options runtime --sign "$MACOS_SIGN_IDENTITY" "$f"
        fi
    done
    codesign --force --timestamp --options runtime --entitlements "$HERE/entitlements.plist" \
        --sign "$MACOS_SIGN_IDENTITY" "$APP"
    codesign --verify --strict --verbose=2 "$APP"
fi

STAGE=$(mktemp -d)
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"     # drag the app onto it
mkdir -p "$(dirname "$DMG")"
rm -f "$DMG"
hdiutil create -volname Tramontane -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"
rm -rf "$STAGE"

if [ -n "${MACOS_CERTIFICATE:-}" ]; then
    codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$DMG"
    if [ -n "${APPLE_ID:-}" ]; then
        xcrun notarytool submit "$DMG" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
            --password "$APPLE_APP_PASSWORD" --wait
        xcrun stapler staple "$DMG"
        spctl --assess --type open --context context:primary-signature --verbose "$DMG"
    fi
fi
echo "$DMG"
