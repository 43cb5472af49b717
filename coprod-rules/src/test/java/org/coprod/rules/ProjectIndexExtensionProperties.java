package org.coprod.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.coprod.core.Agreement;
import org.coprod.core.Contribution;
import org.coprod.core.Decision;
import org.coprod.core.Id;
import org.coprod.core.Impact;
import org.coprod.core.Output;
import org.coprod.core.OutputId;
import org.coprod.core.Participant;
import org.coprod.core.Project;
import org.coprod.core.Side;
import org.coprod.core.synthetic.ProjectGenerator;
import org.coprod.core.synthetic.ProjectSpec;
import org.coprod.rules.internal.Columns;

/**
 * An index extended by contributions and decisions as they are added against the index built of the
 * same view at once: every public answer the same, and sums of hours that do not depend on the
 * order the contributions are listed in.
 */
class ProjectIndexExtensionProperties {
  private static final Side[] SIDES = Side.values();

  /**
   * A generated project without meetings (whose registers place contributions of their own), its
   * contributions that impacts name first, so that any longer list of its contributions is a valid
   * project.
   */
  static Project generated(int seed, boolean withoutOutputs) {
    Project p = ProjectGenerator.generate(ProjectSpec.varied(seed).withMeetings(0));
    Set<Id> named = new HashSet<>();
    for (Impact i : p.impacts()) {
      i.from().forEach(named::add);
    }
    Seq<Contribution> cs =
        p.contributions().sortBy(c -> c.id().exists(named::contains) ? 0 : 1).toVector();
    if (withoutOutputs) {
      cs = cs.map(c -> c.withOutput(io.vavr.control.Option.none()));
    }
    return p.withContributions(cs);
  }

  /** The contributions an impact names: a project of fewer would not be valid. */
  static int firstKept(Project p) {
    Set<Id> named = new HashSet<>();
    for (Impact i : p.impacts()) {
      i.from().forEach(named::add);
    }
    return p.contributions().count(c -> c.id().exists(named::contains));
  }

  @Property(tries = 60)
  void anIndexExtendedOneContributionAtATimeAnswersEveryQuestionAsTheIndexBuiltAtOnce(
      @ForAll @IntRange(min = 1, max = 400) int seed,
      @ForAll @IntRange(min = 0, max = 100) int startPercent,
      @ForAll boolean withoutOutputs) {
    Project whole = generated(seed, withoutOutputs);
    Seq<Contribution> all = whole.contributions();
    int first = firstKept(whole);
    int from = first + (all.size() - first) * startPercent / 100;
    Project at = whole.withContributions(all.take(from));
    ProjectIndex extended = ProjectIndex.of(at.view());
    assertThat(answers(extended)).isEqualTo(answers(ProjectIndex.of(at.view())));
    for (int k = from + 1; k <= all.size(); k += 1 + k % 3) {
      Project next = at.withContributions(all.take(k));
      // the parts other than contributions are the very same: the index is extended, not rebuilt
      assertThat(next.participants()).isSameAs(at.participants());
      extended = extended.extend(next.view());
      assertThat(answers(extended)).isEqualTo(answers(ProjectIndex.of(next.view())));
      at = next;
    }
  }

  @Property(tries = 60)
  void anIndexExtendedByDecisionsAnswersEveryQuestionAsTheIndexBuiltAtOnce(
      @ForAll @IntRange(min = 1, max = 400) int seed,
      @ForAll @IntRange(min = 0, max = 100) int startPercent) {
    Project whole = ProjectGenerator.generate(ProjectSpec.varied(seed));
    Seq<Decision> all = whole.decisions();
    int from = all.size() * startPercent / 100;
    // impacts may name decisions: fewer decisions than they name is not a valid project
    Project at = whole;
    for (int k = from; k <= all.size(); k++) {
      Project fewer = valid(whole, all.take(k));
      if (fewer != null) {
        at = fewer;
        break;
      }
    }
    ProjectIndex extended = ProjectIndex.of(at.view());
    for (int k = at.decisions().size() + 1; k <= all.size(); k++) {
      Project next = valid(at, all.take(k));
      if (next == null) {
        continue;
      }
      extended = extended.extend(next.view());
      assertThat(answers(extended)).isEqualTo(answers(ProjectIndex.of(next.view())));
      at = next;
    }
  }

