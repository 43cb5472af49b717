package org.coprod.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import com.fasterxml.jackson.core.sym.ByteQuadsCanonicalizer;
import org.jspecify.annotations.Nullable;

/**
 * Jackson's parser over the bytes of a JSON file (it decodes only the text asked for), which says
 * where the current token is from its own fields, in characters, without making a location object
 * for every token: a million contributions are some twenty million tokens.
 */
final class ByteJsonParser extends UTF8StreamJsonParser {
  private final ByteInput input;

  private ByteJsonParser(
      IOContext context,
      int features,
      ByteInput input,
      @Nullable ObjectCodec codec,
      ByteQuadsCanonicalizer names,
      byte[] buffer) {
    super(context, features, input, codec, names, buffer, 0, 0, 0, true);
    this.input = input;
  }

  /** The line of the current token, from 1 (as {@code currentTokenLocation()} gives it). */
  int tokenLine() {
    return _currToken == JsonToken.FIELD_NAME ? _nameStartRow : _tokenInputRow;
  }

  /**
   * The column of the current token, from 1, counted in characters as the parser of characters
   * counts it (the byte parser counts bytes).
   */
  int tokenColumn() {
    int column;
    long offset;
    if (_currToken == JsonToken.FIELD_NAME) {
      column = _nameStartCol;
      offset = _currInputProcessed + _nameStartOffset - 1;
    } else {
      column = _tokenInputCol;
      offset = _tokenInputTotal - 1;
    }
    return column - (int) input.extraBytes(offset - (column - 1), offset);
  }

  /** Makes byte parsers with the settings of a factory built by {@link Readers}. */
  static final class Factory extends JsonFactory {
    private static final long serialVersionUID = 1L;

    Factory(JsonFactoryBuilder builder) {
      super(builder);
    }

    /** A parser over checked bytes; the bytes are not closed with it. */
    ByteJsonParser parser(ByteInput in) {
      IOContext context = _createContext(_createContentReference(in), false);
      return new ByteJsonParser(
          context,
          _parserFeatures,
          in,
          _objectCodec,
          _byteSymbolCanonicalizer.makeChildOrPlaceholder(_factoryFeatures),
          context.allocReadIOBuffer());
    }
  }
}
