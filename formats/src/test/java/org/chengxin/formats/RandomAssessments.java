package org.chengxin.formats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.chengxin.core.Problem;
import org.chengxin.core.ProblemCode;
import org.chengxin.core.Tier;
import org.chengxin.rules.Assessment;
import org.chengxin.rules.DisclosureAssessment;
import org.chengxin.rules.EndReason;
import org.chengxin.rules.MeasureAssessment;
import org.chengxin.rules.MeasureCode;
import org.chengxin.rules.MeasureKind;
import org.chengxin.rules.MeasureState;
import org.chengxin.rules.NotDisclosedReason;
import org.chengxin.rules.ObjectionAssessment;
import org.chengxin.rules.ObjectionStatus;
import org.chengxin.rules.ProfileRef;
import org.chengxin.rules.PublicationStatus;
import org.chengxin.rules.RecordState;
import org.chengxin.rules.Remedy;
import org.chengxin.rules.RepairAssessment;
import org.chengxin.rules.RepairBlocker;
import org.chengxin.rules.RepairStatus;
import org.chengxin.rules.RetentionAssessment;
import org.chengxin.rules.Target;
import org.chengxin.rules.TraceEntry;
import org.chengxin.rules.internal.TraceParts;

/**
 * Random assessments for the writers' property tests, seeded by the caller: every string may hold control
 * characters, quotes, lone surrogates, U+2028; dates include years outside 1000..9999; trace entries are made
 * both ways ({@link TraceEntry#of} and, as the engine does, from parts).
 */
final class RandomAssessments {
  private static final String[] PIECES = {"", "R-1", "诚信", "\"", "\\", "/", "\n", "\t", "\u0000", "\u001f",
      "\u007f", "\u2028", "\u2029", "\ud800", "\udfff", "\ud83d\ude00", "\ud800\ud800", "é", "〔2019〕527号", " "};
  private final SplittableRandom random;

  RandomAssessments(SplittableRandom random) {
    this.random = random;
  }

  String text() {
    StringBuilder b = new StringBuilder();
    for (int i = random.nextInt(5); i > 0; i--) {
      b.append(random.nextInt(6) == 0 ? (char) random.nextInt(0x10000) : PIECES[random.nextInt(PIECES.length)]);
    }
    return b.toString();
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private LocalDate day() {
    int kind = random.nextInt(20);
    if (kind == 0) {
      return LocalDate.of(999, 12, 31); // years outside 1000..9999 take LocalDate.toString()'s form
    } else if (kind == 1) {
      return LocalDate.of(12_345, 1, 2);
    }
    return LocalDate.of(1990, 1, 1).plusDays(random.nextInt(20_000));
  }

  private LocalDate maybe() {
    return random.nextBoolean() ? day() : null;
  }

  List<Problem> problems() {
    List<Problem> problems = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      problems.add(Problem.of(pick(ProblemCode.values()), text(), random.nextBoolean() ? text() : null, text(),
          text()));
    }
    return problems;
  }

  List<Problem> atLeastOneProblem() {
    List<Problem> problems = new ArrayList<>(problems());
    problems.add(Problem.of(pick(ProblemCode.values()), text(), text(), text(), text()));
    return problems;
  }

  Assessment assessment() {
    DisclosureAssessment.Builder d = DisclosureAssessment.builder().disclosable(random.nextBoolean())
        .publication(pick(PublicationStatus.values())).minimumLastDay(day()).lastDay(day())
        .visible(random.nextBoolean()).underObjection(random.nextBoolean());
    LocalDate publishBy = maybe();
    if (publishBy != null) {
      d.publishBy(publishBy);
    }
    LocalDate publishedOn = maybe();
    if (publishedOn != null) {
      d.publishedOn(publishedOn);
    }
    LocalDate ended = maybe();
    if (ended != null) {
      d.endedOn(ended).endReason(pick(EndReason.values()));
    }
    if (random.nextBoolean()) {
      d.reason(pick(NotDisclosedReason.values()));
    }
    RepairAssessment.Builder repair = RepairAssessment.builder().status(pick(RepairStatus.values()))
        .eligible(random.nextBoolean());
    for (int i = random.nextInt(3); i > 0; i--) {
      repair.addBlockers(pick(RepairBlocker.values()));
    }
    LocalDate from = maybe();
    if (from != null) {
      repair.eligibleFrom(from);
    }
    LocalDate pushBy = maybe();
    if (pushBy != null) {
      repair.pushBy(pushBy);
    }
    Assessment.Builder a = Assessment.builder().recordId(text()).asOf(day())
        .profile(ProfileRef.of(text(), text())).state(pick(RecordState.values()))
        .tier(pick(Tier.values())).disclosure(d.build())
        .retention(RetentionAssessment.of(day(), random.nextBoolean()))
        .objection(ObjectionAssessment.of(pick(ObjectionStatus.values()), maybe(), random.nextBoolean()))
        .repair(repair.build())
        .addAllProblems(problems());
    if (random.nextBoolean()) {
      a.era(day());
    }
    for (int m = random.nextInt(4); m > 0; m--) {
      MeasureAssessment.Builder mb = MeasureAssessment.builder().code(pick(MeasureCode.values()))
          .target(pick(Target.values())).kind(pick(MeasureKind.values())).statutory(random.nextBoolean())
          .from(day()).state(pick(MeasureState.values()));
      for (int b = random.nextInt(3); b > 0; b--) {
        mb.addBasis(text());
      }
      LocalDate last = maybe();
      if (last != null) {
        mb.lastDay(last);
      }
      a.addMeasures(mb.build());
    }
    if (random.nextBoolean()) {
      a.addRemedies(pick(Remedy.values()));
    }
    if (random.nextBoolean()) {
      a.withdrawBy(day());
    }
    for (int t = random.nextInt(4); t > 0; t--) {
      a.addTrace(random.nextBoolean() ? TraceEntry.of(text(), text(), text()) : parts());
    }
    return a.build();
  }

  /**
   * An entry as the engine makes it: its detail kept as parts, dates and texts, recurring ones too (the same
   * strings again, as a profile's) and surrogate halves that only the joined text pairs.
   */
  private TraceEntry parts() {
    List<Object> parts = new ArrayList<>();
    for (int k = random.nextInt(6); k > 0; k--) {
      int kind = random.nextInt(3);
      parts.add(kind == 0 ? day() : kind == 1 ? pick(PIECES) : text());
    }
    return TraceParts.of(pick(PIECES), random.nextBoolean() ? pick(PIECES) : text(), parts.toArray());
  }
}
