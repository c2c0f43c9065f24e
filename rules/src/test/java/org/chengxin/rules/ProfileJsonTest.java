package org.chengxin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengxin.rules.ProfileValuesTest.PROFILES;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code chengxin profiles show ID}: the resolved profile as a document, deterministic and loadable on its own. */
class ProfileJsonTest {

  @ParameterizedTest
  @ValueSource(strings = {"cn-national", "hainan-2017", "fujian-2017", "zhashui-2021", "qinhuangdao-transport-2021",
      "shenfu-2022"})
  void theWrittenProfileLoadsOnItsOwnAsAnEqualProfile(String id, @TempDir Path dir) throws IOException {
    Profile profile = PROFILES.get(id);
    Path file = dir.resolve(id + ".json");
    Files.writeString(file, ProfileJson.write(profile), StandardCharsets.UTF_8);
    Profile reloaded = ProfileRegistry.of(List.of(file.toUri().toURL())).get(id);
    // Everything inherited is written out, so the document needs no parent.
    assertThat(reloaded).isEqualTo(Profile.builder().from(profile).parent(Optional.empty()).build());
  }

  @Test
  void outputIsDeterministicWithUnixLineEnds() {
    Profile zhashui = PROFILES.get("zhashui-2021");
    String once = ProfileJson.write(zhashui);
    assertThat(ProfileJson.write(ProfileRegistry.load().get("zhashui-2021"))).isEqualTo(once);
    assertThat(once).doesNotContain("\r").endsWith("}\n").doesNotContain("\"extends\"");
  }

  @Test
  void keysComeInDocumentOrderAndParametersOnOneLine() {
    String json = ProfileJson.write(PROFILES.get("zhashui-2021"));
    assertThat(json).startsWith("{\n  \"id\": \"zhashui-2021\",\n  \"version\": \"1\",\n  \"name\": ");
    List<String> order = List.of("\"jurisdiction\"", "\"sources\"", "\"categories\"", "\"retention\"",
        "\"objection\"", "\"repair\"", "\"revocation\"", "\"mitigation\"", "\"measures\"");
    for (int i = 1; i < order.size(); i++) {
      assertThat(json.indexOf("\n  " + order.get(i))).as(order.get(i))
          .isGreaterThan(json.indexOf("\n  " + order.get(i - 1)));
    }
    assertThat(json).contains(
        "\"suspendMeasures\": {\"value\": true, \"basis\": \"seed:zhashui-2021:五(三)5\", \"verified\": true}");
    // categories in code order: JUDICIAL_JUDGMENT before ADMINISTRATIVE_PENALTY (Category declaration order)
    assertThat(json.indexOf("\"JUDICIAL_JUDGMENT\"")).isLessThan(json.indexOf("\"ADMINISTRATIVE_PENALTY\""));
  }

  @Test
  void aProfileWithReportingWritesTheRecipientAsAParameter() {
    assertThat(ProfileJson.write(PROFILES.get("hainan-2017"))).contains(
        "\"recipient\": {\"value\": \"省信用办\", \"basis\": \"seed:hainan-2017:五(一)\", \"verified\": true}");
  }

  @Test
  void aDiffIsWrittenWithBothSidesOfEveryDifference() {
    String json = ProfileJson.write(ProfileDiff.between(PROFILES.get("cn-national"), PROFILES.get("zhashui-2021")));
    assertThat(json).startsWith("{\n  \"a\": \"cn-national\",\n  \"b\": \"zhashui-2021\",\n  \"differences\": [");
    assertThat(json).contains("\"b\": {\"value\": true, \"basis\": \"seed:zhashui-2021:五(三)5\", \"verified\": true}");
    // an added rule: absent in A
    assertThat(json).containsPattern("\"path\": \"measures\\[zs-discipline-referral]\",\\s*\"a\": null,");
    // a parameter without basis: jurisdiction code
    assertThat(json).contains("\"a\": {\"value\": \"CN\"}, \"b\": {\"value\": \"611026\"}");
  }
}
