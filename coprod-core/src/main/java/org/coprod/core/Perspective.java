package org.coprod.core;

/** The experience a person brings; several may hold for one person. */
public enum Perspective {
  /** Their own use of the service. */
  SERVICE_USE,
  /** Caring for someone who uses the service. */
  CARING,
  /** Work as a peer supporter. */
  PEER_SUPPORT_WORK,
  /** Professional practice. */
  PRACTICE,
  /** Managing services. */
  MANAGEMENT,
  /** Commissioning services. */
  COMMISSIONING,
  /** Research. */
  RESEARCH,
  /** Funding. */
  FUNDING,
  /** Any other perspective. */
  OTHER
}
