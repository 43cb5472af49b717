package org.coprod.rules;

/**
 * The laws a rule may declare it obeys; the testkit checks every standard rule against the laws it
 * declares.
 */
public enum Law {
  /** Renaming ids changes nothing but ids in findings. */
  RELABELLING,
  /** Multiplying all hours by a power of two changes no finding. */
  HOUR_SCALING,
  /** Multiplying all money by a power of two changes no finding. */
  MONEY_SCALING,
  /** Swapping the sides swaps the findings. */
  SIDE_SYMMETRY,
  /**
   * Giving a lived-experience contributor credit on an output (not ownership) never adds a finding
   * against lived experience from {@code credit-one-sided} or {@code credit-parity} (one whose
   * evidence names {@code overlookedSide} as lived experience), nor any {@code
   * uncredited-contributor} or {@code agreement-unkept} finding. Crediting lived experience alone
   * on an output professionals wrote may rightly raise a {@code credit-one-sided} finding for the
   * professionals: the law protects the side it is about.
   */
  CREDIT_MONOTONICITY,
  /**
   * Adding a lived-experience decider to a key decision (without objection, under consensus) never
   * adds a {@code decision-share} finding.
   */
  SAY_MONOTONICITY,
  /**
   * Checking a view at any date never throws; for a closed project with nothing after the close,
   * checking the view at the close equals checking the project.
   */
  TIME,
  /** The same project gives the same findings, run after run and thread after thread. */
  DETERMINISM,
  /** The rule never throws nor ends in ERROR on a valid project. */
  TOTALITY,
  /**
   * Listing a project's items in another order (participants, contributions, decisions, outputs,
   * meetings and the rest; the agreement's numbered versions excepted) changes nothing: the same
   * outcome and the very same findings, numbers in their evidence included.
   */
  ORDER_INDEPENDENCE,
  /**
   * Checking again after contributions and decisions are appended, as a project kept as events
   * arrive does ({@link Rule#recheck}), gives the very outcome a check of the whole gives: status,
   * reason and findings in the same order, every number equal.
   */
  INCREMENTALITY
}
