package org.coprod.core.synthetic;

import org.coprod.core.DecisionType;

/** The words synthetic projects are made of: titles, names, skills, needs and topics. */
final class Words {
  private Words() {}

  static final String[] TITLES = {
    "Crisis line redesign",
    "Peer support service review",
    "Discharge planning toolkit",
    "Carers' information pack",
    "Recovery college course design",
    "Community mental health survey",
    "Waiting list support offer",
    "Early intervention pathway",
    "Supported housing standards",
    "Young people's transition guide",
  };

  static final String[] PURPOSES = {
    "Redesign the service with the people who use it",
    "Find out what works for the people who use the service and change what does not",
    "Make the information people need when they leave hospital clear and usable",
    "Build a course that people with lived experience design and deliver",
    "Agree standards that the people living with them recognise",
  };

  static final String[] FIRST_NAMES = {
    "Ana", "Ben", "Chidi", "Dana", "Eli", "Fatima", "Gwen", "Hari", "Ines", "Jon", "Kemi", "Luca",
    "Mina", "Niamh", "Omar", "Priya", "Quinn", "Rosa", "Sam", "Tariq", "Uma", "Vic", "Wen", "Yusuf",
    "Zara",
  };

  static final String[] LIVED_SKILLS = {
    "peer-support",
    "illustration",
    "writing",
    "facilitation",
    "storytelling",
    "translation",
    "social-media",
    "photography",
    "interviewing",
  };

  static final String[] PROFESSIONAL_SKILLS = {
    "budgeting",
    "service-design",
    "research-methods",
    "clinical-practice",
    "commissioning",
    "data-analysis",
    "facilitation",
    "writing",
    "training",
  };

  static final String[] ACCESS_NEEDS = {
    "travel",
    "large-print",
    "quiet-room",
    "interpreter",
    "step-free-access",
    "flexible-hours",
    "easy-read",
  };

  /**
   * Output titles in the order a project tends to make them; the last output is the final report.
   */
  static final String[] OUTPUTS = {
    "Interim findings",
    "Co-designed service model",
    "Training course",
    "Easy-read guide",
    "Conference talk",
    "Evaluation report",
    "Toolkit",
    "Short film",
    "Leaflet",
  };

  static final String FINAL_OUTPUT = "Final report";

  /** Whether someone presents this output to others. */
  static boolean presented(String title) {
    return title.startsWith("Training course") || title.startsWith("Conference talk");
  }

  static final String[] GROUND_RULES = {
    "Everyone speaks before anyone speaks twice",
    "Jargon is challenged, kindly",
    "Papers go out a week before each meeting, in easy read too",
    "Anyone can take a break at any time",
  };

  static final String[] MEETING_TITLES = {
    "Steering group", "Working group", "Design workshop", "Planning session", "Review meeting",
  };

  static final String[] CONSULTATION_TITLES = {
    "Listening event", "Open consultation", "Drop-in feedback session",
  };

  /** Access a meeting can provide, in the labels the format suggests. */
  static final String[] PROVIDES = {
    "step-free", "papers-5-days-before", "hybrid", "quiet-room", "bsl",
  };

  static final String[] CHANGES = {
    "Sessions moved to the evening so people in work can come",
    "The leaflet rewritten in plain words",
    "A peer worker at every first appointment",
    "Waiting-time updates sent by text",
    "A quiet room at the drop-in",
    "Carers invited to the review meetings",
    "The course opened to people on the waiting list",
    "Feedback forms replaced by a conversation",
  };

  static final String[] NOT_ADOPTED = {
    "The contract with the provider runs until next year",
    "It needs a budget the group does not hold; raised with the commissioners",
    "The clinical lead judged it unsafe; the group asked for the reasons in writing",
  };

  static final String[] ACTIONS = {
    "Talk it through at the next steering group",
    "Agree credit for the toolkit before it is published",
    "Pay the outstanding sessions and check the payment dates",
    "Ask the people with lived experience how they want to be involved in decisions",
    "Write down the plan for after the project ends",
  };

  static final String[] DECLINED = {
    "The board holds this decision by law; the group wrote down who decides and why",
    "The finding rests on an old version of the agreement",
  };

  static String topic(DecisionType type, int n) {
    String[] topics =
        switch (type) {
          case SCOPE ->
              new String[] {"What the work covers", "Who the work is for", "What is out of scope"};
          case BUDGET ->
              new String[] {
                "How the budget is split",
                "Moving money between phases",
                "Paying for venues and travel"
              };
          case DESIGN ->
              new String[] {
                "The shape of the new offer", "What the sessions look like", "Which methods to use"
              };
          case DELIVERY ->
              new String[] {
                "Who runs the sessions", "Where the sessions are held", "The timetable"
              };
          case EVALUATION ->
              new String[] {
                "What counts as success", "Who is interviewed", "How feedback is gathered"
              };
          case CREDIT ->
              new String[] {"Whose names go on the report", "Who presents at the conference"};
          case OTHER ->
              new String[] {"Meeting times", "How minutes are shared", "Welcoming new members"};
        };
    return topics[Math.floorMod(n, topics.length)];
  }
}
