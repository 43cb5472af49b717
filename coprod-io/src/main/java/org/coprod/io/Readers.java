package org.coprod.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.TSFBuilder;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.function.Function;
import org.coprod.core.Problem;
import org.coprod.core.Project;
import org.jspecify.annotations.Nullable;

/** Reads the tree of a project file (YAML or JSON) from characters, streaming. */
final class Readers {
  private Readers() {}

  /** Jackson's limits, set to ours or just above them, so ours speak first where we check. */
  static StreamReadConstraints constraints(ReadLimits limits) {
    return StreamReadConstraints.builder()
        .maxNestingDepth(limits.maxDepth() + 2)
        .maxStringLength(limits.maxStringLength())
        .maxNameLength(limits.maxStringLength())
        .maxDocumentLength(limits.maxFileBytes() == Long.MAX_VALUE ? -1 : limits.maxFileBytes() + 1)
        .build();
  }

  /**
   * What every parser of ours shares: no copy of the input in messages, no closing the caller's
   * input.
   */
  static <F extends JsonFactory, B extends TSFBuilder<F, B>> B configure(B builder) {
    return builder
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE);
  }

  // factories are thread-safe and cost more to make than a parser: those of the defaults are kept
  private static final JsonFactory DEFAULT_JSON = makeJson(ReadLimits.defaults());
  private static final RepeatingYamlFactory DEFAULT_YAML =
      RepeatingYamlFactory.of(ReadLimits.defaults());

  static JsonFactory json(ReadLimits limits) {
    return limits.equals(ReadLimits.defaults()) ? DEFAULT_JSON : makeJson(limits);
  }

  static RepeatingYamlFactory yaml(ReadLimits limits) {
    return limits.equals(ReadLimits.defaults()) ? DEFAULT_YAML : RepeatingYamlFactory.of(limits);
  }

  private static JsonFactory makeJson(ReadLimits limits) {
    return configure(new JsonFactoryBuilder().streamReadConstraints(constraints(limits))).build();
  }

  private static final ByteJsonParser.Factory DEFAULT_BYTES = makeBytes(ReadLimits.defaults());

  private static ByteJsonParser.Factory bytes(ReadLimits limits) {
    return limits.equals(ReadLimits.defaults()) ? DEFAULT_BYTES : makeBytes(limits);
  }

  private static ByteJsonParser.Factory makeBytes(ReadLimits limits) {
    return new ByteJsonParser.Factory(
        configure(new JsonFactoryBuilder().streamReadConstraints(constraints(limits))));
  }

  /**
   * What reading a tree gave: the parts, or the problems; and where things are, for later problems.
   */
  record Result(
      ProjectFormat.@Nullable Root root, Seq<Problem> problems, PositionIndex positions) {}

  /** Reads the tree of a file; never throws for bad input. The input is not closed. */
  static Result tree(Reader text, Format format, ReadLimits limits) {
    PositionIndex positions = new PositionIndex();
    JsonParser parser;
    try {
      parser =
          format == Format.JSON ? json(limits).createParser(text) : yaml(limits).createParser(text);
    } catch (IOException | RuntimeException e) {
      return new Result(
          null,
          List.of(
              Problem.of(
                  Problem.Kind.SYNTAX,
                  "",
                  "the file cannot be read (" + e.getClass().getSimpleName() + ")")),
          positions);
    }
    return tree(parser, limits, positions, format == Format.YAML, ProjectFormat.FILE);
  }

  /**
   * Reads the tree of a JSON file from its bytes, the quick way: Jackson's byte parser over bytes
   * checked to be UTF-8, positions taken from the parser's fields. Its problems are not the ones to
   * report (they may be placed in bytes rather than characters, and bytes that are not UTF-8 are
   * not placed at all): a file with any problem is read again with {@link #tree(Reader, Format,
   * ReadLimits)}, whose problems are. The positions of a file without problems are the same by
   * either way. The input is not closed.
   */
  static Result jsonBytes(InputStream bytes, ReadLimits limits) {
    PositionIndex positions = new PositionIndex();
    ByteJsonParser parser = bytes(limits).parser(ByteInput.of(bytes, limits.maxFileBytes()));
    return tree(parser, limits, positions, false, ProjectFormat.FILE);
  }

  /** Whether a tree was read without a problem, so that it needs no second reading. */
  static boolean clean(Result result) {
    return result.root() != null && result.problems().isEmpty();
  }

  /**
   * Reads a tree from any parser's tokens (a YAML or JSON parser, or tables read as tokens) with
   * the given shape; never throws for bad input. The parser is closed.
   *
   * @param implicitEnds whether mappings end without a mark of their own (YAML's block style)
   */
  static Result tree(
      JsonParser parser,
      ReadLimits limits,
      PositionIndex positions,
      boolean implicitEnds,
      Value<ProjectFormat.Root> shape) {
    Cursor in = new Cursor(parser, limits, positions, implicitEnds);
    ProjectFormat.Root root = null;
    boolean alone = false;
    try {
      if (in.next() == null) {
        in.problemAt(
            Problem.Kind.SYNTAX,
            "",
            "the file is empty; a project file begins with coprod: " + ProjectFormat.VERSION,
            1,
            1);
      } else {
        root = shape.read(in);
        JsonToken after = in.next();
        if (after != null) {
          in.problem(
              Problem.Kind.SYNTAX, "the file goes on after the project: a file holds one project");
        }
      }
    } catch (Stop stop) {
      alone = stop.alone();
    } catch (RuntimeException e) {
      // every value is checked where it is read; a safety net, so reading never throws
      try {
        in.problem(
            Problem.Kind.SYNTAX,
            "the file cannot be read here (" + e.getClass().getSimpleName() + ")");
      } catch (Stop full) {
        // the problem is recorded; there were too many before it
      }
    } finally {
      try {
        parser.close();
      } catch (IOException | RuntimeException e) {
        // nothing to release that matters: the input is the caller's
      }
    }
    java.util.List<Problem> found = in.problems();
    Seq<Problem> problems = alone ? List.of(found.get(found.size() - 1)) : List.ofAll(found);
    return new Result(problems.isEmpty() ? root : null, problems, positions);
  }

  /**
   * The project from what was read: the model's validation runs on a tree without problems, and its
   * problems are placed on their lines; every problem is marked with its source.
   */
  static Validation<Seq<Problem>, Project> project(
      Result result,
      String source,
      Function<Project.Builder, Project.Builder> adjust,
      Placer placer) {
    ProjectFormat.Root root = result.root();
    Project.Builder parts;
    try {
      parts = root == null ? null : root.assemble();
    } catch (RuntimeException e) {
      // the tree was read without a problem, so every part builds; a safety net all the same
      return Validation.invalid(
          List.of(
              Problem.of(
                      Problem.Kind.INVALID_VALUE,
                      "",
                      "the project cannot be built (" + e.getClass().getSimpleName() + ")")
                  .in(source)));
    }
    if (!result.problems().isEmpty() || parts == null) {
      Seq<Problem> problems =
          result.problems().isEmpty()
              ? List.of(Problem.of(Problem.Kind.MISSING, "project", "the file has no project"))
              : result.problems();
      return Validation.invalid(problems.map(p -> p.source().isEmpty() ? p.in(source) : p));
    }
    return Project.validate(adjust.apply(parts)).mapError(problems -> problems.map(placer::place));
  }

  /** Puts a problem found after reading on its line, in its file. */
  @FunctionalInterface
  interface Placer {
    Problem place(Problem problem);

    /** Places problems by the positions of one file. */
    static Placer of(PositionIndex positions, String source) {
      return p -> {
        Problem placed = p;
        if (p.line().isEmpty()) {
          PositionIndex.Position at = positions.find(p.path());
          if (at != null) {
            placed = p.at(at.line(), at.column());
          }
        }
        return placed.source().isEmpty() ? placed.in(source) : placed;
      };
    }
  }
}
