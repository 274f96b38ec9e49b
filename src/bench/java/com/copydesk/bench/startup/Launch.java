package com.copydesk.bench.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One whole-process start: the first-frame time it printed, the editor-ready and preview-ready
 * times if it printed them (-1 otherwise), its wall time and its peak resident memory.
 */
record Launch(long firstFrameMs, long editorReadyMs, long previewReadyMs, long wallMs, long peakRssKb) {

    private static final Pattern FIRST_FRAME = Pattern.compile("first-frame-ms=(\\d+)");
    private static final Pattern EDITOR_READY = Pattern.compile("editor-ready-ms=(\\d+)");
    private static final Pattern PREVIEW_READY = Pattern.compile("preview-ready-ms=(\\d+)");
    private static final Pattern HWM = Pattern.compile("VmHWM:\\s+(\\d+) kB");

    static Launch run(List<String> command, Map<String, String> environment, Path logDir) throws IOException, InterruptedException {
        Path out = logDir.resolve("out.txt");
        Path err = logDir.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(environment);
        long start = System.nanoTime();
        Process process = builder.start();
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        long peak = 0;
        while (!process.waitFor(10, TimeUnit.MILLISECONDS)) {
            peak = Math.max(peak, peakRss(status));
            if (System.nanoTime() - start > TimeUnit.SECONDS.toNanos(90)) {
                process.destroyForcibly();
                throw new IllegalStateException("did not exit within 90 s: " + command);
            }
        }
        long wall = (System.nanoTime() - start) / 1_000_000;
        String printed = Files.readString(out);
        Matcher frame = FIRST_FRAME.matcher(printed);
        if (process.exitValue() != 0 || !frame.find()) {
            throw new IllegalStateException("exit " + process.exitValue() + ", no first frame: " + command + "\n"
                    + printed + Files.readString(err));
        }
        return new Launch(Long.parseLong(frame.group(1)), printedOrNone(EDITOR_READY, printed),
                printedOrNone(PREVIEW_READY, printed), wall, peak);
    }

    private static long printedOrNone(Pattern figure, String printed) {
        Matcher found = figure.matcher(printed);
        return found.find() ? Long.parseLong(found.group(1)) : -1;
    }

    private static long peakRss(Path status) {
        try {
            Matcher hwm = HWM.matcher(Files.readString(status));
            return hwm.find() ? Long.parseLong(hwm.group(1)) : 0;
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }
}
