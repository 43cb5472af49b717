package org.coprod.io;

import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.coprod.core.Problem;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingEndEvent;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceEndEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.parser.ParserImpl;

/**
 * A YAML factory whose parsers read within limits while they scan and repeat what an alias ({@code
 * *name}) refers to.
 *
 * <p>Scanning goes through a {@link BoundedYamlReader}, so a scalar over the length limit stops
 * reading at the limit, in time proportional to it. Jackson's own YAML parser hands an alias over
 * as the anchor's name, which would silently turn {@code decidedBy: *board} into a person called
 * "board". This parser keeps the events of anchored nodes and plays them again where an alias
 * stands. All anchored nodes of a file share one budget of {@link ReadLimits#maxAliasedElements()}
 * values and {@link ReadLimits#maxStringLength()} characters of text; a node read once the budget
 * is spent is read but not kept, and the events kept carry no position of their own (a repeated
 * value is placed at its alias), so anchors cost little memory however many a file holds. Every
 * alias counts towards {@link ReadLimits#maxAliases()}, including those inside a node being
 * repeated, which stops a "billion laughs" file after a few events. Merge keys ({@code <<}) are not
 * supported.
 */
final class RepeatingYamlFactory extends YAMLFactory {
  private static final long serialVersionUID = 1L;

  private final ReadLimits limits;

  RepeatingYamlFactory(YAMLFactoryBuilder builder, ReadLimits limits) {
    super(builder);
    this.limits = limits;
  }

