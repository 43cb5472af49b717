package org.coprod.io.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import org.coprod.core.Project;
import org.coprod.io.Format;
import org.coprod.io.PolicyFiles;
import org.coprod.io.ProjectFiles;
import org.coprod.rules.Policy;

/**
 * The SHA-256 of what a report was made from, so a reader can tell which input it belongs to: of
 * the input file's bytes when there was a file, else of the project's canonical JSON (the bytes
 * {@link ProjectFiles#write(Project, java.io.OutputStream, Format)} gives in {@link Format#JSON}).
 *
 * @param sha256 the digest, 64 lower-case hexadecimal digits
 */
public record InputDigest(String sha256) {
  /** Checks the digest is 64 lower-case hexadecimal digits. */
  public InputDigest {
    Objects.requireNonNull(sha256, "sha256 is null");
    if (!sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("a SHA-256 digest is 64 lower-case hexadecimal digits");
    }
  }

  /** The digest of an input's bytes. */
  public static InputDigest ofBytes(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes is null");
    MessageDigest digest = newDigest();
    digest.update(bytes);
    return new InputDigest(hex(digest.digest()));
  }

  /**
   * The digest of a file's bytes, read in pieces.
   *
   * @throws IOException if the file cannot be read
   */
  public static InputDigest ofFile(Path file) throws IOException {
    Objects.requireNonNull(file, "file is null");
    MessageDigest digest = newDigest();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[1 << 16];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    }
    return new InputDigest(hex(digest.digest()));
  }

  /**
   * The digest of a project built in code: of its canonical JSON, which is the same for equal
   * projects.
   */
  public static InputDigest ofProject(Project project) {
    Objects.requireNonNull(project, "project is null");
    return ofBytes(ProjectFiles.toText(project, Format.JSON).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The digest of a policy: of its canonical form, the JSON bytes {@link PolicyFiles#toText(Policy,
   * Format)} writes for it (rules sorted by id, settings sorted by name, numbers in one form), so
   * two files that set the same things in another order, in YAML or in JSON, have one digest. The
   * defaults are the policy that sets nothing, and have a digest of their own, {@code
   * ofPolicy(Policy.defaults())}: a policy file that sets nothing has the same. A policy that sets
   * a parameter to its default value sets something, and its digest differs.
   *
   * @throws IllegalArgumentException if the policy holds a value no policy file can (see {@link
   *     PolicyFiles#write(Policy, java.io.OutputStream, Format)})
   */
  public static InputDigest ofPolicy(Policy policy) {
    Objects.requireNonNull(policy, "policy is null");
    return ofBytes(PolicyFiles.toText(policy, Format.JSON).getBytes(StandardCharsets.UTF_8));
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static String hex(byte[] bytes) {
    StringBuilder out = new StringBuilder(bytes.length * 2);
    for (byte b : bytes) {
      out.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return sha256;
  }
}
