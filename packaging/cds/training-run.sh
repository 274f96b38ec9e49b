#!/bin/sh
# Records which classes a Copydesk start loads, for the AppCDS archive of the packaged launcher.
#
#   packaging/cds/training-run.sh JAVA COPYDESK_JAR MONOCLE_JAR CLASS_LIST
#
# Starts Copydesk once on a temporary database (sample articles), headless under Monocle, until
# the editor is ready: the newest article open and the body editor, built right after the first
# frame, laid out
# (-Dcopydesk.exitAfterBodyEditor=true), with -XX:DumpLoadedClassList. When
# xvfb-run is installed it also starts it under Xvfb with GTK, as a desktop user would, and adds
# those classes, so that the archive holds the GTK window classes too. The list names classes
# only; classes the packaged application lacks (Monocle) are skipped when the archive is made.
set -eu

java=$1
jar=$2
monocle=$3
list=$4

work=$(mktemp -d "${TMPDIR:-/tmp}/copydesk-cds.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
# A saved profile, so that the first-run profile question does not open in the middle of the run.
mkdir -p "$work/home/config"
printf 'name=Training run\ninitials=TR\nrole=REPORTER\n' > "$work/home/config/profile.properties"

"$java" -XX:DumpLoadedClassList="$work/headless.classlist" \
    -Dcopydesk.exitAfterBodyEditor=true -Dcopydesk.home="$work/home" \
    -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dheadless.geometry=1600x1000-32 \
    -cp "$jar:$monocle" com.copydesk.app.Main --db "$work/training.copydesk" > "$work/headless.out" 2>&1 \
    || { cat "$work/headless.out" >&2; echo "copydesk: the headless training run failed" >&2; exit 1; }

if command -v xvfb-run > /dev/null 2>&1 \
    && xvfb-run -a -s "-screen 0 1600x1000x24" "$java" -XX:DumpLoadedClassList="$work/gtk.classlist" \
        -Dcopydesk.exitAfterBodyEditor=true -Dcopydesk.home="$work/home" \
        -jar "$jar" --db "$work/training.copydesk" > "$work/gtk.out" 2>&1; then
    cat "$work/headless.classlist" "$work/gtk.classlist" | awk '!seen[$0]++' > "$list"
    echo "copydesk: class list from a headless and a GTK (Xvfb) start: $(grep -vc '^[#@]' "$list") classes"
else
    cp "$work/headless.classlist" "$list"
    echo "copydesk: class list from a headless start: $(grep -vc '^[#@]' "$list") classes (no Xvfb for a GTK start)"
fi
