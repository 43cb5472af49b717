package org.coprod.cli;

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
 * rule ended in error; {@value #FAILED} otherwise; {@value #BAD_INPUT} for bad input or usage, with
 * a message that names the file, the path in it and the line, never a stack trace.
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
          + "or a rule could not finish; 2 for bad input or usage."
    })
public final class Coprod {
  /** The exit code when nothing fails. */
  public static final int OK = 0;

  /**
   * The exit code when an unacknowledged finding is at or above the fail level, or a rule ended in
   * error.
   */
  public static final int FAILED = 1;

  /** The exit code for bad input or usage. */
  public static final int BAD_INPUT = 2;

  /** The command's object; picocli fills its options. */
  public Coprod() {}

  /**
   * Runs the command and exits with its code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    CommandLine cl = commandLine();
    // The platform's default charset may not be UTF-8 on JDK 17; reports are UTF-8 text.
    cl.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    System.exit(cl.execute(args));
  }

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
    return cl;
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
      err.println(cl.getCommandSpec().qualifiedName() + ": " + ex.getMessage());
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
        err.println(cl.getCommandSpec().qualifiedName() + ": " + Outputs.describe(io));
      } else {
        // Messages of coprod's exceptions hold ids, never personal data; the class says what
        // failed.
        err.println(
            cl.getCommandSpec().qualifiedName()
                + ": could not finish: "
                + ex.getClass().getName()
                + (ex.getMessage() == null ? "" : ": " + ex.getMessage()));
      }
      err.flush();
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
        "Java " + System.getProperty("java.version")
      };
    }

    /** The library's version, as the build wrote it. */
    static String version() {
      return Library.version();
    }
  }
}
