package org.coprod.io.credit;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.coprod.core.Contribution;
import org.coprod.core.ContributionKind;
import org.coprod.core.Credit;
import org.coprod.core.CreditPreference;
import org.coprod.core.CreditRole;
import org.coprod.core.Output;
import org.coprod.core.OutputId;
import org.coprod.core.Participant;
import org.coprod.core.ParticipantId;
import org.coprod.core.Problem;
import org.coprod.core.Project;
import org.coprod.rules.ProjectIndex;

/**
 * Who is credited on each output, as each person asked: by name, by the name they chose, or, for
 * people who prefer not to be named, only as one line for the group ("and 6 members of the group
 * who prefer not to be named"; "and other members of the group" where fewer than 5, so that no one
 * is found by elimination). Everyone who contributed to an output is listed, with the part the
 * output credits them with and the kinds of their contributions to it; people who asked to be taken
 * off an output are left out of it altogether. A person who wishes to be named and has no name
 * recorded (or chose a pseudonym and gave none) is a problem, never published by their id.
 *
 * <pre>{@code
 * Validation<Seq<Problem>, Credits> credits = Credits.of(project);
 * String markdown = CreditsMarkdown.render(credits.get());
 * }</pre>
 */
public final class Credits {
  /** Fewer people than this who prefer not to be named are not counted in the group line. */
  public static final int COUNTED_FROM = 5;

  private final String project;
  private final String title;
  private final Seq<OutputCredits> outputs;
  private final int unnamed;

  /**
   * One person credited on an output, by the name they are credited by.
   *
   * @param name the name or pseudonym they are credited by; never an id
   * @param part the part the output credits them with, if it does
   * @param kinds the kinds of their contributions to the output, in the enum's order
   */
  public record Person(String name, Option<CreditRole> part, Set<ContributionKind> kinds) {
    /** Copies the kinds, so a person stays as made. */
    public Person {
      Objects.requireNonNull(name, "name is null");
      Objects.requireNonNull(part, "part is null");
      kinds = Set.copyOf(kinds);
    }

    /** The kinds in the enum's order. */
    public List<ContributionKind> kindsInOrder() {
      return List.ofAll(kinds).sorted();
    }

    /** Whether the output credits them as an author. */
    public boolean isAuthor() {
      return part.contains(CreditRole.AUTHOR);
    }

    @Override
    public String toString() {
      return "Person[part=" + part + ", kinds=" + kindsInOrder() + "]";
    }
  }

  /**
   * The credits of one output.
   *
   * @param id the output's id
   * @param title its title
   * @param date its date
   * @param people the people named on it, authors first, then in the order of the participants
   * @param unnamed how many who contributed prefer not to be named
   * @param unnamedKinds the kinds of their contributions, together
   */
  public record OutputCredits(
      OutputId id,
      String title,
      LocalDate date,
      Seq<Person> people,
      int unnamed,
      Set<ContributionKind> unnamedKinds) {
    /** Copies the kinds. */
    public OutputCredits {
      unnamedKinds = Set.copyOf(unnamedKinds);
    }

    @Override
    public String toString() {
      return "OutputCredits[id=" + id + ", named=" + people.size() + ", unnamed=" + unnamed + "]";
    }

    /** The group line, where someone prefers not to be named. */
    public Option<String> groupLine() {
      return unnamed == 0 ? Option.none() : Option.some(Credits.groupLine(unnamed));
    }
  }

  private Credits(String project, String title, Seq<OutputCredits> outputs, int unnamed) {
    this.project = project;
    this.title = title;
    this.outputs = outputs;
    this.unnamed = unnamed;
  }

  /** How many people, over all the outputs, prefer not to be named. */
  public int unnamed() {
    return unnamed;
  }

  /** The project's id. */
  public String project() {
    return project;
  }

  /** The project's title. */
  public String title() {
    return title;
  }

  /** The credits of each output, in the project's order. */
  public Seq<OutputCredits> outputs() {
    return outputs;
  }

  /**
   * The line for the people who prefer not to be named: counted from {@value #COUNTED_FROM}, and
   * "other members of the group" below that.
   */
  public static String groupLine(int unnamed) {
    return unnamed >= COUNTED_FROM
        ? unnamed + " members of the group who prefer not to be named"
        : "other members of the group";
  }

