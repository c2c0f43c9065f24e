package org.chengxin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.time.Period;
import java.util.List;
import org.chengxin.core.JurisdictionUnits;
import org.chengxin.rules.internal.BuiltInProfiles;
import org.junit.jupiter.api.Test;

/** SPEC §5: profiles are resource files loaded through a provider SPI; a platform can add its own without code. */
class ProfileRegistryTest {

  private static final ProfileRegistry BUILT_IN = ProfileRegistry.of(new BuiltInProfiles().profiles());
  private static final ProfileRegistry LOADED = ProfileRegistry.load();

  @Test
  void theBuiltInProviderShipsTheSixProfilesSortedById() {
    assertThat(BUILT_IN.ids()).containsExactly(
        "cn-national", "fujian-2017", "hainan-2017", "qinhuangdao-transport-2021", "shenfu-2022", "zhashui-2021");
    assertThat(BUILT_IN.all()).extracting(Profile::id).isEqualTo(BUILT_IN.ids());
  }

  @Test
  void loadFindsTheBuiltInProviderAndAPlatformsOwnProviderThroughMetaInfServices() {
    // The test classpath registers SamplePlatformProfiles beside BuiltInProfiles.
    assertThat(LOADED.ids()).containsExactly(
        "cn-national", "fujian-2017", "hainan-2017", "qinhuangdao-transport-2021", "sample-zone-2024",
        "shenfu-2022", "zhashui-2021");
  }

  @Test
  void aPlatformsProfileInheritsFromASeedProfileAndChangesItByKey() {
    Profile sample = LOADED.get("sample-zone-2024");
    assertThat(sample.parent()).contains("zhashui-2021");
    assertThat(sample.version()).isEqualTo("3");
    // replaced by key
    assertThat(sample.objectionDecideWorkingDays().value()).isEqualTo(10);
    assertThat(sample.objectionDecideWorkingDays().basis().note()).contains("10个工作日内处理异议");
    // inherited from zhashui-2021, which set it (seed:zhashui-2021:五(三)5)
    assertThat(sample.suspendMeasuresDuringObjection().value()).isTrue();
    assertThat(sample.suspendMeasuresDuringObjection().basis().citation()).isEqualTo("seed:zhashui-2021:五(三)5");
    // inherited from cn-national through zhashui-2021
    assertThat(sample.retentionPeriod().value()).isEqualTo(Period.ofYears(5));
    // measure rules: zhashui's referral removed, one added at the end
    List<String> ids = sample.measures().stream().map(MeasureRule::id).toList();
    assertThat(ids).doesNotContain("zs-discipline-referral").endsWith("sz-fixed-honor-ban").contains("org-rectification");
    MeasureRule added = sample.measures().get(sample.measures().size() - 1);
    assertThat(added.duration()).isEqualTo(Duration.of(DurationType.FIXED, Period.ofYears(2)));
    assertThat(added.basis()).isEqualTo(Basis.of("seed:sample-zone-2024:4", false));
    // sources are appended: cn-national's five, zhashui's, the platform's
    assertThat(sample.sources()).extracting(SourceDocument::id).endsWith("zhashui-2021", "sample-zone-2024");
  }

  @Test
  void loadWithAClassLoaderSeesOnlyItsProviders() {
    // A class loader that cannot see the test classes' META-INF/services (only rules' own resources).
    ClassLoader parentOnly = new URLClassLoader(new URL[0], ProfileRegistry.class.getClassLoader()) {
      @Override
      public java.util.Enumeration<URL> getResources(String name) throws java.io.IOException {
        List<URL> urls = java.util.Collections.list(super.getResources(name));
        urls.removeIf(u -> u.toString().contains("test-classes"));
        return java.util.Collections.enumeration(urls);
      }
    };
    assertThat(ProfileRegistry.load(parentOnly).ids()).isEqualTo(BUILT_IN.ids());
  }

  @Test
  void getReturnsTheProfileAndFindIsItsOptionalForm() {
    assertThat(BUILT_IN.get("zhashui-2021").id()).isEqualTo("zhashui-2021");
    assertThat(BUILT_IN.find("zhashui-2021")).containsSame(BUILT_IN.get("zhashui-2021"));
    assertThat(BUILT_IN.find("zhashui")).isEmpty();
  }

  @Test
  void unknownIdNamesTheIdAndEveryKnownId() {
    assertThatThrownBy(() -> BUILT_IN.get("nowhere-2030"))
        .isInstanceOf(UnknownProfileException.class)
        .hasMessage("unknown profile 'nowhere-2030'; known profiles: cn-national, fujian-2017, hainan-2017, "
            + "qinhuangdao-transport-2021, shenfu-2022, zhashui-2021")
        .extracting(e -> ((UnknownProfileException) e).id()).isEqualTo("nowhere-2030");
  }

  @Test
  void byJurisdictionSelectsByCode() {
    assertThat(BUILT_IN.byJurisdiction("611026")).extracting(Profile::id).containsExactly("zhashui-2021");
    assertThat(BUILT_IN.byJurisdiction("SHENFU")).extracting(Profile::id).containsExactly("shenfu-2022");
    assertThat(BUILT_IN.byJurisdiction("CN")).extracting(Profile::id).containsExactly("cn-national");
    assertThat(BUILT_IN.byJurisdiction("210000")).isEmpty();
    assertThat(LOADED.byJurisdiction("SAMPLE_ZONE")).extracting(Profile::id).containsExactly("sample-zone-2024");
  }

  @Test
  void jurisdictionUnitsExtendCoresStandardUnitsWithEveryProfilesNonStandardUnit() {
    // SPEC §3.1: core ships CN and SHENFU; profiles may extend the registry.
    JurisdictionUnits builtIn = BUILT_IN.jurisdictionUnits();
    assertThat(builtIn.units().keySet()).containsExactly("CN", "SHENFU");
    assertThat(builtIn.unit("SHENFU").flatMap(JurisdictionUnits.Unit::parentDivision)).contains("210000");

    JurisdictionUnits loaded = LOADED.jurisdictionUnits();
    assertThat(loaded.units().keySet()).containsExactly("CN", "SAMPLE_ZONE", "SHENFU");
    JurisdictionUnits.Unit sample = loaded.unit("SAMPLE_ZONE").orElseThrow();
    assertThat(sample.zh()).isEqualTo("示例新区");
    assertThat(sample.en()).isEqualTo("Sample New Zone");
    assertThat(sample.parentDivision()).contains("610000");
  }

  @Test
  void anEmptyListOfDocumentsIsAnEmptyRegistry() {
    ProfileRegistry empty = ProfileRegistry.of(List.of());
    assertThat(empty.all()).isEmpty();
    assertThatThrownBy(() -> empty.get("cn-national")).hasMessage("unknown profile 'cn-national'; known profiles: (none)");
  }
}
