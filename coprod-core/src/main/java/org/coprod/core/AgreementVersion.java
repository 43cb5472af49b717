package org.coprod.core;

/**
 * A version of the working agreement, as the subject of a finding. Its {@link #value()} is {@code
 * agreement:N}, which no other id of a project file can take, since a colon marks it.
 *
 * @param version the version number
 */
public record AgreementVersion(int version) implements Id, Comparable<AgreementVersion> {
  /** The version with this number. */
  public static AgreementVersion of(int version) {
    return new AgreementVersion(version);
  }

  /** The version of an agreement. */
  public static AgreementVersion of(Agreement agreement) {
    return new AgreementVersion(agreement.version());
  }

  @Override
  public String value() {
    return "agreement:" + version;
  }

  @Override
  public int compareTo(AgreementVersion other) {
    return Integer.compare(version, other.version);
  }

  @Override
  public String toString() {
    return value();
  }
}
