package org.chengxin.rules.internal;

import org.chengxin.rules.Profile;

/**
 * The {@link ProfilePlan}s of the profiles assessed most recently, by identity (profiles are immutable, so a plan
 * stays valid as long as its profile lives). Bounded: it keeps the last {@code capacity} profiles and builds the
 * plan again for any other. Thread-safe: the recent plans are an array that is never changed once published
 * through a volatile field; two threads that miss at the same time both build an equal plan.
 */
public final class ProfilePlans {

  private final int capacity;
  /** Most recent first; at most {@code capacity}. */
  private volatile ProfilePlan[] recent = new ProfilePlan[0];

  /** A cache of at most {@code capacity} plans. */
  public ProfilePlans(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
    }
    this.capacity = capacity;
  }

  /** The plan of a profile. */
  public ProfilePlan of(Profile profile) {
    ProfilePlan[] plans = recent;
    for (ProfilePlan plan : plans) {
      if (plan.profile == profile) {
        return plan;
      }
    }
    ProfilePlan made = new ProfilePlan(profile);
    synchronized (this) {
      ProfilePlan[] old = recent;
      for (ProfilePlan plan : old) {
        if (plan.profile == profile) {
          return plan;
        }
      }
      ProfilePlan[] updated = new ProfilePlan[Math.min(old.length + 1, capacity)];
      updated[0] = made;
      System.arraycopy(old, 0, updated, 1, updated.length - 1);
      recent = updated;
    }
    return made;
  }
}