  /** A factory for these limits, with SnakeYAML's and Jackson's own limits set just above ours. */
  static RepeatingYamlFactory of(ReadLimits limits) {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(Math.max(1, limits.maxAliases()));
    options.setNestingDepthLimit(limits.maxDepth() + 2);
    options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes() + 1));
    options.setAllowDuplicateKeys(true); // the reader reports duplicates itself, with their path
    options.setProcessComments(false);
    YAMLFactoryBuilder builder =
        YAMLFactory.builder()
            .loaderOptions(options)
            .streamReadConstraints(Readers.constraints(limits))
            .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS);
    Readers.configure(builder);
    return new RepeatingYamlFactory(builder, limits);
  }

  @Override
  protected YAMLParser _createParser(Reader r, IOContext ctxt) throws IOException {
    LoaderOptions options = _loaderOptions == null ? new LoaderOptions() : _loaderOptions;
    BoundedYamlReader reader = new BoundedYamlReader(r, limits);
    return new RepeatingParser(
        ctxt,
        _parserFeatures,
        _yamlParserFeatures,
        _objectCodec,
        r,
        reader,
        new ParserImpl(reader, options),
        limits);
  }

  /** Where an anchored node repeats the node of an alias inside it. */
  private record Repeat(List<Object> target) {}

  /** An anchored node being kept: its events so far, or null once it is not kept. */
  private static final class Recording {
    final String anchor;
    @Nullable List<Object> items;
    int depth = 1;

    Recording(String anchor) {
      this.anchor = anchor;
    }
  }

  private static final class RepeatingParser extends YAMLParser {
    private final ReadLimits limits;
    private final BoundedYamlReader reader;

    /** Anchored nodes by name; a null value is a node that was not kept. */
    private final Map<String, @Nullable List<Object>> anchors = new HashMap<>();

    private final ArrayDeque<Recording> recording = new ArrayDeque<>();
    private final ArrayDeque<Iterator<Object>> replaying = new ArrayDeque<>();
    private int aliases;

    /** Values and characters of text kept for all anchored nodes together. */
    private long keptValues;

    private long keptText;

    /** Whether the budget of anchored nodes ran out: later anchors are not even named. */
    private boolean spent;

    /**
     * The alias in the file whose node is being repeated: where repeated values and their problems
     * are placed.
     */
    private @Nullable AliasEvent outer;

    RepeatingParser(
        IOContext ctxt,
        int parserFeatures,
        int formatFeatures,
        @Nullable ObjectCodec codec,
        Reader input,
        BoundedYamlReader reader,
        ParserImpl events,
        ReadLimits limits) {
      super(ctxt, parserFeatures, formatFeatures, codec, input, events);
      this.reader = reader;
      this.limits = limits;
    }

    @Override
    protected @Nullable Event getEvent() throws IOException {
      while (!replaying.isEmpty()) {
        Iterator<Object> top = replaying.peek();
        if (!top.hasNext()) {
          replaying.pop();
          continue;
        }
        Object item = top.next();
        AliasEvent at = java.util.Objects.requireNonNull(outer);
        if (item instanceof Repeat inner) {
          repeat(inner.target(), at);
          continue;
        }
        return relocated((Event) item, at);
      }
      outer = null;
      Event event;
      reader.beginEvent();
      try {
        event = super.getEvent();
      } catch (BoundedYamlReader.TooLong tooLong) {
        throw tooLong.problem();
      }
      if (event == null) {
        return null;
      }
      if (event instanceof AliasEvent alias) {
        List<Object> target = resolve(alias);
        keep(new Repeat(target), null);
        outer = alias;
        repeat(target, alias);
        return getEvent();
      }
      keep(event, event);
      return event;
    }

    private List<Object> resolve(AliasEvent alias) throws InputException {
      String name = String.valueOf(alias.getAnchor());
      if (!anchors.containsKey(name)) {
        if (spent) {
          throw at(
              alias,
              Problem.Kind.LIMIT_EXCEEDED,
              "the alias *"
                  + Scalars.shortened(name)
                  + " names a node that is not kept: anchored nodes together may hold at most "
                  + limits.maxAliasedElements()
                  + " values and "
                  + limits.maxStringLength()
                  + " characters for aliases to repeat");
        }
        throw at(
            alias,
            Problem.Kind.SYNTAX,
            "the alias *"
                + Scalars.shortened(name)
                + " names no anchor (&"
                + Scalars.shortened(name)
                + ") before it");
      }
      List<Object> target = anchors.get(name);
      if (target == null) {
        throw at(
            alias,
            Problem.Kind.LIMIT_EXCEEDED,
            "the node anchored as &"
                + Scalars.shortened(name)
                + " is not kept for an alias to repeat: anchored nodes together may hold at most "
                + limits.maxAliasedElements()
                + " values and "
                + limits.maxStringLength()
                + " characters");
      }
      return target;
    }

    private void repeat(List<Object> target, AliasEvent alias) throws InputException {
      aliases++;
      if (aliases > limits.maxAliases()) {
        throw at(
            alias,
            Problem.Kind.LIMIT_EXCEEDED,
            "the file uses more than "
                + limits.maxAliases()
                + " YAML aliases (counting those inside repeated nodes)");
      }
      replaying.push(target.iterator());
    }

    /**
     * Adds an item read from the file to every node being recorded, and starts or ends nodes. What
     * is kept counts against the one budget of all anchored nodes; once it is spent, nothing more
     * is kept.
     */
    private void keep(Object item, @Nullable Event event) {
      boolean starts = event instanceof CollectionStartEvent;
      boolean ends = event instanceof CollectionEndEvent;
      Object kept = event == null ? item : withoutMarks(event);
      Recording finished = null;
      for (Recording r : recording) {
        if (r.items != null && !afford(kept)) {
          forgetRecordings();
        }
        List<Object> items = r.items;
        if (items != null) {
          items.add(kept);
        }
        if (starts) {
          r.depth++;
        } else if (ends && --r.depth == 0) {
          finished = r;
        }
      }
      if (finished != null) {
        recording.remove(finished);
        name(finished.anchor, finished.items);
      }
      if (event instanceof NodeEvent node && node.getAnchor() != null) {
        String anchor = node.getAnchor();
        if (event instanceof ScalarEvent) {
          name(anchor, afford(kept) ? List.of(kept) : null);
        } else if (starts) {
          Recording r = new Recording(anchor);
          List<Object> items = new ArrayList<>();
          if (afford(kept)) {
            items.add(kept);
            r.items = items;
          } else {
            r.items = null;
          }
          recording.push(r);
        }
      }
    }

    /** Counts what an item costs against the budget; false (and the budget spent) if too much. */
    private boolean afford(Object item) {
      if (spent) {
        return false;
      }
      long text =
          item instanceof ScalarEvent scalar ? String.valueOf(scalar.getValue()).length() : 0;
      if (keptValues + 1 > limits.maxAliasedElements()
          || keptText + text > limits.maxStringLength()) {
        spent = true;
        return false;
      }
      keptValues++;
      keptText += text;
      return true;
    }

    /** Stops keeping every node being recorded: the budget is spent. */
    private void forgetRecordings() {
      for (Recording r : recording) {
        r.items = null;
      }
    }

    /** Keeps the name of an anchored node while the budget lasts (names cost memory too). */
    private void name(String anchor, @Nullable List<Object> items) {
      if (items != null || !spent) {
        anchors.put(anchor, items);
      } else if (anchors.containsKey(anchor)) {
        // a name given again names the new node, which is not kept
        anchors.put(anchor, null);
      }
    }

    /** An event to keep: the same, without its positions and anchor. */
    private static Event withoutMarks(Event event) {
      return relocated(event, null, null);
    }

    /** A repeated event, placed where the alias stands, so its problems point at the use. */
    private static Event relocated(Event event, AliasEvent alias) {
      return relocated(event, alias.getStartMark(), alias.getEndMark());
    }

    private static Event relocated(Event event, @Nullable Mark start, @Nullable Mark end) {
      if (event instanceof ScalarEvent scalar) {
        return new ScalarEvent(
            null,
            scalar.getTag(),
            scalar.getImplicit(),
            scalar.getValue(),
            start,
            end,
            scalar.getScalarStyle());
      }
      if (event instanceof MappingStartEvent map) {
        return new MappingStartEvent(
            null, map.getTag(), map.getImplicit(), start, end, map.getFlowStyle());
      }
      if (event instanceof SequenceStartEvent seq) {
        return new SequenceStartEvent(
            null, seq.getTag(), seq.getImplicit(), start, end, seq.getFlowStyle());
      }
      if (event instanceof MappingEndEvent) {
        return new MappingEndEvent(start, end);
      }
      if (event instanceof SequenceEndEvent) {
        return new SequenceEndEvent(start, end);
      }
      return event;
    }

    private static InputException at(AliasEvent alias, Problem.Kind kind, String message) {
      Mark mark = alias.getStartMark();
      return mark == null
          ? new InputException(kind, message, 0, 0)
          : new InputException(kind, message, mark.getLine() + 1, mark.getColumn() + 1);
    }
  }
}
