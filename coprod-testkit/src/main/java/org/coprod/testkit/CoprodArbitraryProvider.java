package org.coprod.testkit;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;
import org.coprod.core.Acknowledgement;
import org.coprod.core.Agreement;
import org.coprod.core.AgreementVersion;
import org.coprod.core.Attendance;
import org.coprod.core.CheckIn;
import org.coprod.core.Consent;
import org.coprod.core.Contribution;
import org.coprod.core.ContributionId;
import org.coprod.core.Credit;
import org.coprod.core.Decision;
import org.coprod.core.DecisionId;
import org.coprod.core.Expenses;
import org.coprod.core.Id;
import org.coprod.core.Impact;
import org.coprod.core.ImpactId;
import org.coprod.core.Meeting;
import org.coprod.core.MeetingId;
import org.coprod.core.MonitoringCount;
import org.coprod.core.NameWithdrawal;
import org.coprod.core.Output;
import org.coprod.core.OutputId;
import org.coprod.core.Participant;
import org.coprod.core.ParticipantId;
import org.coprod.core.PaymentTerms;
import org.coprod.core.PopulationShare;
import org.coprod.core.Project;
import org.coprod.core.ProjectId;
import org.coprod.core.ProjectView;
import org.coprod.core.Resource;
import org.coprod.core.ResourceId;
import org.coprod.core.Response;
import org.coprod.core.ResponseId;
import org.coprod.core.Reward;
import org.coprod.core.Role;
import org.coprod.core.StoryConsent;
import org.coprod.core.Support;
import org.coprod.core.Tally;
import org.coprod.core.synthetic.ProjectSpec;

/**
 * Makes {@code @ForAll Project} (and every other coprod value) work in jqwik properties, with the
 * arbitraries of {@link CoprodArbitraries} at their defaults. Registered as a jqwik service; users
 * need not call it. Enums need nothing: jqwik draws them by itself.
 */
public final class CoprodArbitraryProvider implements ArbitraryProvider {
  private static final Map<Class<?>, Supplier<Arbitrary<?>>> ARBITRARIES =
      Map.ofEntries(
          Map.entry(Project.class, CoprodArbitraries::projects),
          Map.entry(ProjectView.class, CoprodArbitraries::views),
          Map.entry(ProjectSpec.class, CoprodArbitraries::specs),
          Map.entry(Participant.class, CoprodArbitraries::participants),
          Map.entry(Role.class, CoprodArbitraries::roles),
          Map.entry(Resource.class, CoprodArbitraries::resources),
          Map.entry(Contribution.class, CoprodArbitraries::contributions),
          Map.entry(Expenses.class, CoprodArbitraries::expenses),
          Map.entry(Decision.class, CoprodArbitraries::decisions),
          Map.entry(Agreement.class, CoprodArbitraries::agreements),
          Map.entry(Consent.class, CoprodArbitraries::consents),
          Map.entry(PaymentTerms.class, CoprodArbitraries::paymentTerms),
          Map.entry(Acknowledgement.class, CoprodArbitraries::acknowledgements),
          Map.entry(Output.class, CoprodArbitraries::outputs),
          Map.entry(Credit.class, CoprodArbitraries::credits),
          Map.entry(Reward.class, CoprodArbitraries::rewards),
          Map.entry(ParticipantId.class, CoprodArbitraries::participantIds),
          Map.entry(OutputId.class, CoprodArbitraries::outputIds),
          Map.entry(DecisionId.class, CoprodArbitraries::decisionIds),
          Map.entry(ResourceId.class, CoprodArbitraries::resourceIds),
          Map.entry(ContributionId.class, CoprodArbitraries::contributionIds),
          Map.entry(ProjectId.class, CoprodArbitraries::projectIds),
          Map.entry(AgreementVersion.class, CoprodArbitraries::agreementVersions),
          Map.entry(Id.class, CoprodArbitraries::ids),
          Map.entry(Meeting.class, CoprodArbitraries::meetings),
          Map.entry(Attendance.class, CoprodArbitraries::attendances),
          Map.entry(Impact.class, CoprodArbitraries::impacts),
          Map.entry(CheckIn.class, CoprodArbitraries::checkIns),
          Map.entry(Tally.class, CoprodArbitraries::tallies),
          Map.entry(Response.class, CoprodArbitraries::responses),
          Map.entry(StoryConsent.class, CoprodArbitraries::storyConsents),
          Map.entry(NameWithdrawal.class, CoprodArbitraries::nameWithdrawals),
          Map.entry(Support.class, CoprodArbitraries::supports),
          Map.entry(PopulationShare.class, CoprodArbitraries::populationShares),
          Map.entry(MonitoringCount.class, CoprodArbitraries::monitoringCounts),
          Map.entry(MeetingId.class, CoprodArbitraries::meetingIds),
          Map.entry(ImpactId.class, CoprodArbitraries::impactIds),
          Map.entry(ResponseId.class, CoprodArbitraries::responseIds));

  /** The provider jqwik loads. */
  public CoprodArbitraryProvider() {}

  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return ARBITRARIES.containsKey(targetType.getRawType());
  }

  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    Supplier<Arbitrary<?>> arbitrary =
        Objects.requireNonNull(
            ARBITRARIES.get(targetType.getRawType()), "jqwik asks only for types it was told of");
    return Set.of(arbitrary.get());
  }
}
