#!/bin/sh
# Makes the start-up archive of a jpackage app image (or of an installed Copydesk) in place.
#
#   packaging/cds/make-archive.sh APP_DIR [MONOCLE_JAR [INSTALLER_INPUT]]
#
# APP_DIR is the folder holding bin/Copydesk and lib/app/ (target/jpackage/Copydesk, or
# /opt/copydesk once the .deb is installed). The archive is lib/app/copydesk.jsa, the file the
# launcher's -XX:SharedArchiveFile option names. A missing or unusable archive is ignored by the
# launcher (start-up is then just slower); this script fails only when it cannot make one.
#
# Java 17 (the image's runtime, lib/runtime/release, says which): an AppCDS archive of the
# classes named in lib/app/copydesk.classlist, dumped by the launcher itself. Java 17 accepts it
# only with the class path it was made for, so it is made where the application lives.
#
# Java 24 and later: an AOT cache (JEPs 483 and 515: classes loaded and linked, with the training
# run's method profiles), from one training start of the image's own runtime, jar and launcher
# options (common.args and jdk24.args, as Copydesk.cfg holds them), headless with MONOCLE_JAR
# added, up to the editor being ready. It does not depend on the
# folder it lives in, so with INSTALLER_INPUT it is also copied there for the installer to ship.
set -eu

app=$1
monocle=${2:-}
installer_input=${3:-}
archive="$app/lib/app/copydesk.jsa"

runtime_feature() {
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$app/lib/runtime/release"
}

fail() {
    [ -n "${1:-}" ] && [ -f "$1" ] && cat "$1" >&2
    rm -f "$archive"
    echo "copydesk: could not make the start-up archive $archive" >&2
    exit 1
}

make_appcds_archive() {
    list="$app/lib/app/copydesk.classlist"
    [ -f "$list" ] || { echo "copydesk: no class list at $list" >&2; exit 1; }
    log=$(mktemp "${TMPDIR:-/tmp}/copydesk-cds-dump.XXXXXX")
    if ! JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$list" "$app/bin/Copydesk" > "$log" 2>&1 \
        || [ ! -s "$archive" ]; then
        fail "$log"
    fi
    rm -f "$log"
    echo "copydesk: AppCDS archive $archive ($(du -k "$archive" | cut -f1) KiB)"
}

# The launcher's own Java options (lib/app/Copydesk.cfg) but the archive it reads: a cache is used
# only with the options it was trained with.
launcher_options() {
    sed -n 's/^java-options=//p' "$app/lib/app/Copydesk.cfg" | grep -v 'SharedArchiveFile' \
        | sed "s|\$APPDIR|$app/lib/app|g"
}

make_aot_cache() {
    [ -n "$monocle" ] && [ -f "$monocle" ] \
        || { echo "copydesk: Java 24+ trains its AOT cache headless: give the Monocle jar as second argument" >&2; exit 1; }
    work=$(mktemp -d "${TMPDIR:-/tmp}/copydesk-aot.XXXXXX")
    trap 'rm -rf "$work"' EXIT INT TERM
    # A saved profile, so that the first-run profile question does not open in the middle of the run.
    mkdir -p "$work/home/config"
    printf 'name=Training run\ninitials=TR\nrole=REPORTER\n' > "$work/home/config/profile.properties"
    # shellcheck disable=SC2046 # one option per line, none with spaces
    if ! "$app/lib/runtime/bin/java" $(launcher_options) -XX:AOTCacheOutput="$archive" \
        -Dcopydesk.exitAfterBodyEditor=true -Dcopydesk.home="$work/home" \
        -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dheadless.geometry=1600x1000-32 \
        -cp "$app/lib/app/copydesk.jar:$monocle" com.copydesk.app.Main --db "$work/training.copydesk" \
        > "$work/training.out" 2>&1 || [ ! -s "$archive" ]; then
        fail "$work/training.out"
    fi
    echo "copydesk: AOT cache $archive ($(du -k "$archive" | cut -f1) KiB, Java $(runtime_feature))"
    if [ -n "$installer_input" ]; then
        cp "$archive" "$installer_input/copydesk.jsa"
    fi
}

rm -f "$archive"
if [ "$(runtime_feature)" -ge 24 ]; then
    make_aot_cache
else
    make_appcds_archive
fi
