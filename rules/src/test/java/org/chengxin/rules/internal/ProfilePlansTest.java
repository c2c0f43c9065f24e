package org.chengxin.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.chengxin.rules.Profile;
import org.chengxin.rules.ProfileRegistry;
import org.junit.jupiter.api.Test;

/** The bounded cache of precomputed profiles: by identity, most recent kept, thread-safe. */
class ProfilePlansTest {

  private static final ProfileRegistry REGISTRY = ProfileRegistry.load();

  @Test
  void theSameProfileGetsTheSamePlanAndAnEqualCopyItsOwn() {
    ProfilePlans plans = new ProfilePlans(4);
    Profile zhashui = REGISTRY.get("zhashui-2021");
    ProfilePlan plan = plans.of(zhashui);
    assertThat(plans.of(zhashui)).isSameAs(plan);
    assertThat(plan.profile).isSameAs(zhashui);
    // an equal but distinct profile is another key (identity): its plan is built from it
    Profile copy = Profile.builder().from(zhashui).build();
    assertThat(copy).isEqualTo(zhashui).isNotSameAs(zhashui);
    assertThat(plans.of(copy).profile).isSameAs(copy);
  }

  @Test
  void keepsOnlyTheMostRecentCapacityProfiles() {
    ProfilePlans plans = new ProfilePlans(2);
    Profile a = REGISTRY.get("cn-national");
    Profile b = REGISTRY.get("fujian-2017");
    Profile c = REGISTRY.get("hainan-2017");
    ProfilePlan planA = plans.of(a);
    ProfilePlan planB = plans.of(b);
    assertThat(plans.of(a)).isSameAs(planA);
    plans.of(c); // capacity 2: a (the oldest insertion) is dropped
    assertThat(plans.of(b)).isSameAs(planB);
    assertThat(plans.of(a)).isNotSameAs(planA);
  }

  @Test
  void capacityMustBePositive() {
    assertThatThrownBy(() -> new ProfilePlans(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0");
  }

  @Test
  void threadsAlwaysGetAPlanOfTheProfileAsked() throws Exception {
    ProfilePlans plans = new ProfilePlans(3);
    List<Profile> all = new ArrayList<>(REGISTRY.all());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int offset = t;
        results.add(pool.submit(() -> {
          for (int i = 0; i < 5_000; i++) {
            Profile p = all.get((i + offset) % all.size());
            if (plans.of(p).profile != p) {
              return false;
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> f : results) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdown();
    }
  }
}