  private static @org.jspecify.annotations.Nullable Project valid(Project p, Seq<Decision> ds) {
    try {
      return p.withDecisions(ds);
    } catch (org.coprod.core.InvalidProjectException e) {
      return null;
    }
  }

  @Property(tries = 60)
  void anIndexExtendedFromAnEarlierOneStillAnswersAsBeforeAndBranchesDoNotMix(
      @ForAll @IntRange(min = 1, max = 400) int seed) {
    Project whole = generated(seed, false);
    Seq<Contribution> all = whole.contributions();
    int from = firstKept(whole);
    net.jqwik.api.Assume.that(all.size() - from >= 2);
    Project base = whole.withContributions(all.take(from));
    ProjectIndex root = ProjectIndex.of(base.view());
    String before = answers(root);
    // two extensions of the same index, one after the other: the second must not see the first's
    Project one = base.withContributions(all.take(from + 1));
    Project other = base.withContributions(all.take(from).append(all.get(from + 1)));
    ProjectIndex a = root.extend(one.view());
    ProjectIndex b = root.extend(other.view());
    ProjectIndex c = a.extend(whole.view());
    assertThat(answers(root)).isEqualTo(before);
    assertThat(answers(a)).isEqualTo(answers(ProjectIndex.of(one.view())));
    assertThat(answers(b)).isEqualTo(answers(ProjectIndex.of(other.view())));
    assertThat(answers(c)).isEqualTo(answers(ProjectIndex.of(whole.view())));
  }

  @Property(tries = 100)
  void theIndexsSumsOfHoursDoNotDependOnTheOrderOfTheContributions(
      @ForAll @IntRange(min = 1, max = 400) int seed, @ForAll long shuffle) {
    Project p = generated(seed, false);
    // hours with one decimal, whose sums in a double depend on the order they are added in
    Seq<Contribution> tenths =
        p.contributions()
            .zipWithIndex()
            .map(t -> t._1.withHours(Math.max(0.1, (t._2 % 37) / 10.0 + 0.1)));
    Project listed = p.withContributions(tenths);
    java.util.List<Contribution> rest =
        new java.util.ArrayList<>(tenths.drop(firstKept(p)).asJava());
    java.util.Collections.shuffle(rest, new java.util.Random(shuffle));
    Project reordered = p.withContributions(tenths.take(firstKept(p)).appendAll(rest));
    assertThat(hoursAnswers(ProjectIndex.of(reordered.view())))
        .isEqualTo(hoursAnswers(ProjectIndex.of(listed.view())));
  }

