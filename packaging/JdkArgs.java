import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes the jpackage options that depend on the JDK that packages, whose runtime the image ships: those
 * of every FOLDER/jdk<N>.args whose N is not above the feature version of the JDK running this, in the
 * order of N. Run by that JDK, the file goes on jpackage's command line after common.args:
 *
 *   JDK/bin/java packaging/JdkArgs.java packaging OUT.args
 *   JDK/bin/jpackage @packaging/common.args @OUT.args ...
 *
 * With no such file for the JDK (Java 17), OUT holds only a comment: the launcher gets common.args alone.
 */
public final class JdkArgs {

    private static final Pattern NAME = Pattern.compile("jdk(\\d+)\\.args");

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: JDK/bin/java packaging/JdkArgs.java FOLDER OUT.args");
            System.exit(2);
        }
        int feature = Runtime.version().feature();
        Map<Integer, Path> files = new TreeMap<>();
        try (Stream<Path> folder = Files.list(Path.of(args[0]))) {
            for (Path file : folder.toList()) {
                Matcher name = NAME.matcher(file.getFileName().toString());
                if (name.matches() && Integer.parseInt(name.group(1)) <= feature) {
                    files.put(Integer.parseInt(name.group(1)), file);
                }
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add("# Written by packaging/JdkArgs.java for the runtime of Java " + feature + ": "
                + (files.isEmpty() ? "no options beyond common.args." : "the options of " + files.values() + "."));
        for (Path file : files.values()) {
            lines.addAll(Files.readAllLines(file));
        }
        Path out = Path.of(args[1]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, lines);
        System.out.println("copydesk: jpackage options for Java " + feature + " in " + out
                + (files.isEmpty() ? " (none)" : " from " + files.values()));
    }
}
