/**
 * The conformance kit (一致性测试套件): language-neutral conformance vectors, their loader
 * ({@link org.chengxin.testkit.ConformanceVectors}), a field-level comparison of expected and actual JSON
 * ({@link org.chengxin.testkit.VectorComparator}) and a runner ({@link org.chengxin.testkit.ConformanceRunner}) that
 * drives any implementation through a {@link org.chengxin.testkit.ConformanceSubject};
 * {@link org.chengxin.testkit.ConformanceTests} turns that into one JUnit 5 test per vector. Seeded test-data
 * generators: {@link org.chengxin.testkit.RecordGenerator},
 * {@link org.chengxin.testkit.InvalidRecordGenerator} and {@link org.chengxin.testkit.EventSequenceGenerator}.
 *
 * <p>The vectors themselves live in {@code org/chengxin/testkit/vectors/} (see its {@code README.md}); every expected
 * value there was computed by hand from the specification, never copied from an implementation's output.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = true))
package org.chengxin.testkit;

import org.immutables.value.Value;
