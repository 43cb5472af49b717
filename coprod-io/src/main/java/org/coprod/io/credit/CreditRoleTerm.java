package org.coprod.io.credit;

import java.util.Locale;

/**
 * The 14 roles of CRediT, the Contributor Roles Taxonomy (ANSI/NISO Z39.104-2022), each with its
 * exact term and the identifier of its page under {@code
 * https://credit.niso.org/contributor-roles/}. JATS marks them {@code <role vocab="credit"
 * vocab-term="…" vocab-term-identifier="…">}.
 */
public enum CreditRoleTerm {
  /** Ideas; formulation or evolution of overarching research goals and aims. */
  CONCEPTUALIZATION("Conceptualization", "conceptualization"),
  /** Managing and keeping data for use and reuse. */
  DATA_CURATION("Data curation", "data-curation"),
  /** Analysing or synthesising data with statistical, mathematical or other formal techniques. */
  FORMAL_ANALYSIS("Formal analysis", "formal-analysis"),
  /** Getting the money for the work. */
  FUNDING_ACQUISITION("Funding acquisition", "funding-acquisition"),
  /** Carrying out the research: gathering the data or evidence. */
  INVESTIGATION("Investigation", "investigation"),
  /** Developing or designing the method. */
  METHODOLOGY("Methodology", "methodology"),
  /** Managing and coordinating the planning and carrying out of the work. */
  PROJECT_ADMINISTRATION("Project administration", "project-administration"),
  /** Providing materials, people, equipment or other resources. */
  RESOURCES("Resources", "resources"),
  /** Programming and software development. */
  SOFTWARE("Software", "software"),
  /** Oversight and leadership, including mentoring. */
  SUPERVISION("Supervision", "supervision"),
  /** Checking that results can be reproduced. */
  VALIDATION("Validation", "validation"),
  /** Preparing visual presentations of the work. */
  VISUALIZATION("Visualization", "visualization"),
  /** Writing the first draft. */
  WRITING_ORIGINAL_DRAFT("Writing \u2013 original draft", "writing-original-draft"),
  /** Critical review, commentary or revision. */
  WRITING_REVIEW_EDITING("Writing \u2013 review & editing", "writing-review-editing");

  /** The identifier of the vocabulary, as JATS's {@code vocab-identifier} gives it. */
  public static final String VOCABULARY = "https://credit.niso.org/";

  private final String term;
  private final String slug;

  CreditRoleTerm(String term, String slug) {
    this.term = term;
    this.slug = slug;
  }

  /** The role's exact term in the vocabulary ("Writing – original draft", with an en dash). */
  public String term() {
    return term;
  }

  /** The identifier of the role: {@code https://credit.niso.org/contributor-roles/<slug>/}. */
  public String identifier() {
    return VOCABULARY + "contributor-roles/" + slug + "/";
  }

  @Override
  public String toString() {
    return term.toLowerCase(Locale.ROOT);
  }
}
