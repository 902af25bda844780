package org.routerdc.workbench.cli;

import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import org.routerdc.workbench.data.ScoreTableException;
import org.routerdc.workbench.route.BundleException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: the same engine as the desktop app, headless. */
@Command(name = "workbench", mixinStandardHelpOptions = true, versionProvider = WorkbenchCli.Version.class,
        description = "RouterDC Workbench: train, evaluate and use LLM routers from score tables.",
        subcommands = {TrainCommand.class, EvalCommand.class, RouteCommand.class, CurveCommand.class, EmbedCommand.class, TsneCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class WorkbenchCli implements Runnable {
    public static final int USER_ERROR = 2;
    /** Stopped on request (Ctrl+C, SIGTERM, "cancel" on stdin): what was finished is kept. */
    public static final int STOPPED = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (see --help)");
    }

    /** True in a process started for the command line, where Ctrl+C and stdin belong to this command. */
    static volatile boolean ownsProcess;

    public static void main(String[] args) {
        ownsProcess = true;
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new WorkbenchCli());
        cli.setExecutionExceptionHandler(WorkbenchCli::handle);
        return cli;
    }

    /** A user's mistake gets one line and exit code 2; our own bugs get their stack trace and exit code 1. */
    private static int handle(Exception e, CommandLine command, CommandLine.ParseResult parseResult) {
        PrintWriter err = command.getErr();
        String name = "workbench " + command.getCommandName();
        if (e instanceof ScoreTableException bad) {
            bad.errors().forEach(error -> err.println(name + ": " + error.describe()));
            return USER_ERROR;
        }
        if (e instanceof java.util.concurrent.CancellationException) {
            err.println(name + ": stopped: " + e.getMessage());
            return STOPPED;
        }
        if (e instanceof UserError || e instanceof org.routerdc.workbench.finetune.FineTuneFailure || e instanceof BundleException || e instanceof IllegalArgumentException
                || e instanceof NoSuchFileException) {
            String message = e instanceof NoSuchFileException ? "no such file: " + e.getMessage() : e.getMessage();
            err.println(name + ": " + message);
            return USER_ERROR;
        }
        err.println(name + ": internal error: " + e);
        e.printStackTrace(err);
        return 1;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = WorkbenchCli.class.getPackage().getImplementationVersion();
            return new String[]{"RouterDC Workbench " + (version == null ? "(development build)" : version)};
        }
    }
}
