package org.chengxin.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The comparison rules of the vectors' README, on small hand-written JSON pairs. */
class VectorComparatorTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text.replace('\'', '"'));
    } catch (Exception e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  private static List<String> assess(String expected, String actual) {
    return VectorComparator.compareAssessments(json(expected), json(actual)).stream().map(Difference::toString).toList();
  }

  private static List<String> validate(String expected, String actual) {
    return VectorComparator.compareValidationReports(json(expected), json(actual)).stream()
        .map(Difference::toString).toList();
  }

  @Test
  void identicalAssessmentsHaveNoDifference() {
    String a = "[{'recordId':'X','state':'ACTIVE','disclosure':{'publishBy':'2024-01-17','endedOn':null},"
        + "'measures':[{'code':'RECTIFICATION','basis':['b']}],'problems':[]}]";
    assertThat(assess(a, a)).isEmpty();
  }

  @Test
  void reportsTheExactPathExpectedAndActual() {
    assertThat(assess("[{'a':1},{'disclosure':{'publishBy':'2024-01-17'}}]",
        "[{'a':1},{'disclosure':{'publishBy':'2024-01-18'}}]"))
        .containsExactly("/1/disclosure/publishBy: expected \"2024-01-17\", actual \"2024-01-18\"");
  }

  @Test
  void nullMustBeWrittenNotOmitted() {
    assertThat(assess("[{'withdrawBy':null}]", "[{}]"))
        .containsExactly("/0/withdrawBy: expected null, actual <absent>");
  }

  @Test
  void extraActualFieldIsADifferenceButTraceIsIgnored() {
    assertThat(assess("[{'a':1}]", "[{'a':1,'trace':[{'rule':'R-DISC-3'}],'extra':true}]"))
        .containsExactly("/0/extra: expected <absent>, actual true");
  }

  @Test
  void measureBasisIsComparedOnlyWhenExpectedGivesIt() {
    assertThat(assess("[{'measures':[{'code':'A'}]}]", "[{'measures':[{'code':'A','basis':['x']}]}]")).isEmpty();
    assertThat(assess("[{'measures':[{'code':'A','basis':['y']}]}]", "[{'measures':[{'code':'A','basis':['x']}]}]"))
        .containsExactly("/0/measures/0/basis/0: expected \"y\", actual \"x\"");
  }

  @Test
  void problemsAreComparedOnExpectedKeysButNeverOnMessage() {
    String exp = "[{'recordId':'R','problems':[{'code':'AS_OF_BEFORE_DECISION','severity':'ERROR','message':'x'}]}]";
    String act = "[{'recordId':'R','problems':[{'code':'AS_OF_BEFORE_DECISION','severity':'ERROR',"
        + "'path':'/decision/decidedOn','message':'完全不同','value':'2024-01-08'}]}]";
    assertThat(assess(exp, act)).isEmpty();
    assertThat(assess("[{'problems':[{'code':'A','severity':'ERROR','path':'/x'}]}]",
        "[{'problems':[{'code':'A','severity':'ERROR','path':'/y'}]}]"))
        .containsExactly("/0/problems/0/path: expected \"/x\", actual \"/y\"");
  }

  @Test
  void arrayLengthAndOrderMatter() {
    assertThat(assess("[{'blockers':['A','B']}]", "[{'blockers':['B','A']}]"))
        .containsExactly("/0/blockers/0: expected \"A\", actual \"B\"", "/0/blockers/1: expected \"B\", actual \"A\"");
    assertThat(assess("[{'a':1},{'a':2}]", "[{'a':1}]")).singleElement().asString()
        .startsWith("(root): expected array of 2");
  }

  @ParameterizedTest(name = "{0} vs {1} -> equal {2}")
  @CsvSource({"1, 1.0, true", "2, 1, false", "'\"1\"', 1, false", "true, 'true', true", "null, false, false"})
  void scalarsCompareByJsonValue(String expected, String actual, boolean equal) {
    assertThat(assess("[{'v':" + expected + "}]", "[{'v':" + actual + "}]").isEmpty()).isEqualTo(equal);
  }

  @Test
  void aRefusalWhereAnAssessmentWasExpectedShowsEveryMissingField() {
    assertThat(assess("[{'recordId':'R','state':'ACTIVE'}]", "[{'recordId':'R','problems':[]}]"))
        .containsExactly("/0/problems: expected <absent>, actual []", "/0/state: expected \"ACTIVE\", actual <absent>");
  }

  @Test
  void validationReportsCompareCountsCodesSeveritiesAndLocationsOnly() {
    String exp = "{'recordsRead':2,'recordsValid':1,'recordsInvalid':1,'errors':1,'warnings':0,'notices':["
        + "{'code':'TYPE','severity':'ERROR','count':1,'samples':[{'line':2,'row':null,'path':'/tier'}]}]}";
    String act = "{'recordsRead':2,'recordsValid':1,'recordsInvalid':1,'errors':1,'warnings':0,'notices':["
        + "{'code':'TYPE','severity':'ERROR','count':1,'samples':[{'recordId':'V','line':2,'path':'/tier',"
        + "'value':'x','message':'m'}]}],'extra':1}";
    assertThat(validate(exp, act)).isEmpty();
    String wrong = act.replace("'line':2", "'line':3").replace("'warnings':0", "'warnings':1");
    assertThat(validate(exp, wrong)).containsExactly("/warnings: expected 0, actual 1",
        "/notices/0/samples/0/line: expected 2, actual 3");
  }

  @Test
  void sampleWithoutExpectedPathDoesNotComparePath() {
    String exp = "{'recordsRead':1,'recordsValid':0,'recordsInvalid':1,'errors':1,'warnings':0,'notices':["
        + "{'code':'JSON_SYNTAX','severity':'ERROR','count':1,'samples':[{'line':1,'row':null}]}]}";
    String act = exp.replace("'row':null", "'row':null,'path':''");
    assertThat(validate(exp, act)).isEmpty();
    assertThat(validate(exp, act.replace("'count':1,", "'count':2,")))
        .containsExactly("/notices/0/count: expected 1, actual 2");
  }

  @Test
  void missingNoticesAreReported() {
    String exp = "{'recordsRead':1,'recordsValid':1,'recordsInvalid':0,'errors':0,'warnings':0,'notices':[]}";
    assertThat(validate(exp, "{'recordsRead':1,'recordsValid':1,'recordsInvalid':0,'errors':0,'warnings':0}"))
        .containsExactly("/notices: expected [], actual <absent>");
  }
}