  /**
   * The credits of a project's outputs, or the problems that stop them: everyone to be named by
   * name or pseudonym must have one recorded. Only people who contributed to or are credited on an
   * output are asked about.
   */
  public static Validation<Seq<Problem>, Credits> of(Project project) {
    Objects.requireNonNull(project, "project is null");
    ProjectIndex index = ProjectIndex.of(project.view());
    Map<ParticipantId, Integer> position = new HashMap<>();
    project.participants().zipWithIndex().forEach(t -> position.put(t._1.id(), t._2));
    java.util.List<Problem> problems = new ArrayList<>();
    java.util.Set<ParticipantId> refused = new java.util.HashSet<>();
    java.util.Set<ParticipantId> anonymous = new java.util.HashSet<>();
    java.util.List<OutputCredits> outputs = new ArrayList<>();
    boolean named = index.outputsNamed();
    for (Output output : project.outputs()) {
      java.util.LinkedHashSet<ParticipantId> who = new java.util.LinkedHashSet<>();
      output.credits().forEach(c -> who.add(c.participant()));
      output.owners().forEach(who::add);
      who.addAll(index.contributorIdsTo(output.id()));
      java.util.List<Person> people = new ArrayList<>();
      int unnamed = 0;
      Set<ContributionKind> unnamedKinds = EnumSet.noneOf(ContributionKind.class);
      java.util.List<ParticipantId> ordered = new ArrayList<>(who);
      ordered.sort(
          java.util.Comparator.comparing((ParticipantId id) -> rank(part(output, id)))
              .thenComparing(id -> position.getOrDefault(id, 0)));
      for (ParticipantId id : ordered) {
        Participant p = project.participant(id).getOrNull();
        if (p == null || output.hasNameWithdrawn(id)) {
          continue;
        }
        Set<ContributionKind> kinds = EnumSet.noneOf(ContributionKind.class);
        for (Contribution c : project.contributionsOf(id)) {
          if (!named || c.output().contains(output.id())) {
            kinds.add(c.kind());
          }
        }
        CreditPreference preference = p.creditPreference();
        if (preference == CreditPreference.ANONYMOUS) {
          unnamed++;
          anonymous.add(id);
          unnamedKinds.addAll(kinds);
          continue;
        }
        Option<String> name = preference == CreditPreference.PSEUDONYM ? p.creditName() : p.name();
        if (name.isEmpty() || name.get().isBlank()) {
          if (refused.add(id)) {
            int at = position.getOrDefault(id, 0);
            problems.add(
                preference == CreditPreference.PSEUDONYM
                    ? Problem.of(
                        Problem.Kind.MISSING,
                        "participants[" + at + "].creditName",
                        "participant '"
                            + id
                            + "' is to be credited by a pseudonym, and none is recorded: add creditName,"
                            + " or ask how they wish to be credited")
                    : Problem.of(
                        Problem.Kind.MISSING,
                        "participants[" + at + "].name",
                        "participant '"
                            + id
                            + "' is to be credited by name, and no name is recorded: add their"
                            + " name, or ask how they wish to be credited; credits never show an id"));
          }
          continue;
        }
        people.add(new Person(name.get().strip(), part(output, id), kinds));
      }
      outputs.add(
          new OutputCredits(
              output.id(),
              output.title(),
              output.date(),
              List.ofAll(people),
              unnamed,
              unnamedKinds));
    }
    if (!problems.isEmpty()) {
      return Validation.invalid(List.ofAll(problems));
    }
    return Validation.valid(
        new Credits(project.id().value(), project.title(), List.ofAll(outputs), anonymous.size()));
  }

  /** The part an output credits a person with: the foremost of their credits on it. */
  private static Option<CreditRole> part(Output output, ParticipantId id) {
    return output
        .credits()
        .filter(c -> c.participant().equals(id))
        .map(Credit::as)
        .minBy(Credits::rank);
  }

  private static int rank(Option<CreditRole> part) {
    return part.map(Credits::rank).getOrElse(9);
  }

  private static int rank(CreditRole role) {
    return switch (role) {
      case AUTHOR -> 0;
      case PRESENTER -> 1;
      case STEWARD -> 2;
      case CONTRIBUTOR -> 3;
      case ACKNOWLEDGED -> 4;
    };
  }

  @Override
  public String toString() {
    return "Credits[project=" + project + ", outputs=" + outputs.size() + "]";
  }
}
