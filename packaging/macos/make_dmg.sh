#!/bin/sh
# Wrap the signed Tramontane.app in a .dmg; sign, notarize and staple it.
#
# Usage: packaging/macos/make_dmg.sh build/dist/Tramontane.app dist/Tramontane-VERSION-macos-arm64.dmg
#
# PyInstaller has signed the app already: every library, then the app with
# packaging/macos/entitlements.plist and the hardened runtime, with
# MACOS_SIGN_IDENTITY (keychain.sh put the certificate in place) or ad hoc
# without it. Notarizing needs, from the CI environment:
#   MACOS_SIGN_IDENTITY   e.g. "Developer ID Application: Example Ltd (TEAMID1234)"
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD   for notarytool (an app-specific password)
# Without them the .dmg is unsigned: it runs where it was built (the smoke test) only.
set -eu
APP=$1
DMG=$2

codesign --verify --deep --strict --verbose=2 "$APP"

STAGE=$(mktemp -d)
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"     # drag the app onto it
mkdir -p "$(dirname "$DMG")"
rm -f "$DMG"
hdiutil create -volname Tramontane -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"
rm -rf "$STAGE"

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
    codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$DMG"
    if [ -n "${APPLE_ID:-}" ]; then
        xcrun notarytool submit "$DMG" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
            --password "$APPLE_APP_PASSWORD" --wait
        xcrun stapler staple "$DMG"
        spctl --assess --type open --context context:primary-signature --verbose "$DMG"
    fi
fi
echo "$DMG"
