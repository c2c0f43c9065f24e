package org.chengxin.formats;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import org.chengxin.core.CitizenIdNumber;
import org.chengxin.formats.internal.Json;

/**
 * The fixture table of invalid records (SPEC §3, §8): each fixture is a valid base record with one mutation and
 * the exact problems ({@code CODE@path}) it must produce.
 */
final class Fixtures {

  /** An organisation with an administrative penalty and a consistent history (every optional field). */
  static final String ORG = "{\"schemaVersion\":\"1.0\",\"recordId\":\"ZS-2024-0001\",\"jurisdiction\":\"611026\","
      + "\"subject\":{\"kind\":\"DEPARTMENT\",\"name\":\"柞水县某局\",\"uscc\":\"11230500001755309F\","
      + "\"level\":\"COUNTY\",\"divisionCode\":\"611026\",\"principalName\":\"赵某\"},"
      + "\"category\":\"ADMINISTRATIVE_PENALTY\",\"domain\":\"GOVERNMENT_PROCUREMENT\",\"tier\":\"GENERAL\","
      + "\"decision\":{\"documentNumber\":\"柞政罚〔2024〕12号\",\"authorityName\":\"柞水县市场监督管理局\","
      + "\"authorityUscc\":\"9144030071526726XG\",\"decidedOn\":\"2024-03-01\",\"effectiveOn\":\"2024-03-05\","
      + "\"facts\":\"未按规定公开采购信息\",\"basis\":\"《政府采购法》第七十一条\",\"content\":\"罚款一千元\","
      + "\"penaltyTypes\":[\"FINE\",\"WARNING_NOTICE\"],\"fineAmount\":\"1000.00\",\"confiscatedAmount\":\"0\","
      + "\"simpleProcedure\":false},"
      + "\"impact\":{\"economicLoss\":\"5000.5\",\"socialImpact\":\"LOW\"},"
      + "\"actEndedOn\":\"2024-01-31\",\"rectificationDueOn\":\"2024-04-30\",\"disclosureRestriction\":\"NONE\","
      + "\"publishedOn\":\"2024-03-08\","
      + "\"events\":[{\"type\":\"OBJECTION_FILED\",\"on\":\"2024-03-10\",\"by\":\"柞水县某局\"},"
      + "{\"type\":\"OBJECTION_RESOLVED\",\"on\":\"2024-03-20\",\"outcome\":\"REJECTED\"},"
      + "{\"type\":\"RECTIFICATION_COMPLETED\",\"on\":\"2024-04-01\"},"
      + "{\"type\":\"REPAIR_APPLIED\",\"on\":\"2024-05-01\"},"
      + "{\"type\":\"REPAIR_DECIDED\",\"on\":\"2024-05-10\",\"approved\":true}],"
      + "\"source\":{\"unit\":\"柞水县发展和改革局\",\"unitUscc\":\"11230500001755309F\","
      + "\"submittedAt\":\"2024-03-08T09:30:00+08:00\"}}";

  /** A public official with a government sanction, mitigation and revocation. */
  static final String OFFICIAL = "{\"schemaVersion\":\"1.0\",\"recordId\":\"ZS-2024-0002\","
      + "\"jurisdiction\":\"SHENFU\","
      + "\"subject\":{\"kind\":\"PUBLIC_OFFICIAL\",\"name\":\"张某\",\"divisionCode\":\"110105\","
      + "\"idNumber\":\"11010519491231002X\",\"employerName\":\"柞水县某局\","
      + "\"employerUscc\":\"11230500001755309F\",\"position\":\"科长\",\"civilServant\":true},"
      + "\"category\":\"DISCIPLINARY_SANCTION\",\"tier\":\"SERIOUS\","
      + "\"decision\":{\"documentNumber\":\"柞纪〔2024〕3号\",\"authorityName\":\"柞水县纪律检查委员会\","
      + "\"authorityUscc\":\"11230500001755309F\",\"decidedOn\":\"2024-03-01\",\"content\":\"给予记过处分\","
      + "\"sanction\":{\"system\":\"GOVERNMENT\",\"type\":\"DEMERIT\",\"periodMonths\":24}},"
      + "\"events\":[{\"type\":\"MITIGATION_DECIDED\",\"on\":\"2024-03-02\",\"decision\":\"LIGHTER\","
      + "\"grounds\":[\"RECOVERED_LOSS\"]},"
      + "{\"type\":\"DECISION_REVOKED\",\"on\":\"2024-06-01\",\"reason\":\"复议撤销\"}],"
      + "\"source\":{\"unit\":\"柞水县纪律检查委员会\",\"unitUscc\":\"11230500001755309F\","
      + "\"submittedAt\":\"2024-03-02T00:00:00Z\"}}";

