package org.coprod.cli;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.coprod.core.Problem;
import org.coprod.core.Project;
import org.coprod.io.ProjectFiles;
import org.coprod.io.report.InputDigest;

/**
 * A project file given on standard input ({@code -} or {@code /dev/stdin}): read once, as it
 * streams in, with the digest of its bytes worked out on the way, since standard input cannot be
 * read a second time.
 */
final class StandardInput {
  private StandardInput() {}

  /** The name problems give as their source. */
  static final String NAME = "(standard input)";

  /**
   * What reading standard input gave.
   *
   * @param project the project, or its problems
   * @param digest the SHA-256 of every byte of standard input
   */
  record Read(Validation<Seq<Problem>, Project> project, InputDigest digest) {}

  /** Reads the project on standard input, to its end. */
  static Read read() {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    InputStream in = new DigestInputStream(System.in, sha);
    Validation<Seq<Problem>, Project> project = ProjectFiles.read(in, NAME);
    try {
      // what the reader left unread (blank lines after the project) is part of the input
      in.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      // the project was read; what follows it could not be, and the digest stops there
    }
    return new Read(project, new InputDigest(HexFormat.of().formatHex(sha.digest())));
  }
}
