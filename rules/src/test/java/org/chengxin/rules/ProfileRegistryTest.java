package org.chengxin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProfileRegistryTest {

  private static final ProfileRegistry REGISTRY = ProfileRegistry.load();

  @Test
  void loadsTheSixBuiltInProfilesSortedById() {
    assertThat(REGISTRY.ids()).containsSubsequence(
        "cn-national", "fujian-2017", "hainan-2017", "qinhuangdao-transport-2021", "shenfu-2022", "zhashui-2021");
  }

  @Test
  void unknownIdNamesTheIdAndTheKnownIds() {
    assertThatThrownBy(() -> REGISTRY.get("nowhere-2030"))
        .isInstanceOf(UnknownProfileException.class)
        .hasMessageContaining("'nowhere-2030'")
        .hasMessageContaining("cn-national, ");
  }
}
