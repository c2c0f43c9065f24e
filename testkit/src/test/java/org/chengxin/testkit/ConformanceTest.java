package org.chengxin.testkit;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every shipped conformance vector against this library, one dynamic test per vector, exactly as a partner
 * would with their own {@link ConformanceSubject}.
 */
class ConformanceTest {

  @TestFactory
  Stream<DynamicTest> everyVector() {
    return ConformanceTests.dynamicTests(LibrarySubject.create());
  }
}
