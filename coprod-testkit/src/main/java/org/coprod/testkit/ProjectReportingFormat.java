package org.coprod.testkit;

import net.jqwik.api.SampleReportingFormat;
import org.coprod.core.Project;
import org.coprod.core.Side;

/**
 * How jqwik reports a project in a falsified sample: its size by side and, for a generated one, the
 * {@link org.coprod.core.synthetic.ProjectSpec} and variations that rebuild it. Never a name or any
 * other personal data. Registered as a jqwik service; users need not call it.
 */
public final class ProjectReportingFormat implements SampleReportingFormat {
  /** The format jqwik loads. */
  public ProjectReportingFormat() {}

  @Override
  public boolean appliesTo(Object value) {
    return value instanceof Project;
  }

  @Override
  public Object report(Object value) {
    Project p = (Project) value;
    String size =
        "Project{id="
            + p.id()
            + ", livedExperience="
            + p.participantsOn(Side.LIVED_EXPERIENCE).size()
            + ", professional="
            + p.participantsOn(Side.PROFESSIONAL).size()
            + ", contributions="
            + p.contributions().size()
            + ", decisions="
            + p.decisions().size()
            + ", agreements="
            + p.agreements().size()
            + ", outputs="
            + p.outputs().size()
            + ", closed="
            + p.closed().map(Object::toString).getOrElse("no")
            + "}";
    return SampleReportingFormat.plainLabel(
        GeneratedProjects.recipe(p).map(r -> size + " from " + r).getOrElse(size));
  }
}