  /** Marks a removal in a mutation. */
  static final String REMOVE = "<remove>";

  /** The problem codes a JSON Schema can see (SPEC §6). */
  static final Set<String> STRUCTURAL = Set.of("UNKNOWN_FIELD", "REQUIRED", "FORBIDDEN_FIELD", "TYPE",
      "ENUM_UNKNOWN", "LENGTH", "USCC_FORMAT", "ID_FORMAT", "DIVISION_FORMAT", "MONEY_INVALID");

  /** One fixture: a base, mutations (pointer, JSON literal or REMOVE), and the expected CODE@path list. */
  record Fixture(String name, String base, List<String[]> mutations, List<String> expected) {
    JsonNode tree() {
      return apply(base, mutations);
    }

    boolean structural() {
      return expected.stream().anyMatch(e -> STRUCTURAL.contains(e.substring(0, e.indexOf('@'))));
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static Fixture f(String name, String base, String pointer, String literal, String... expected) {
    return new Fixture(name, base, List.<String[]>of(new String[] {pointer, literal}), List.of(expected));
  }

  /** A valid citizen ID born on a day (digits 7–14), for ID_BIRTHDATE after the decision. */
  static String idBornOn(String yyyymmdd) {
    String body = "110105" + yyyymmdd + "001";
    return body + CitizenIdNumber.checkCharacter(body);
  }

  static List<Fixture> all() {
    String longName = "名".repeat(201);
    return List.of(
        // §3.1 top level
        f("schemaVersion missing", ORG, "/schemaVersion", REMOVE, "REQUIRED@/schemaVersion"),
        f("schemaVersion 2.0", ORG, "/schemaVersion", "\"2.0\"", "ENUM_UNKNOWN@/schemaVersion"),
        f("recordId empty", ORG, "/recordId", "\"\"", "LENGTH@/recordId"),
        f("recordId with a space", ORG, "/recordId", "\"a b\"", "LENGTH@/recordId"),
        f("recordId 65 characters", ORG, "/recordId", "\"" + "a".repeat(65) + "\"", "LENGTH@/recordId"),
        f("recordId a number", ORG, "/recordId", "17", "TYPE@/recordId"),
        f("jurisdiction 5 digits", ORG, "/jurisdiction", "\"61102\"", "DIVISION_FORMAT@/jurisdiction"),
        f("jurisdiction lower case unit", ORG, "/jurisdiction", "\"cn\"", "DIVISION_FORMAT@/jurisdiction"),
        f("jurisdiction unknown division", ORG, "/jurisdiction", "\"999999\"", "DIVISION_UNKNOWN@/jurisdiction"),
        f("jurisdiction unknown unit", ORG, "/jurisdiction", "\"XIONGAN\"", "DIVISION_UNKNOWN@/jurisdiction"),
        f("unknown top-level field", ORG, "/extra", "1", "UNKNOWN_FIELD@/extra"),
        f("unknown field with a slash", ORG, "/a~1b", "1", "UNKNOWN_FIELD@/a~1b"),
        f("domain null", ORG, "/domain", "null", "TYPE@/domain"),
        f("category unknown", ORG, "/category", "\"FOO\"", "ENUM_UNKNOWN@/category"),
        f("tier a number", ORG, "/tier", "3", "TYPE@/tier"),
        f("disclosureRestriction unknown", ORG, "/disclosureRestriction", "\"SECRET\"",
            "ENUM_UNKNOWN@/disclosureRestriction"),
        f("publishedOn before decidedOn", ORG, "/publishedOn", "\"2024-02-29\"", "DATE_ORDER@/publishedOn"),
        f("actEndedOn after decidedOn", ORG, "/actEndedOn", "\"2024-03-02\"", "DATE_ORDER@/decision/decidedOn"),
        f("rectificationDueOn not a date", ORG, "/rectificationDueOn", "\"2024-4-30\"",
            "DATE_INVALID@/rectificationDueOn"),
        f("whole record an array", ORG, "", "[]", "TYPE@"),
        // §3.2 subject
        f("subject an array", ORG, "/subject", "[]", "TYPE@/subject"),
        f("unknown subject field", ORG, "/subject/extra", "\"x\"", "UNKNOWN_FIELD@/subject/extra"),
        f("subject name missing", ORG, "/subject/name", REMOVE, "REQUIRED@/subject/name"),
        f("subject name null", ORG, "/subject/name", "null", "REQUIRED@/subject/name"),
        f("subject name 201 characters", ORG, "/subject/name", "\"" + longName + "\"", "LENGTH@/subject/name"),
        f("uscc lower case", ORG, "/subject/uscc", "\"11230500001755309f\"", "USCC_FORMAT@/subject/uscc"),
        f("uscc 17 characters", ORG, "/subject/uscc", "\"1123050000175530F\"", "USCC_FORMAT@/subject/uscc"),
        f("uscc wrong check character", ORG, "/subject/uscc", "\"11230500001755309A\"",
            "USCC_CHECKSUM@/subject/uscc"),
        f("uscc of a company for a department (R-ID-4)", ORG, "/subject/uscc", "\"9144030071526726XG\"",
            "USCC_KIND_MISMATCH@/subject/uscc"),
        f("organisation without uscc", ORG, "/subject/uscc", REMOVE, "REQUIRED@/subject/uscc"),
        f("organisation without divisionCode", ORG, "/subject/divisionCode", REMOVE,
            "REQUIRED@/subject/divisionCode"),
        f("divisionCode with a letter", ORG, "/subject/divisionCode", "\"61102A\"",
            "DIVISION_FORMAT@/subject/divisionCode"),
        f("divisionCode unknown", ORG, "/subject/divisionCode", "\"611099\"",
            "DIVISION_UNKNOWN@/subject/divisionCode"),
        f("organisation with an idNumber", ORG, "/subject/idNumber", "\"11010519491231002X\"",
            "FORBIDDEN_FIELD@/subject/idNumber"),
        f("organisation with civilServant", ORG, "/subject/civilServant", "true",
            "FORBIDDEN_FIELD@/subject/civilServant"),
        f("level unknown", ORG, "/subject/level", "\"VILLAGE\"", "ENUM_UNKNOWN@/subject/level"),
        f("department turned official", ORG, "/subject/kind", "\"PUBLIC_OFFICIAL\"",
            "FORBIDDEN_FIELD@/subject/uscc", "FORBIDDEN_FIELD@/subject/level",
            "FORBIDDEN_FIELD@/subject/principalName", "REQUIRED@/subject/idNumber",
            "REQUIRED@/subject/employerName", "REQUIRED@/subject/employerUscc"),
        f("official with a uscc", OFFICIAL, "/subject/uscc", "\"11230500001755309F\"",
            "FORBIDDEN_FIELD@/subject/uscc"),
        f("official with a level", OFFICIAL, "/subject/level", "\"COUNTY\"", "FORBIDDEN_FIELD@/subject/level"),
        f("official without idNumber", OFFICIAL, "/subject/idNumber", REMOVE, "REQUIRED@/subject/idNumber"),
        f("official without employerUscc", OFFICIAL, "/subject/employerUscc", REMOVE,
            "REQUIRED@/subject/employerUscc"),
        f("ID wrong check character", OFFICIAL, "/subject/idNumber", "\"110105194912310021\"",
            "ID_CHECKSUM@/subject/idNumber"),
        f("ID month 13", OFFICIAL, "/subject/idNumber", "\"11010519491331002X\"", "ID_BIRTHDATE@/subject/idNumber"),
        f("ID lower-case x", OFFICIAL, "/subject/idNumber", "\"11010519491231002x\"", "ID_FORMAT@/subject/idNumber"),
        f("ID born after the decision", OFFICIAL, "/subject/idNumber", "\"" + idBornOn("20240302") + "\"",
            "ID_BIRTHDATE@/subject/idNumber"),
        f("civilServant a string", OFFICIAL, "/subject/civilServant", "\"yes\"", "TYPE@/subject/civilServant"),
        // §3.3 category
        f("sanction category for an organisation", ORG, "/category", "\"DISCIPLINARY_SANCTION\"",
            "CATEGORY_MISMATCH@/category", "FORBIDDEN_FIELD@/decision/penaltyTypes",
            "FORBIDDEN_FIELD@/decision/fineAmount", "FORBIDDEN_FIELD@/decision/confiscatedAmount",
            "FORBIDDEN_FIELD@/decision/simpleProcedure", "REQUIRED@/decision/sanction"),
        f("payment arrears of an official", OFFICIAL, "/category", "\"PAYMENT_ARREARS\"",
            "CATEGORY_MISMATCH@/category", "FORBIDDEN_FIELD@/decision/sanction"),
        // §3.5 decision
        f("unknown decision field", ORG, "/decision/extra", "{}", "UNKNOWN_FIELD@/decision/extra"),
        f("decidedOn 30 February", ORG, "/decision/decidedOn", "\"2024-02-30\"", "DATE_INVALID@/decision/decidedOn"),
        f("decidedOn with slashes", ORG, "/decision/decidedOn", "\"2024/03/01\"",
            "DATE_INVALID@/decision/decidedOn"),
        f("effectiveOn before decidedOn", ORG, "/decision/effectiveOn", "\"2024-02-28\"",
            "DATE_ORDER@/decision/effectiveOn"),
        f("documentNumber 101 characters", ORG, "/decision/documentNumber", "\"" + "号".repeat(101) + "\"",
            "LENGTH@/decision/documentNumber"),
        f("facts 4001 characters", ORG, "/decision/facts", "\"" + "x".repeat(4001) + "\"",
            "LENGTH@/decision/facts"),
        f("content missing", ORG, "/decision/content", REMOVE, "REQUIRED@/decision/content"),
        f("authorityUscc wrong check character", ORG, "/decision/authorityUscc", "\"9144030071526726XA\"",
            "USCC_CHECKSUM@/decision/authorityUscc"),
        f("fineAmount a number (R-ID-5)", ORG, "/decision/fineAmount", "1000", "TYPE@/decision/fineAmount"),
        f("fineAmount 3 decimals", ORG, "/decision/fineAmount", "\"1000.001\"", "MONEY_INVALID@/decision/fineAmount"),
        f("fineAmount negative", ORG, "/decision/fineAmount", "\"-5\"", "MONEY_INVALID@/decision/fineAmount"),
        f("fineAmount leading zero", ORG, "/decision/fineAmount", "\"01.5\"", "MONEY_INVALID@/decision/fineAmount"),
        f("economicLoss exponent", ORG, "/impact/economicLoss", "\"1e3\"", "MONEY_INVALID@/impact/economicLoss"),
        f("unknown impact field", ORG, "/impact/extra", "1", "UNKNOWN_FIELD@/impact/extra"),
        f("penaltyTypes missing", ORG, "/decision/penaltyTypes", REMOVE, "REQUIRED@/decision/penaltyTypes"),
        f("penaltyTypes empty", ORG, "/decision/penaltyTypes", "[]", "REQUIRED@/decision/penaltyTypes"),
        f("penaltyTypes unknown item", ORG, "/decision/penaltyTypes", "[\"FINE\",\"JAIL\"]",
            "ENUM_UNKNOWN@/decision/penaltyTypes/1"),
        f("penaltyTypes a string", ORG, "/decision/penaltyTypes", "\"FINE\"", "TYPE@/decision/penaltyTypes"),
        f("sanction on a penalty", ORG, "/decision/sanction", "{\"system\":\"GOVERNMENT\",\"type\":\"WARNING\"}",
            "FORBIDDEN_FIELD@/decision/sanction"),
        f("fineAmount on a sanction", OFFICIAL, "/decision/fineAmount", "\"1.00\"",
            "FORBIDDEN_FIELD@/decision/fineAmount"),
        // §3.5.1 sanction
        f("sanction missing", OFFICIAL, "/decision/sanction", REMOVE, "REQUIRED@/decision/sanction"),
        f("combined period over 48", OFFICIAL, "/decision/sanction/periodMonths", "49",
            "SANCTION_PERIOD_INVALID@/decision/sanction/periodMonths"),
        f("combined period under the standard", OFFICIAL, "/decision/sanction/periodMonths", "6",
            "SANCTION_PERIOD_INVALID@/decision/sanction/periodMonths"),
        f("periodMonths 24.5", OFFICIAL, "/decision/sanction/periodMonths", "24.5",
            "TYPE@/decision/sanction/periodMonths"),
        f("periodMonths 1e400 (an integer, out of range)", OFFICIAL, "/decision/sanction/periodMonths", "1e400",
            "SANCTION_PERIOD_INVALID@/decision/sanction/periodMonths"),
        f("periodMonths a string", OFFICIAL, "/decision/sanction/periodMonths", "\"24\"",
            "TYPE@/decision/sanction/periodMonths"),
        f("probation without period", OFFICIAL, "/decision/sanction",
            "{\"system\":\"PARTY\",\"type\":\"PARTY_PROBATION\"}", "REQUIRED@/decision/sanction/periodMonths"),
        f("probation 18 months", OFFICIAL, "/decision/sanction",
            "{\"system\":\"PARTY\",\"type\":\"PARTY_PROBATION\",\"periodMonths\":18}",
            "SANCTION_PERIOD_INVALID@/decision/sanction/periodMonths"),
        f("expulsion with a period", OFFICIAL, "/decision/sanction",
            "{\"system\":\"GOVERNMENT\",\"type\":\"EXPULSION\",\"periodMonths\":24}",
            "FORBIDDEN_FIELD@/decision/sanction/periodMonths"),
        f("party warning with a period", OFFICIAL, "/decision/sanction",
            "{\"system\":\"PARTY\",\"type\":\"PARTY_WARNING\",\"periodMonths\":24}",
            "FORBIDDEN_FIELD@/decision/sanction/periodMonths"),
        f("accountability system on a disciplinary sanction", OFFICIAL, "/decision/sanction",
            "{\"system\":\"ACCOUNTABILITY\",\"type\":\"ADMONITION\"}", "CATEGORY_MISMATCH@/decision/sanction/system"),
        f("type of another system", OFFICIAL, "/decision/sanction",
            "{\"system\":\"GOVERNMENT\",\"type\":\"PARTY_WARNING\"}", "ENUM_UNKNOWN@/decision/sanction/type"),
        f("unknown sanction field", OFFICIAL, "/decision/sanction/months", "24",
            "UNKNOWN_FIELD@/decision/sanction/months"),
        // §3.6 events
        f("events a string", ORG, "/events", "\"x\"", "TYPE@/events"),
        f("event a string", ORG, "/events/0", "\"x\"", "TYPE@/events/0", "EVENT_INCONSISTENT@/events/1"),
        f("unknown event field", ORG, "/events/0/foo", "1", "UNKNOWN_FIELD@/events/0/foo"),
        f("field of another event type", ORG, "/events/0/outcome", "\"REJECTED\"",
            "UNKNOWN_FIELD@/events/0/outcome"),
        f("event type unknown", ORG, "/events/2/type", "\"AUDITED\"", "ENUM_UNKNOWN@/events/2/type"),
        f("event before the decision", ORG, "/events/0/on", "\"2024-02-01\"", "EVENT_ORDER@/events/0/on"),
        f("event before the previous one", ORG, "/events/2/on", "\"2024-03-15\"", "EVENT_ORDER@/events/2/on"),
        f("event without on", ORG, "/events/2/on", REMOVE, "REQUIRED@/events/2/on"),
        f("resolution without objection", ORG, "/events/0", REMOVE, "EVENT_INCONSISTENT@/events/0"),
        f("second objection while pending", ORG, "/events/1", "{\"type\":\"OBJECTION_FILED\",\"on\":\"2024-03-20\"}",
            "EVENT_INCONSISTENT@/events/1"),
        f("objection withdrawn, then more", ORG, "/events/1/outcome", "\"UPHELD_WITHDRAWN\"",
            "EVENT_INCONSISTENT@/events/2", "EVENT_INCONSISTENT@/events/3", "EVENT_INCONSISTENT@/events/4"),
        f("outcome missing", ORG, "/events/1/outcome", REMOVE, "REQUIRED@/events/1/outcome"),
        f("repair decided without application", ORG, "/events/3", REMOVE, "EVENT_INCONSISTENT@/events/3"),
        f("repair applied while pending", ORG, "/events/4", "{\"type\":\"REPAIR_APPLIED\",\"on\":\"2024-05-10\"}",
            "EVENT_INCONSISTENT@/events/4"),
        f("repair applied after approval", ORG, "/events/5", "{\"type\":\"REPAIR_APPLIED\",\"on\":\"2024-06-01\"}",
            "EVENT_INCONSISTENT@/events/5"),
        f("approved missing", ORG, "/events/4/approved", REMOVE, "REQUIRED@/events/4/approved"),
        f("second rectification", ORG, "/events/5",
            "{\"type\":\"RECTIFICATION_COMPLETED\",\"on\":\"2024-06-01\"}", "EVENT_INCONSISTENT@/events/5"),
        f("second mitigation", OFFICIAL, "/events/1",
            "{\"type\":\"MITIGATION_DECIDED\",\"on\":\"2024-03-03\",\"decision\":\"EXEMPT\","
                + "\"grounds\":[\"PREVENTED_HARM\"]}", "EVENT_INCONSISTENT@/events/1"),
        f("mitigation without grounds", OFFICIAL, "/events/0/grounds", "[]", "REQUIRED@/events/0/grounds"),
        f("mitigation without decision", OFFICIAL, "/events/0/decision", REMOVE, "REQUIRED@/events/0/decision"),
        f("mitigation ground unknown", OFFICIAL, "/events/0/grounds", "[\"REPENTED\"]",
            "ENUM_UNKNOWN@/events/0/grounds/0"),
        f("event after revocation", OFFICIAL, "/events/2",
            "{\"type\":\"RECTIFICATION_COMPLETED\",\"on\":\"2024-07-01\"}", "EVENT_INCONSISTENT@/events/2"),
        // §3.1 source
        f("unknown source field", ORG, "/source/extra", "1", "UNKNOWN_FIELD@/source/extra"),
        f("submittedAt without T", ORG, "/source/submittedAt", "\"2024-03-08 09:30:00+08:00\"",
            "DATE_INVALID@/source/submittedAt"),
        f("submittedAt without offset", ORG, "/source/submittedAt", "\"2024-03-08T09:30:00\"",
            "DATE_INVALID@/source/submittedAt"),
        f("source missing", ORG, "/source", REMOVE, "REQUIRED@/source"));
  }

  /** Applies mutations to a base record text. */
  static JsonNode apply(String base, List<String[]> mutations) {
    try {
      JsonNode root = Json.MAPPER.readTree(base);
      for (String[] m : mutations) {
        JsonNode value = m[1].equals(REMOVE) ? null : Json.MAPPER.readTree(m[1]);
        if (m[0].isEmpty()) {
          root = value;
          continue;
        }
        JsonPointer p = JsonPointer.compile(m[0]);
        JsonNode parent = root.at(p.head());
        String last = p.last().getMatchingProperty();
        if (parent instanceof ArrayNode) {
          ArrayNode a = (ArrayNode) parent;
          int i = Integer.parseInt(last);
          if (value == null) {
            a.remove(i);
          } else if (i < a.size()) {
            a.set(i, value);
          } else {
            a.add(value);
          }
        } else if (value == null) {
          ((ObjectNode) parent).remove(last);
        } else {
          ((ObjectNode) parent).set(last, value);
        }
      }
      return root;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
