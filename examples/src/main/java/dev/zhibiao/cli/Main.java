package dev.zhibiao.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code zhibiao} command line: extract targets from plan documents, compare them with benchmarks,
 * search the plans' measures.
 *
 * <p>Exit codes: 0 success; 1 some inputs failed (the others were processed and reported); 2 usage error.
 */
@Command(name = "zhibiao", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Targets and measures of Chinese child-development plans, as data.",
        subcommands = {ExtractCommand.class, CompareCommand.class, IndexCommand.class, SearchCommand.class, RulesCommand.class,
                BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code, without exiting. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("zhibiao: " + dev.zhibiao.error.Reasons.oneLine(ex));
            return 1;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"zhibiao " + (v == null ? "(development build)" : v)};
        }
    }
}
