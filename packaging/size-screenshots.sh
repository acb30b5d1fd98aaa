#!/bin/sh
# The first five minutes at the sizes a new user may have: 1280x760, 1024x768, and 2x scaling
# (a 2560x1520 screen, 1280x760 logical), each in a real X server (Xvfb) of that size, so that
# the window opens as a first start would there. Writes docs/screenshots/<size>-*.png.
# Usage: packaging/size-screenshots.sh BUILD_DIR [FOLDER]
set -eu
build=${1:?usage: size-screenshots.sh BUILD_DIR [FOLDER]}
folder=${2:-docs/screenshots}
tool="$build/src/app/batchdeck-sizeshots"
shoot() { # NAME SCREEN SCALE
    QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR=$3 xvfb-run -a -s "-screen 0 ${2}x24" \
        "$tool" "$1" "$folder"
}
shoot 1280x760 1280x760 1
shoot 1024x768 1024x768 1
shoot 2x 2560x1520 2
