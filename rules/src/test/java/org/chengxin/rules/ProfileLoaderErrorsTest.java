package org.chengxin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * SPEC §5: "Loading validates a profile fully (unknown keys, dangling ids, cycles → clear error)". One small broken
 * document per error under {@code src/test/resources/org/chengxin/rules/broken/}; each is loaded beside the real
 * {@code cn-national} (most extend it), and the error must name the file, the JSON key path and the bad value.
 */
class ProfileLoaderErrorsTest {

  static URL broken(String name) {
    return Objects.requireNonNull(ProfileLoaderErrorsTest.class.getResource("broken/" + name + ".json"), name);
  }

  static URL builtIn(String id) {
    return Objects.requireNonNull(ProfileRegistry.class.getResource("profiles/" + id + ".json"), id);
  }

  static ProfileException loadFailure(String... brokenNames) {
    List<URL> urls = new ArrayList<>();
    urls.add(builtIn("cn-national"));
    for (String name : brokenNames) {
      urls.add(broken(name));
    }
    ProfileException e = catchThrowableOfType(ProfileException.class, () -> ProfileRegistry.of(urls));
    assertThat(e).as("loading %s must fail", List.of(brokenNames)).isNotNull();
    return e;
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      # file                          | key path                                                        | the message names the problem and the bad value
      unknown-key                     | colour                                                          | unknown key 'colour'
      unknown-nested-key              | categories.ADMINISTRATIVE_PENALTY.repairable.comment            | unknown key 'comment'
      unknown-category                | categories.ADMIN_PENALTY                                        | unknown Category 'ADMIN_PENALTY'; expected one of JUDICIAL_JUDGMENT,
      unknown-measure-code            | measures[bad-code].code                                         | unknown MeasureCode 'PUBLIC_SHAMING'; expected one of WRITTEN_EXPLANATION,
      unknown-subject-kind            | measures[bad-kind].when.subjectKinds[1]                         | unknown SubjectKind 'COMPANY'
      unknown-lighter-waive           | mitigation.lighterWaives.value[1]                               | unknown MeasureCode 'PUBLIC_SHAMING'
      unknown-tier                    | categories.ADMINISTRATIVE_PENALTY.eras[0].tiers.GRAVE           | unknown Tier 'GRAVE'; expected one of MINOR, GENERAL, SERIOUS
      missing-basis                   | objection.suspendMeasures                                       | missing 'basis'
      missing-verified                | objection.suspendMeasures                                       | missing 'verified'
      missing-measure-basis           | measures[no-basis]                                              | missing 'basis'
      missing-era-basis               | categories.ADMINISTRATIVE_PENALTY.eras[0]                       | missing 'basis'
      dangling-extends                | extends                                                         | unknown parent profile 'cn-natinal'; known profiles: broken, cn-national
      self-cycle                      | extends                                                         | inheritance cycle: self-cycle -> self-cycle
      duplicate-profile-id            | id                                                              | duplicate profile id 'cn-national': also defined in file:
      duplicate-measure-id            | measures[1].id                                                  | duplicate measure rule id 'twice'
      duplicate-inherited-measure-id  | measures[0].id                                                  | duplicate measure rule id 'org-rectification': the parent already has it
      remove-unknown-measure          | removeMeasures[1]                                               | unknown measure rule 'org-rectificaton' (not inherited from the parent)
      remove-twice                    | removeMeasures[1]                                               | rule 'org-rectification' is removed twice
      negative-weight                 | evaluation.complaintLate.value                                  | expected a non-negative number, found -0.5
      weight-as-string                | evaluation.complaintLate.value                                  | expected a non-negative number, found '0.5'
      red-above-yellow                | evaluation.redBelow                                             | redBelow 85 is above yellowBelow 80
      measure-basis-unknown           | measureBasis.org-rectificaton                                   | unknown measure rule 'org-rectificaton'
      duplicate-era                   | categories.ADMINISTRATIVE_PENALTY.eras[1].from                  | duplicate era: another era already starts on '2019-07-01'
      unsorted-eras                   | categories.ADMINISTRATIVE_PENALTY.eras[2].from                  | eras must be sorted by 'from': '2017-07-31' comes after '2023-05-01'
      era-without-from                | categories.ADMINISTRATIVE_PENALTY.eras[1].from                  | missing required key 'from'
      missing-tier                    | categories.ADMINISTRATIVE_PENALTY.eras[0].tiers.SERIOUS         | missing tier SERIOUS
      fixed-without-period            | measures[fixed-bare].duration.period                            | a FIXED duration needs a period
      period-on-once                  | measures[once-period].duration.period                           | a ONCE duration takes no period
      malformed-period-no-p           | categories.ADMINISTRATIVE_PENALTY.eras[0].tiers.GENERAL.maximum | expected an ISO-8601 period such as P1Y, P3M or P0D, found '1Y'
      malformed-period-negative       | measures[negative].duration.period                              | found 'P-1Y'
      malformed-period-words          | retention.period.value                                          | found 'P5 years'
      malformed-period-lower-case     | retention.period.value                                          | found 'p5y'
      minimum-longer-than-maximum     | categories.ADMINISTRATIVE_PENALTY.eras[0].tiers.SERIOUS.minimum | minimum 'P2Y' is longer than maximum 'P1Y'
      wrong-type                      | objection.decideWithinWorkingDays.value                         | expected a non-negative integer, found 'five'
      bad-jurisdiction                | jurisdiction.code                                               | '61102' is neither a 6-digit division code nor a unit code
      action-not-once                 | measures[action-while].kind                                     | found ACTION with WHILE_ACTIVE
      statutory-action                | measures[statutory-once].statutory                              | every statutory measure is a RESTRICTION
      sanction-period-without-types   | measures[no-types].duration                                     | a SANCTION_PERIOD duration needs 'when.sanctionTypes'
      incomplete-new-category         | categories.NON_PROSECUTION.repairable                           | missing required key 'repairable'
      bad-date                        | categories.ADMINISTRATIVE_PENALTY.eras[0].from                  | '2019-02-30' is not a date YYYY-MM-DD
      remove-without-extends          | removeMeasures                                                  | 'removeMeasures' applies to inherited measure rules; this profile has no 'extends'
      incomplete-root                 | retention                                                       | missing required key 'retention'
      child-without-jurisdiction      | jurisdiction                                                    | missing required key 'jurisdiction'
      """)
  void aBrokenDocumentFailsNamingTheFileAndTheKey(String file, String path, String fragment) {
    ProfileException e = loadFailure(file);
    assertThat(e.file()).endsWith("/broken/" + file + ".json");
    assertThat(e.path()).contains(path);
    assertThat(e.getMessage()).startsWith(e.file() + ": " + path + ": ").contains(fragment);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      malformed-json      | not valid JSON: Unexpected character ('}'
      duplicate-json-key  | not valid JSON: Duplicate field 'version'
      empty               | the document is empty
      not-an-object       | a profile document must be a JSON object, not an array
      """)
  void anUnreadableDocumentFailsNamingTheFile(String file, String fragment) {
    ProfileException e = loadFailure(file);
    assertThat(e.file()).endsWith("/broken/" + file + ".json");
    assertThat(e.path()).isEmpty();
    assertThat(e.getMessage()).startsWith(e.file() + ": ").contains(fragment);
  }

