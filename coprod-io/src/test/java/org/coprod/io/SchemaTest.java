package org.coprod.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coprod.core.Authority;
import org.coprod.core.ContributionKind;
import org.coprod.core.CreditPolicy;
import org.coprod.core.CreditPreference;
import org.coprod.core.CreditRole;
import org.coprod.core.DecisionRule;
import org.coprod.core.DecisionType;
import org.coprod.core.DeclineReason;
import org.coprod.core.Employment;
import org.coprod.core.ImpactOutcome;
import org.coprod.core.Involvement;
import org.coprod.core.LadderStep;
import org.coprod.core.MeetingFormat;
import org.coprod.core.Nature;
import org.coprod.core.Ownership;
import org.coprod.core.PaymentMethod;
import org.coprod.core.Perspective;
import org.coprod.core.Phase;
import org.coprod.core.ResourceKind;
import org.coprod.core.ResponseStatus;
import org.coprod.core.RewardKind;
import org.coprod.core.Side;
import org.coprod.core.StoryUse;
import org.junit.jupiter.api.Test;

class SchemaTest {
  private final JsonNode schema = Databind.json(ProjectFiles.schema());

  @Test
  void theSchemaIsDraft202012AndShipsInTheJarWhereItIsDocumented() throws java.io.IOException {
    assertThat(schema.get("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    try (java.io.InputStream in =
        ProjectFiles.class.getModule().getResourceAsStream(ProjectFiles.SCHEMA_RESOURCE)) {
      assertThat(in).isNotNull();
      assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
          .isEqualTo(ProjectFiles.schema());
    }
  }

  @Test
  void everyMappingOfTheSchemaHasExactlyTheKeysTheReaderKnows() {
    for (Map.Entry<String, Shape<?, ?>> e : ProjectFormat.shapes().entrySet()) {
      JsonNode def = e.getKey().equals("file") ? schema : schema.get("$defs").get(e.getKey());
      assertThat(def).as(e.getKey()).isNotNull();
      assertThat(names(def.get("properties")))
          .as(e.getKey())
          .containsExactlyElementsOf(e.getValue().keys());
      List<String> required = new ArrayList<>();
      def.get("required").forEach(n -> required.add(n.asText()));
      assertThat(required).as(e.getKey()).containsExactlyElementsOf(e.getValue().requiredKeys());
      assertThat(def.get("additionalProperties").asBoolean(true)).as(e.getKey()).isFalse();
      assertThat(def.get("patternProperties").has("^x-")).as(e.getKey()).isTrue();
    }
  }

  @Test
  void everyEnumOfTheSchemaListsTheModelsConstantsInOrder() {
    Map<String, Class<? extends Enum<?>>> enums =
        Map.ofEntries(
            Map.entry("project.nature", Nature.class),
            Map.entry("project.claimedLevel", LadderStep.class),
            Map.entry("participant.side", Side.class),
            Map.entry("participant.perspectives", Perspective.class),
            Map.entry("participant.employment", Employment.class),
            Map.entry("participant.involvement", Involvement.class),
            Map.entry("participant.declineReason", DeclineReason.class),
            Map.entry("participant.creditPreference", CreditPreference.class),
            Map.entry("role.authority", Authority.class),
            Map.entry("resource.kind", ResourceKind.class),
            Map.entry("contribution.phase", Phase.class),
            Map.entry("contribution.kind", ContributionKind.class),
            Map.entry("decision.phase", Phase.class),
            Map.entry("decision.type", DecisionType.class),
            Map.entry("decision.rule", DecisionRule.class),
            Map.entry("agreement.decisionRule", DecisionRule.class),
            Map.entry("agreement.credit", CreditPolicy.class),
            Map.entry("agreement.ownership", Ownership.class),
            Map.entry("agreement.reservedDecisions", DecisionType.class),
            Map.entry("credit.as", CreditRole.class),
            Map.entry("reward.kind", RewardKind.class),
            Map.entry("payment.methods", PaymentMethod.class),
            Map.entry("output.use", StoryUse.class),
            Map.entry("storyConsent.uses", StoryUse.class),
            Map.entry("meeting.phase", Phase.class),
            Map.entry("meeting.format", MeetingFormat.class),
            Map.entry("attendance.kind", ContributionKind.class),
            Map.entry("impact.outcome", ImpactOutcome.class),
            Map.entry("checkIn.side", Side.class),
            Map.entry("response.status", ResponseStatus.class));
    List<String> found = new ArrayList<>();
    schema
        .get("$defs")
        .properties()
        .forEach(
            def -> {
              JsonNode properties = def.getValue().get("properties");
              if (properties == null) {
                return;
              }
              properties
                  .properties()
                  .forEach(
                      p -> {
                        JsonNode node =
                            p.getValue().has("items") ? p.getValue().get("items") : p.getValue();
                        if (node.has("enum")) {
                          String key = def.getKey() + "." + p.getKey();
                          found.add(key);
                          assertThat(enums).as(key).containsKey(key);
                          List<String> values = new ArrayList<>();
                          node.get("enum").forEach(v -> values.add(v.asText()));
                          assertThat(values)
                              .as(key)
                              .containsExactly(Scalars.allowed(enums.get(key)).split(", "));
                        }
                      });
            });
    assertThat(found).containsExactlyInAnyOrderElementsOf(enums.keySet());
  }

  @Test
  void theSchemaRefusesWhatTheReaderRefuses() {
    String good =
        "{\"coprod\": 1, \"project\": {\"id\": \"p\", \"title\": \"T\", \"started\": \"2020-01-01\"}}";
    assertThat(SchemaCheck.errors(good, Format.JSON)).isEmpty();
    assertThat(SchemaCheck.errors(good.replace("\"coprod\": 1", "\"coprod\": 2"), Format.JSON))
        .isNotEmpty();
    assertThat(SchemaCheck.errors(good.replace("2020-01-01", "1 Jan 2020"), Format.JSON))
        .isNotEmpty();
    assertThat(SchemaCheck.errors(good.replace("\"title\"", "\"titel\""), Format.JSON))
        .isNotEmpty();
    assertThat(
            SchemaCheck.errors(
                good.replace("\"title\": \"T\"", "\"title\": \"T\", \"x-app\": {\"any\": [1]}"),
                Format.JSON))
        .isEmpty();
  }

  private static List<String> names(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
