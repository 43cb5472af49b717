package org.coprod.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.coprod.core.Library;
import org.coprod.rules.Rulebook;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The {@code coprod} command: {@code check}, {@code rules}, {@code explain}, {@code stats}, {@code
 * schema}, {@code init} and {@code generate}.
 *
 * <p>Exit codes: {@value #OK} when no unacknowledged finding is at or above the fail level and no
 * rule ended in error; {@value #FAILED} otherwise; {@value #BAD_INPUT} for bad input or usage, a
 * failed write (to a file or to standard output) or running out of memory, with a message that
 * names the file, the path in it and the line, never a stack trace.
 *
 * <pre>{@code
 * int code = Coprod.commandLine().execute("check", "project.yaml");
 * }</pre>
 */
@Command(
    name = "coprod",
    mixinStandardHelpOptions = true,
    versionProvider = Coprod.Version.class,
    description = {
      "Checks coproduction projects against rules that flag power imbalances and one-sided credit.",
      "A finding is never a verdict on people: it is a prompt for the group to talk."
    },
    subcommands = {
      CheckCommand.class,
      RulesCommand.class,
      ExplainCommand.class,
      StatsCommand.class,
      SchemaCommand.class,
      InitCommand.class,
      GenerateCommand.class,
      CreditsCommand.class,
      StatementCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Exit codes: 0 when nothing is at or above the fail level; 1 when an unacknowledged finding is, "
          + "or a rule could not finish; 2 for bad input or usage, a failed write or running out of"
          + " memory."
    })
public final class Coprod {
  /** The exit code when nothing fails. */
  public static final int OK = 0;

  /**
   * The exit code when an unacknowledged finding is at or above the fail level, or a rule ended in
   * error.
   */
  public static final int FAILED = 1;

  /** The exit code for bad input or usage, a failed write, or running out of memory. */
  public static final int BAD_INPUT = 2;

  /** The command's object; picocli fills its options. */
  public Coprod() {}

  /**
   * Runs the command and exits with its code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    int code;
    try {
      CommandLine cl = commandLine();
      // The platform's default charset may not be UTF-8 on JDK 17; reports are UTF-8 text. The
      // streams of the file descriptors, not System.out, whose PrintStream would swallow a failed
      // write: a report that did not get out must not exit 0.
      cl.setOut(
          new PrintWriter(
              new OutputStreamWriter(
                  new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8),
              true));
      cl.setErr(
          new PrintWriter(
              new OutputStreamWriter(
                  new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8),
              true));
      code = cl.execute(args);
    } catch (OutOfMemoryError e) {
      // out of memory outside a subcommand (reading the arguments): the same one line
      System.err.println("coprod: " + OUT_OF_MEMORY);
      code = BAD_INPUT;
    }
    System.exit(code);
  }

  /** What is said when the command runs out of memory. */
  static final String OUT_OF_MEMORY =
      "ran out of memory; give Java more (java -Xmx2g -jar coprod.jar ...) or check fewer or smaller"
          + " files";

  /**
   * The command line with coprod's handlers: a usage error prints the message and a hint to {@code
   * --help}, an unexpected failure prints one line; both exit with {@value #BAD_INPUT} and neither
   * prints a stack trace.
   *
   * @return a new command line, ready to {@link CommandLine#execute(String...) execute}
   */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Coprod());
    cl.setParameterExceptionHandler(new UsageError());
    cl.setExecutionExceptionHandler(new Failure());
    cl.setExecutionStrategy(new Guarded(cl.getExecutionStrategy()));
    return cl;
  }

  /**
   * Runs a subcommand so that nothing it cannot finish ends as a stack trace or a wrong exit code:
   * out of memory is one line and {@value #BAD_INPUT}; so is a report that could not be written to
   * standard output, whatever the subcommand thought it had done.
   */
  static final class Guarded implements CommandLine.IExecutionStrategy {
    private final CommandLine.IExecutionStrategy run;

    Guarded(CommandLine.IExecutionStrategy run) {
      this.run = run;
    }

    @Override
    public int execute(ParseResult parsed) {
      CommandLine cl = parsed.commandSpec().commandLine();
      CommandLine last = parsed.asCommandLineList().get(parsed.asCommandLineList().size() - 1);
      String name = last.getCommandSpec().qualifiedName();
      int code;
      try {
        code = run.execute(parsed);
      } catch (OutOfMemoryError e) {
        Outputs.say(cl.getErr(), name + ": " + OUT_OF_MEMORY);
        return BAD_INPUT;
      }
      if (code != BAD_INPUT && cl.getOut().checkError()) {
        Outputs.say(cl.getErr(), name + ": " + Outputs.STANDARD_OUTPUT_FAILED);
        return BAD_INPUT;
      }
      return code;
    }
  }

  /**
   * The rulebook every subcommand uses: the standard rules and any {@code Rule} providers on the
   * class path (custom rules, with a prefixed id).
   */
  static Rulebook rulebook() {
    return Rulebook.discover(Coprod.class.getClassLoader());
  }

  /** Prints a usage error with a pointer to the help of the command that was used. */
  static final class UsageError implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
      CommandLine cl = ex.getCommandLine();
      PrintWriter err = cl.getErr();
      if (args.length == 0) {
        // Plain `coprod`: the user wants to know what the command does.
        cl.usage(err);
        err.flush();
        return BAD_INPUT;
      }
      // the message may repeat what was typed: its control characters are escaped
      Outputs.say(err, cl.getCommandSpec().qualifiedName() + ": " + ex.getMessage());
      CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
      err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more.");
      err.flush();
      return BAD_INPUT;
    }
  }

  /**
   * Prints an unexpected failure in one line. Subcommands turn bad input into messages themselves;
   * what arrives here is a file that could not be written or a fault in coprod.
   */
  static final class Failure implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
      PrintWriter err = cl.getErr();
      IOException io =
          ex instanceof UncheckedIOException u
              ? u.getCause()
              : ex instanceof IOException e ? e : null;
      if (io != null) {
        Outputs.say(err, cl.getCommandSpec().qualifiedName() + ": " + Outputs.describe(io));
      } else {
        // Messages of coprod's exceptions hold ids, never personal data; the class says what
        // failed.
        Outputs.say(
            err,
            cl.getCommandSpec().qualifiedName()
                + ": could not finish: "
                + ex.getClass().getName()
                + (ex.getMessage() == null ? "" : ": " + ex.getMessage()));
      }
      return BAD_INPUT;
    }
  }

  /** The command's version and the rulebook's, from the build. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {
        "coprod " + version(),
        "rulebook "
            + Rulebook.standard().name()
            + " version "
            + Rulebook.standard().version()
            + " ("
            + Rulebook.standard().digest()
            + ")",
        // the launcher script may pick a newer Java than the one on the PATH: say which ran
        "Java "
            + System.getProperty("java.version")
            + " ("
            + System.getProperty("java.vm.name")
            + ", "
            + System.getProperty("java.home")
            + ")"
      };
    }

    /** The library's version, as the build wrote it. */
    static String version() {
      return Library.version();
    }
  }
}
