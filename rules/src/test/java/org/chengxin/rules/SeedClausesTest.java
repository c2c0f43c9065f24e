package org.chengxin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every {@code seed:<profile>:<clause>} citation of the shipped profiles is checked against the seed texts in
 * {@code ${chengxin.shared.dir}/seeds}: the clause exists and says what the profile claims (a phrase of it is
 * quoted here). Skipped where the shared folder is absent.
 */
class SeedClausesTest {

  /** Which seed file is which profile: a phrase only that document contains. */
  private static final Map<String, String> SIGNATURES = Map.of(
      "hainan-2017", "琼府〔2017〕60号",
      "fujian-2017", "福建省加強政務誠信建設實施方案",
      "zhashui-2021", "柞信办发〔2021〕6号",
      "qinhuangdao-transport-2021", "秦皇岛市交通运输局加强政务诚信建设实施方案",
      "shenfu-2022", "沈抚改革创新示范区加强诚信政府建设实施方案");

  private static final Pattern CITATION =
      Pattern.compile("seed:([a-z0-9-]+):([一二三四五六七八九十]+(?:\\([一二三四五六七八九十]+\\))?[0-9]*|[0-9]+)");
  private static final Map<String, String> SEEDS = new TreeMap<>();

  @BeforeAll
  static void readSeeds() throws IOException {
    String shared = System.getProperty("chengxin.shared.dir");
    assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "seeds")), "no shared seeds folder");
    try (Stream<Path> files = Files.list(Path.of(shared, "seeds"))) {
      for (Path file : files.sorted().toList()) {
        String text = normalise(Files.readString(file, StandardCharsets.UTF_8));
        SIGNATURES.forEach((id, signature) -> {
          if (text.contains(signature)) {
            SEEDS.put(id, text);
          }
        });
      }
    }
    assertThat(SEEDS.keySet()).containsExactlyInAnyOrderElementsOf(SIGNATURES.keySet());
  }

  /** Half-width parentheses; the pinyin glosses of the Fujian copy, e.g. {@code 關(guān)}, removed. */
  static String normalise(String text) {
    return text.replace('（', '(').replace('）', ')').replace('．', '.')
        .replaceAll("\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)", "");
  }

  /**
   * The text of a clause such as {@code 五(三)5}: from the line starting {@code 五、} to the next top-level
   * heading, within it from the line starting {@code (三)} to the next such line, within that from the line
   * starting {@code 5.} to the line starting {@code 6.}. A bare number ({@code 14}) is a numbered paragraph.
   */
  static String clause(String text, String clause) {
    Matcher m = Pattern.compile("([一二三四五六七八九十]+)?(?:\\(([一二三四五六七八九十]+)\\))?([0-9]+)?").matcher(clause);
    assertThat(m.matches()).as(clause).isTrue();
    String region = text;
    if (m.group(1) != null) {
      region = section(region, "(?mU)^\\s*" + m.group(1) + "、", "(?mU)^\\s*" + next(m.group(1)) + "、", clause);
    }
    if (m.group(2) != null) {
      region = section(region, "(?mU)^\\s*\\(" + m.group(2) + "\\)", "(?mU)^\\s*\\(" + next(m.group(2)) + "\\)", clause);
    }
    if (m.group(3) != null) {
      int n = Integer.parseInt(m.group(3));
      region = section(region, "(?mU)^\\s*" + n + "\\.", "(?mU)^\\s*" + (n + 1) + "\\.", clause);
    }
    return region;
  }

  private static String section(String text, String start, String end, String clause) {
    Matcher s = Pattern.compile(start).matcher(text);
    assertThat(s.find()).as("clause %s: no heading /%s/", clause, start).isTrue();
    String rest = text.substring(s.start());
    Matcher e = Pattern.compile(end).matcher(rest);
    return e.find() ? rest.substring(0, e.start()) : rest;
  }

  private static String next(String numeral) {
    String numerals = "一二三四五六七八九十";
    return String.valueOf(numerals.charAt(numerals.indexOf(numeral.charAt(numeral.length() - 1)) + 1));
  }

  @ParameterizedTest(name = "seed:{0}:{1}")
  @CsvSource(delimiter = '|', textBlock = """
      # profile                  | clause | a phrase of the clause that carries the claim
      hainan-2017                | 五(一)  | 有关单位要按季度向省信用办提供政务诚信建设各项工作进展情况
      hainan-2017                | 三(三)  | 对具体失信情况书面说明原因并限期整改,依规取消相关政府部门参加各类荣誉评选资格,并予以公开通报批评,对造成政务失信行为的主要负责人依法依规追究责任。公务员存在政务失信记录的,不能作为评比表彰奖励对象
      hainan-2017                | 三(四)  | 探索扩展公务员失信记录信用修复渠道和方式
      fujian-2017                | 四(三)  | 對嚴重失信主體實施取消資格、從嚴考核等限制和懲戒措施
      fujian-2017                | 四(四)  | 探索擴展公務員失信記錄信用修復渠道和方式
      fujian-2017                | 六(四)  | 政府機構失信被執行人的專項治理工作
      zhashui-2021               | 五(一)2 | 自作出行政决定之日起7个工作日内上网公开
      zhashui-2021               | 五(三)2 | 违法违纪违约行为等信用信息记入档案
      zhashui-2021               | 五(三)4 | 涉及纪律处分、问责处理的由纪检监察机关严肃问责追责
      zhashui-2021               | 五(三)5 | 信用信息异议处理、核实期间暂不执行联合惩戒措施
      zhashui-2021               | 五(三)6 | 信用修复结果生效后，失信惩戒措施应给予解除
      qinhuangdao-transport-2021 | 二(二)  | 自作出行政决定之日起7个工作日内上网公开
      qinhuangdao-transport-2021 | 四(一)  | 违法违纪违约行为等信用信息记入档案
      qinhuangdao-transport-2021 | 四(二)  | 相对不起诉
      qinhuangdao-transport-2021 | 四(三)  | 依规取消相关单位和个人参加各类荣誉评选资格,予以公开通报批评,对造成政务失信行为的主要负责人依法依规追究责任,涉及纪律处分、问责处理的由纪检监察机关严肃问责追责
      qinhuangdao-transport-2021 | 四(四)  | 探索扩展公务员失信记录信用修复渠道和方式
      qinhuangdao-transport-2021 | 六(三)  | 于每年7月10日前和次年1月10日前报送局执法监督科
      hainan-2017                | 二(一)  | 建立政府信用评价指标体系,完善省政府信用信息网,实施政务诚信考核评价
      zhashui-2021               | 五(一)3 | 对承诺履行情况进行准确记录并纳入政府部门及公务员诚信档案
      zhashui-2021               | 五(二)4 | 对全县各镇办各部门信用状况进行监测、评价、预警并定期公布排名结果
      fujian-2017                | 三(三)  | 充分利用福建省12345便民服務平臺,受理政務失信舉報投訴
      qinhuangdao-transport-2021 | 二(三)  | 将诉讼案件败诉情况(如败诉率、败诉原因等)、履行人民法院生效判决情况作为诚信水平考核的重要标准
      qinhuangdao-transport-2021 | 三(一)  | 实施政务诚信考核评价
      qinhuangdao-transport-2021 | 三(二)  | 办理12328投诉举报事项情况作为政务诚信建设的重要考量因素
      shenfu-2022                | 7      | 积极探索公职人员失信记录信用修复渠道
      shenfu-2022                | 9      | 限期予以整改,取消当年参加各类荣誉评选资格
      shenfu-2022                | 10     | 失信信息在保存和披露期限届满后应当及时移除或删除
      shenfu-2022                | 14     | 对长期拖欠工程款的单位不得批准新项目开工
      """)
  void theClauseExistsAndSaysWhatIsClaimed(String profile, String clause, String phrase) {
    // Whitespace is ignored: the copies break lines inside words (zhashui's 涉/及 across a page break).
    assertThat(clause(SEEDS.get(profile), clause).replaceAll("(?U)\\s+", "")).contains(phrase);
  }

  @Test
  void theClauseFinderConfinesAPhraseToItsClause() {
    // 五(三)5's suspension is not in 五(三)4, and zhashui's 三、(三) is not its 五、(三).
    assertThat(clause(SEEDS.get("zhashui-2021"), "五(三)4")).doesNotContain("暂不执行联合惩戒措施");
    assertThat(clause(SEEDS.get("zhashui-2021"), "三(三)")).contains("坚持守信践诺").doesNotContain("强化诚信管理");
    assertThat(clause(SEEDS.get("shenfu-2022"), "1")).doesNotContain("加强政府投资领域");
  }

  @Test
  void everySeedCitationOfTheShippedProfilesIsCheckedAboveAndBareOnesAreVerified() throws Exception {
    Set<String> checked = new TreeSet<>();
    for (String line : SeedClausesTest.class.getDeclaredMethod(
        "theClauseExistsAndSaysWhatIsClaimed", String.class, String.class, String.class)
        .getAnnotation(CsvSource.class).textBlock().split("\n")) {
      String[] cells = line.split("\\|");
      if (cells.length == 3 && !line.strip().startsWith("#")) {
        checked.add("seed:" + cells[0].strip() + ":" + cells[1].strip());
      }
    }
    List<String> cited = new ArrayList<>();
    for (Profile profile : ProfileValuesTest.PROFILES.all()) {
      Matcher m = CITATION.matcher(ProfileJson.write(profile));
      while (m.find()) {
        cited.add(m.group());
      }
    }
    assertThat(cited).isNotEmpty();
    assertThat(checked).containsAll(cited);
    // A basis that is exactly one seed clause claims what the clause says: verified.
    for (Profile profile : ProfileValuesTest.PROFILES.all()) {
      for (MeasureRule rule : profile.measures()) {
        if (CITATION.matcher(rule.basis().citation()).matches()) {
          assertThat(rule.basis().verified()).as("%s %s", profile.id(), rule.id()).isTrue();
        }
      }
    }
  }
}