  /** Every sum of hours the index gives. */
  static String hoursAnswers(ProjectIndex i) {
    Project p = i.project();
    StringBuilder out = new StringBuilder();
    out.append(i.hours()).append('\n');
    for (Side s : SIDES) {
      out.append(s).append(' ').append(i.hours(s)).append(' ').append(i.paidHours(s)).append('\n');
    }
    for (Participant person : p.participants()) {
      out.append(person.id()).append(' ').append(i.hours(person.id())).append('\n');
    }
    for (Output o : p.outputs()) {
      OutputId id = o.id();
      out.append(id).append(' ').append(i.outputHours(id));
      for (Side s : SIDES) {
        out.append(' ').append(i.outputHours(id, s));
      }
      for (Participant person : p.participants()) {
        out.append(' ').append(i.outputHours(id, person.id()));
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** Every public answer of an index, over the parts of its project, as text. */
  static String answers(ProjectIndex i) {
    Project p = i.project();
    StringBuilder out = new StringBuilder(hoursAnswers(i));
    out.append(i.date()).append(' ').append(i.majorityVoice()).append('\n');
    out.append(i.phases()).append(i.firstContribution()).append(i.outputsNamed()).append('\n');
    out.append(i.money()).append(i.agreementInForce()).append(i.presence()).append('\n');
    out.append(i.countedKeyDecisions()).append('\n');
    out.append(i.contributors().map(Participant::id)).append('\n');
    for (Side s : SIDES) {
      out.append(s)
          .append(i.kinds(s))
          .append(i.kindsRecorded(s))
          .append(i.phases(s))
          .append(i.firstContribution(s))
          .append(i.money(s))
          .append(i.contributors(s).map(Participant::id))
          .append(i.creditRate(s, 0.2, 10))
          .append(i.creditRate(s, 0.05, 2))
          .append(i.firstJoined(s))
          .append('\n');
    }
    Columns columns = Columns.of(i);
    out.append(columns.count()).append(' ').append(columns.personCount()).append('\n');
    for (int k = 0; k < columns.count(); k++) {
      out.append(System.identityHashCode(columns.contribution(k)))
          .append(' ')
          .append(columns.contributor(k).id())
          .append(' ')
          .append(columns.day(k))
          .append(' ')
          .append(columns.paidDay(k))
          .append(' ')
          .append(columns.hoursAt(k))
          .append(' ')
          .append(columns.isPaidAt(k))
          .append(' ')
          .append(columns.claimedExpensesAt(k))
          .append(' ')
          .append(columns.repaidDay(k))
          .append(' ')
          .append(columns.paymentTermsAt(k))
          .append(' ')
          .append(columns.versionAt(k))
          .append(' ')
          .append(columns.outputAt(k))
          .append(' ')
          .append(columns.ordinalAt(k))
          .append(' ')
          .append(columns.kindAt(k))
          .append('\n');
    }
    out.append(columns.storyCount()).append(':');
    for (int k = 0; k < columns.storyCount(); k++) {
      out.append(' ').append(columns.storyAt(k));
    }
    out.append('\n');
    for (Participant person : p.participants()) {
      var id = person.id();
      out.append(id)
          .append(i.side(id))
          .append(i.isContributing(id))
          .append(i.kinds(id))
          .append(new java.util.TreeSet<>(i.skillsUsed(id)))
          .append(i.usedSkill(id, s -> s.length() % 2 == 0))
          .append(i.phases(id))
          .append(i.contributions(id))
          .append(i.paidContributions(id))
          .append(i.contributionsOf(id).stream().map(System::identityHashCode).toList())
          .append(i.onAgreedBreak(id, i.date()))
          .append('\n');
    }
    for (Output o : p.outputs()) {
      OutputId id = o.id();
      out.append(id)
          .append(i.contributorsTo(id).map(Participant::id))
          .append(i.contributorIdsTo(id))
          .append(i.substantialContributorsTo(id, 0.2, 10))
          .append(i.substantialContributorsTo(id, 0.05, 1))
          .append(i.creditedSides(o));
      for (Side s : SIDES) {
        out.append(s)
            .append(i.gaveIdeaOrWriting(id, s))
            .append(i.substantial(id, s))
            .append(i.substantial(id, s, 0.4));
      }
      for (Participant person : p.participants()) {
        out.append(i.gaveIdeaOrWriting(id, person.id()))
            .append(i.substantialPersonal(id, person.id(), 0.2, 10))
            .append(i.ideaOrWritingCounts(person, id))
            .append(Columns.of(i).contributionsTo(id, person.id()));
      }
      out.append('\n');
    }
    for (Decision d : p.decisions()) {
      out.append(d.id()).append(i.ruleOf(d)).append(i.isCounted(d));
      for (Side s : SIDES) {
        out.append(i.hadSay(d, s)).append(i.amongDeciders(d, s));
      }
      out.append('\n');
    }
    for (Agreement v : p.agreements()) {
      out.append(i.quorum(v)).append('\n');
    }
    return out.toString();
  }
}
