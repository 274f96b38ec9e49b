#!/bin/sh
# Makes the AppCDS archive of a jpackage app image (or of an installed Copydesk) in place.
#
#   packaging/cds/make-archive.sh APP_DIR
#
# APP_DIR is the folder holding bin/Copydesk and lib/app/ (target/jpackage/Copydesk, or
# /opt/copydesk once the .deb is installed). The launcher's own runtime and options dump the
# classes named in lib/app/copydesk.classlist into lib/app/copydesk.jsa, the file its
# -XX:SharedArchiveFile option names. Java 17 accepts the archive only with the class path it
# was made for, so it is made where the application lives. A missing or unusable archive is
# ignored by the launcher (start-up is then just slower); this script fails only when the
# launcher cannot dump at all.
set -eu

app=$1
list="$app/lib/app/copydesk.classlist"
archive="$app/lib/app/copydesk.jsa"

[ -f "$list" ] || { echo "copydesk: no class list at $list" >&2; exit 1; }
rm -f "$archive"
log=$(mktemp "${TMPDIR:-/tmp}/copydesk-cds-dump.XXXXXX")
if ! JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$list" "$app/bin/Copydesk" > "$log" 2>&1 \
    || [ ! -s "$archive" ]; then
    cat "$log" >&2
    rm -f "$log" "$archive"
    echo "copydesk: could not make the AppCDS archive $archive" >&2
    exit 1
fi
rm -f "$log"
echo "copydesk: AppCDS archive $archive ($(du -k "$archive" | cut -f1) KiB)"
