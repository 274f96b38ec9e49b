package com.copydesk.cli;

import com.copydesk.exchange.ExchangeException;
import com.copydesk.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Copydesk without a window: {@code copydesk <command> [--db FILE] ...} lists, searches, exports and
 * imports articles. Exit codes: 0 success, 1 bad input (the reason on standard error), 2 usage error.
 */
public final class CopydeskCli {

    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
    public static final int USAGE = 2;

    /** The command names; anything else on the command line is for the window app. */
    public static final Set<String> COMMANDS = Set.of("list", "search", "export", "import");

    private final CliContext context;

    /**
     * @param defaultDatabase the database used when no {@code --db} is given
     * @param version         printed by {@code --version}
     */
    public CopydeskCli(Path defaultDatabase, String version, Clock clock, PrintStream out, PrintStream err) {
        this.context = new CliContext(Objects.requireNonNull(defaultDatabase, "defaultDatabase"),
                Objects.requireNonNull(version, "version"), Objects.requireNonNull(clock, "clock"),
                Objects.requireNonNull(out, "out"), Objects.requireNonNull(err, "err"));
    }

    /**
     * True when the arguments name a command (possibly after {@code --db FILE}), so the command
     * line is for this class rather than for the window.
     */
    public static boolean isCommand(String... args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--db")) {
                i++;
            } else if (!arg.startsWith("--db=")) {
                return COMMANDS.contains(arg);
            }
        }
        return false;
    }

    /** Storage and exchange log their progress; on a terminal only warnings are worth showing. */
    public static void quietLogging() {
        Logger.getLogger("com.copydesk").setLevel(Level.WARNING);
    }

    public int run(String... args) {
        CommandLine line = new CommandLine(new Root());
        line.getCommandSpec().version("Copydesk " + context.version());
        line.addSubcommand(new ListCommand(context));
        line.addSubcommand(new SearchCommand(context));
        line.addSubcommand(new ExportCommand(context));
        line.addSubcommand(new ImportCommand(context));
        line.getSubcommands().values().forEach(sub -> sub.getCommandSpec().version("Copydesk " + context.version()));
        line.setCaseInsensitiveEnumValuesAllowed(true);
        line.setOut(new PrintWriter(context.out(), true, StandardCharsets.UTF_8));
        line.setErr(new PrintWriter(context.err(), true, StandardCharsets.UTF_8));
        line.setExecutionExceptionHandler((failure, commandLine, parseResult) -> {
            if (failure instanceof ExchangeException || failure instanceof StoreException
                    || failure instanceof BadInputException) {
                context.err().println("copydesk: " + failure.getMessage());
                return BAD_INPUT;
            }
            throw failure;
        });
        return line.execute(args);
    }

    @Command(name = "copydesk", mixinStandardHelpOptions = true,
            description = "Copydesk newsroom editor. Without a command it opens the window.",
            synopsisSubcommandLabel = "COMMAND",
            footer = {"", "Run 'copydesk COMMAND --help' for the options of a command.",
                    "Exit codes: 0 success, 1 bad input (the reason is on standard error), 2 usage error."})
    static final class Root implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            throw new CommandLine.ParameterException(spec.commandLine(), "name a command: list, search, export or import");
        }
    }
}