  @Test
  void aCycleThroughTwoProfilesNamesTheWholeCycle() {
    ProfileException e = loadFailure("cycle-a", "cycle-b");
    // cycle-a is resolved first (ids in order); it needs cycle-b, whose parent cycle-a is already on the chain.
    assertThat(e.file()).endsWith("/broken/cycle-b.json");
    assertThat(e).hasMessageEndingWith("extends: inheritance cycle: cycle-a -> cycle-b -> cycle-a");
  }

  @Test
  void aChildWithoutItsParentIsADanglingExtends() {
    ProfileException e = catchThrowableOfType(
        ProfileException.class, () -> ProfileRegistry.of(List.of(builtIn("zhashui-2021"))));
    assertThat(e).hasMessageEndingWith(
        "zhashui-2021.json: extends: unknown parent profile 'cn-national'; known profiles: zhashui-2021");
  }

  @Test
  void theSameDocumentTwiceIsADuplicateId() {
    ProfileException e = catchThrowableOfType(
        ProfileException.class, () -> ProfileRegistry.of(List.of(builtIn("cn-national"), builtIn("cn-national"))));
    assertThat(e.path()).contains("id");
    assertThat(e).hasMessageContaining("duplicate profile id 'cn-national'");
  }

  @Test
  void aProfileExceptionIsAChengxinException() {
    assertThat(loadFailure("unknown-key")).isInstanceOf(org.chengxin.core.ChengxinException.class);
  }
}
