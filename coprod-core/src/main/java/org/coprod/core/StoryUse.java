package org.coprod.core;

/**
 * What a story, or an output made with one, is used for. A story's consent lists the uses its
 * teller agreed to; an output says its own uses.
 */
public enum StoryUse {
  /** Training staff or volunteers. */
  TRAINING,
  /** A report, a paper or a book. */
  PUBLICATION,
  /** Leaflets, posters, press, social media, fundraising. */
  PUBLICITY,
  /** Research, as data or findings. */
  RESEARCH,
  /** Designing or changing the service. */
  SERVICE_DESIGN
}
