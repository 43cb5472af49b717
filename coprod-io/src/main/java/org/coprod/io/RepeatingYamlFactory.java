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

/**
 * A YAML factory whose parsers repeat what an alias ({@code *name}) refers to, within limits.
 *
 * <p>Jackson's own YAML parser hands an alias over as the anchor's name, which would silently turn
 * {@code decidedBy: *board} into a person called "board". This parser keeps the events of each
 * anchored node (up to {@link ReadLimits#maxAliasedElements()} values, so anchors cost little
 * memory) and plays them again where an alias stands. Every alias counts towards {@link
 * ReadLimits#maxAliases()}, including those inside a node being repeated, which stops a "billion
 * laughs" file after a few events. Merge keys ({@code <<}) are not supported.
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
    return new RepeatingParser(
        ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, r, limits);
  }

  /** The events of an anchored node, with the aliases inside it resolved when they were read. */
  private record Alias(List<Object> target, AliasEvent event) {}

  private static final class Recording {
    final String anchor;
    @Nullable List<Object> items = new ArrayList<>();
    int depth = 1;

    Recording(String anchor, Event start) {
      this.anchor = anchor;
      items().add(start);
    }

    List<Object> items() {
      return java.util.Objects.requireNonNull(items);
    }
  }

  private static final class RepeatingParser extends YAMLParser {
    private final ReadLimits limits;

    /** Anchored nodes by name; a null value is a node too large to keep. */
    private final Map<String, @Nullable List<Object>> anchors = new HashMap<>();

    private final ArrayDeque<Recording> recording = new ArrayDeque<>();
    private final ArrayDeque<Iterator<Object>> replaying = new ArrayDeque<>();
    private int aliases;

    /**
     * The alias in the file whose node is being repeated: where repeated values and their problems
     * are placed.
     */
    private @Nullable AliasEvent outer;

    RepeatingParser(
        IOContext ctxt,
        int parserFeatures,
        int formatFeatures,
        @Nullable LoaderOptions options,
        @Nullable ObjectCodec codec,
        Reader reader,
        ReadLimits limits) {
      super(ctxt, parserFeatures, formatFeatures, options, codec, reader);
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
        if (item instanceof Alias alias) {
          repeat(alias.target(), at);
          continue;
        }
        return relocated((Event) item, at);
      }
      outer = null;
      Event event = super.getEvent();
      if (event == null) {
        return null;
      }
      if (event instanceof AliasEvent alias) {
        List<Object> target = resolve(alias);
        keep(new Alias(target, alias), null);
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
        throw at(
            alias,
            Problem.Kind.SYNTAX,
            "the alias *" + name + " names no anchor (&" + name + ") before it");
      }
      List<Object> target = anchors.get(name);
      if (target == null) {
        throw at(
            alias,
            Problem.Kind.LIMIT_EXCEEDED,
            "the node anchored as &"
                + name
                + " holds more than "
                + limits.maxAliasedElements()
                + " values, too many for an alias to repeat");
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

    /** Adds an item read from the file to every node being recorded, and starts or ends nodes. */
    private void keep(Object item, @Nullable Event event) {
      boolean starts = event instanceof CollectionStartEvent;
      boolean ends = event instanceof CollectionEndEvent;
      Recording finished = null;
      for (Recording r : recording) {
        List<Object> items = r.items;
        if (items != null) {
          if (items.size() >= limits.maxAliasedElements()) {
            r.items = null;
          } else {
            items.add(item);
          }
        }
        if (starts) {
          r.depth++;
        } else if (ends && --r.depth == 0) {
          finished = r;
        }
      }
      if (finished != null) {
        recording.remove(finished);
        anchors.put(finished.anchor, finished.items);
      }
      if (event instanceof NodeEvent node && node.getAnchor() != null) {
        String anchor = node.getAnchor();
        if (event instanceof ScalarEvent) {
          anchors.put(anchor, List.of(event));
        } else if (starts) {
          recording.push(new Recording(anchor, event));
        }
      }
    }

    /** A repeated event, placed where the alias stands, so its problems point at the use. */
    private static Event relocated(Event event, AliasEvent alias) {
      Mark start = alias.getStartMark();
      Mark end = alias.getEndMark();
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
