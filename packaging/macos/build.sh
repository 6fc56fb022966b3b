#!/usr/bin/env bash
# Build icvapp for macOS: dist/icvapp.app (from packaging/icvapp.spec's BUNDLE), signed with a
# Developer ID, notarised and stapled, inside a signed, notarised, stapled DMG.
#
#   packaging/macos/build.sh                       # unsigned (ad-hoc signed): for trying it locally
#   ICVAPP_CODESIGN_IDENTITY="Developer ID Application: Name (TEAMID)" \
#   ICVAPP_NOTARY_PROFILE=icvapp-notary packaging/macos/build.sh
#
# The notary profile is made once with:
#   xcrun notarytool store-credentials icvapp-notary --apple-id ID --team-id TEAMID --password APP-SPECIFIC-PW
#
# Needs Python 3.11+ from python.org (universal2 or the Mac's own architecture: the bundle is built
# for the architecture of the Python that runs PyInstaller) and Xcode's command line tools.
# Not run in this project's CI (which is Linux); see packaging/README.md.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
WORK="$ROOT/build/macos"
DIST="$ROOT/dist"
IDENTITY="${ICVAPP_CODESIGN_IDENTITY:-}"
NOTARY="${ICVAPP_NOTARY_PROFILE:-}"
PYTHON="${PYTHON:-python3}"
mkdir -p "$WORK" "$DIST"

# 1. A build venv with the app's dependencies, PyInstaller and Pillow (for the .icns).
[ -x "$WORK/venv/bin/python" ] || "$PYTHON" -m venv "$WORK/venv"
PY="$WORK/venv/bin/python"
"$PY" -m pip install -q --upgrade pip
"$PY" -m pip install -q "$ROOT[test]"

# 2. icvapp.app (the spec builds the wheel from a clean copy of the sources and bundles it). With
#    ICVAPP_CODESIGN_IDENTITY set, PyInstaller signs every binary it collects, and the app, with it.
VERSION="$("$PY" -c 'import icvapp; print(icvapp.__version__)')"
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$WORK/pyinstaller" packaging/icvapp.spec
APP="$DIST/icvapp.app"
"$APP/Contents/MacOS/icvapp" --version   # the same executable is the command line

if [ -z "$IDENTITY" ]; then
    echo "Not signed with a Developer ID (set ICVAPP_CODESIGN_IDENTITY): Gatekeeper will block it on other Macs." >&2
else
    # 3. Sign the app as a whole (hardened runtime, secure timestamp), check it, notarise and staple it.
    codesign --force --options runtime --timestamp --entitlements packaging/macos/entitlements.plist \
        --sign "$IDENTITY" "$APP"
    codesign --verify --deep --strict --verbose=2 "$APP"
    if [ -n "$NOTARY" ]; then
        ditto -c -k --keepParent "$APP" "$WORK/icvapp-notarise.zip"
        xcrun notarytool submit "$WORK/icvapp-notarise.zip" --keychain-profile "$NOTARY" --wait
        xcrun stapler staple "$APP"
        spctl --assess --type execute --verbose "$APP"
    fi
fi

# 4. The DMG: the app and a link to /Applications to drag it onto.
STAGE="$WORK/dmg"
rm -rf "$STAGE" && mkdir -p "$STAGE"
ditto "$APP" "$STAGE/icvapp.app"
ln -s /Applications "$STAGE/Applications"
DMG="$DIST/icvapp-$VERSION-macos-$(uname -m).dmg"
rm -f "$DMG"
hdiutil create -volname "icvapp $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"
if [ -n "$IDENTITY" ]; then
    codesign --force --timestamp --sign "$IDENTITY" "$DMG"
    if [ -n "$NOTARY" ]; then
        xcrun notarytool submit "$DMG" --keychain-profile "$NOTARY" --wait
        xcrun stapler staple "$DMG"
        spctl --assess --type open --context context:primary-signature --verbose "$DMG"
    fi
fi
echo "Built $DMG"
