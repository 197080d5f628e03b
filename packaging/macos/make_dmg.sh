#!/bin/sh
# Notarize and staple the signed Tramontane.app, wrap it in a .dmg, then sign,
# notarize and staple the .dmg too: the app stays trusted once copied out of the
# disk image, even offline (the ticket travels with it).
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

notarize() {   # submit a file to Apple's notary service and wait for the verdict
    xcrun notarytool submit "$1" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
        --password "$APPLE_APP_PASSWORD" --wait
}

if [ -n "${MACOS_SIGN_IDENTITY:-}" ] && [ -n "${APPLE_ID:-}" ]; then
    ZIP=$(mktemp -d)/Tramontane.zip
    ditto -c -k --keepParent "$APP" "$ZIP"     # notarytool takes a zip of the app
    notarize "$ZIP"
    xcrun stapler staple "$APP"
    spctl --assess --type execute --verbose "$APP"
else
    echo "Not notarized: MACOS_SIGN_IDENTITY and APPLE_ID are not set (users open it as docs/installing.md says)."
fi

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
        notarize "$DMG"
        xcrun stapler staple "$DMG"
        spctl --assess --type open --context context:primary-signature --verbose "$DMG"
    fi
fi
echo "$DMG"
