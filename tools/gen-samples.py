#!/usr/bin/env python3
"""Generates the bundled sample data of Chengxin (诚信).

    python3 tools/gen-samples.py            # writes examples/data/records.ndjson, invalid.ndjson, by-profile/

by-profile/<profile-id>.ndjson: the records of records.ndjson split by platform, one file per profile holding
exactly the records of that profile's jurisdiction (460000 hainan-2017, 350000 fujian-2017, 611026 zhashui-2021,
130300 qinhuangdao-transport-2021, SHENFU shenfu-2022; CN and any other code cn-national), in the same order.
Every record's category is accepted by the profile of its own jurisdiction (asserted below), so `assess`, the
reports and `batch create` run cleanly on each file. The Zhashui file holds no decision after 2024-03-01 (the
README's `assess --as-of 2024-03-01` example); the Hainan file has new records, a publication, an objection, a
repair and an expiry in 2024-Q1, the Qinhuangdao file in 2024-H2 (their progress reports).

records.ndjson: valid canonical records (SPEC §3) covering every category, subject kind, tier, domain,
sanction system and type, penalty type, event type, objection outcome, mitigation decision and ground,
disclosure restriction, administrative level and social impact. Every identifier is fictional but
checksum-valid: USCCs (R-ID-1) are built from a registration prefix matching the subject kind (11 机关,
12 事业单位, 54 村民委员会), the real GB/T 2260 code of the unit's division, a GB 11714 organisation code
(with its own check digit) and the computed check character; citizen ID numbers (R-ID-2) from a real
division code, a birth date well before the decision, a sequence number and the computed check digit.

invalid.ndjson: one bad record per line, each triggering the codes listed in
cli/src/test/java/org/chengxin/cli/InvalidSamplesTest.java (line 6 is malformed JSON on purpose).

The output is deterministic: no clock, no randomness (organisation codes derive from SHA-256 of the name).
"""
import copy
import datetime as dt
import hashlib
import json
import os

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"
ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]


def uscc_check(body17):
    s = sum(USCC_ALPHABET.index(c) * w for c, w in zip(body17, USCC_WEIGHTS))
    return USCC_ALPHABET[(31 - s % 31) % 31]


def org_code(name, lead):
    """GB 11714 organisation code (8 digits + check) derived from the name; `lead` fixes its first digits."""
    digits = str(int(hashlib.sha256(name.encode("utf-8")).hexdigest(), 16))
    body = (lead + digits)[:8]
    c = 11 - sum(int(d) * w for d, w in zip(body, ORG_WEIGHTS)) % 11
    return body + {10: "X", 11: "0"}.get(c, str(c))


def uscc(prefix, division, name):
    lead = {"11": "00", "12": "4", "54": "M"}[prefix]
    if lead == "M":  # 村民委员会: organisation code position 9 is a letter in practice; keep digits + N
        code9 = "N" + org_code(name, "")[:8]
    else:
        code9 = org_code(name, lead)
    body = prefix + division + code9
    assert len(body) == 17, body
    return body + uscc_check(body)


def id_number(area, birth, seq):
    body = "%s%s%03d" % (area, birth.strftime("%Y%m%d"), seq)
    return body + ID_CHECK[sum(int(d) * w for d, w in zip(body, ID_WEIGHTS)) % 11]


D = dt.date.fromisoformat

# ---------------------------------------------------------------------------------------------------------
# Organisations: key -> (name, kind, level or None, division code, USCC prefix, principal)
ORGS = {
    # 海南省 460000
    "hi-gov": ("海南省人民政府", "GOVERNMENT", "PROVINCE", "460000", "11", None),
    "hi-transport": ("海南省交通运输厅", "DEPARTMENT", "PROVINCE", "460000", "11", "王建国"),
    "hk-gov": ("海口市人民政府", "GOVERNMENT", "CITY", "460100", "11", None),
    "hk-housing": ("海口市住房和城乡建设局", "DEPARTMENT", "CITY", "460100", "11", "陈志强"),
    "xy-urban": ("海口市秀英区综合行政执法局", "DEPARTMENT", "COUNTY", "460105", "11", None),
    "cl-town": ("海口市秀英区长流镇人民政府", "GOVERNMENT", "TOWNSHIP", "460105", "11", "符海燕"),
    "hi-trading": ("海南省公共资源交易服务中心", "PUBLIC_INSTITUTION", None, "460000", "12", None),
    "hk-hitech": ("海口国家高新技术产业开发区管理委员会", "DEVELOPMENT_ZONE", None, "460100", "11", "吴天明"),
    "sy-haitang": ("三亚市海棠区人民政府", "GOVERNMENT", "COUNTY", "460202", "11", None),
    # 福建省 350000
    "fj-finance": ("福建省财政厅", "DEPARTMENT", "PROVINCE", "350000", "11", None),
    "fz-gov": ("福州市人民政府", "GOVERNMENT", "CITY", "350100", "11", None),
    "cs-gov": ("福州市仓山区人民政府", "GOVERNMENT", "COUNTY", "350104", "11", "林清华"),
    "sm-edu": ("厦门市思明区教育局", "DEPARTMENT", "COUNTY", "350203", "11", None),
    "fz-urbaninv": ("福州市城市建设投资服务中心", "PUBLIC_INSTITUTION", None, "350100", "12", "郑明辉"),
    "fj-design": ("福建省水利水电勘测设计研究院", "PUBLIC_INSTITUTION", None, "350000", "12", None),
    "sj-town": ("闽侯县上街镇人民政府", "GOVERNMENT", "TOWNSHIP", "350121", "11", None),
    "hm-village": ("闽侯县上街镇厚美村民委员会", "GRASSROOTS_ORGANISATION", None, "350121", "54", "黄永福"),
    "mw-zone": ("福州经济技术开发区管理委员会", "DEVELOPMENT_ZONE", None, "350105", "11", None),
    # 柞水县 611026 (陕西省商洛市)
    "zs-gov": ("柞水县人民政府", "GOVERNMENT", "COUNTY", "611026", "11", "张卫东"),
    "zs-transport": ("柞水县交通运输局", "DEPARTMENT", "COUNTY", "611026", "11", None),
    "zs-finance": ("柞水县财政局", "DEPARTMENT", "COUNTY", "611026", "11", "刘晓军"),
    "zs-land": ("柞水县自然资源局", "DEPARTMENT", "COUNTY", "611026", "11", None),
    "yp-town": ("柞水县营盘镇人民政府", "GOVERNMENT", "TOWNSHIP", "611026", "11", None),
    "zjw-village": ("柞水县营盘镇朱家湾村民委员会", "GRASSROOTS_ORGANISATION", None, "611026", "54", None),
    "zs-cdc": ("柞水县疾病预防控制中心", "PUBLIC_INSTITUTION", None, "611026", "12", None),
    # 秦皇岛市 130300
    "qhd-transport": ("秦皇岛市交通运输局", "DEPARTMENT", "CITY", "130300", "11", "赵立新"),
    "qhd-road": ("秦皇岛市公路建设养护中心", "PUBLIC_INSTITUTION", None, "130300", "12", None),
    "hg-transport": ("秦皇岛市海港区交通运输局", "DEPARTMENT", "COUNTY", "130302", "11", None),
    "qhd-zone": ("秦皇岛经济技术开发区管理委员会", "DEVELOPMENT_ZONE", None, "130371", "11", None),
    "cl-gov": ("昌黎县人民政府", "GOVERNMENT", "COUNTY", "130322", "11", None),
    # 沈抚改革创新示范区 SHENFU (parent 210000)
    "sf-committee": ("沈抚改革创新示范区管理委员会", "DEVELOPMENT_ZONE", None, "210000", "11", "孙长江"),
    "sf-construction": ("沈抚改革创新示范区建设局", "DEPARTMENT", None, "210000", "11", None),
    "sf-municipal": ("沈抚改革创新示范区市政工程服务中心", "PUBLIC_INSTITUTION", None, "210000", "12", None),
    "hn-gov": ("沈阳市浑南区人民政府", "GOVERNMENT", "COUNTY", "210112", "11", None),
}

# Authorities and source units (all 机关 or courts: prefix 11): key -> (name, division)
AGENCIES = {
    "hi-court": ("海南省高级人民法院", "460000"),
    "hk-court": ("海口市中级人民法院", "460100"),
    "hi-cdi": ("中共海南省纪律检查委员会 海南省监察委员会", "460000"),
    "hi-audit": ("海南省审计厅", "460000"),
    "hi-ndrc": ("海南省发展和改革委员会", "460000"),
    "hk-env": ("海口市生态环境局", "460100"),
    "hk-ndrc": ("海口市发展和改革委员会", "460100"),
    "fj-court": ("福州市中级人民法院", "350100"),
    "cs-court": ("福州市仓山区人民法院", "350104"),
    "fj-cdi": ("中共福建省纪律检查委员会 福建省监察委员会", "350000"),
    "fj-ndrc": ("福建省发展和改革委员会", "350000"),
    "fj-water": ("福建省水利厅", "350000"),
    "fz-market": ("福州市市场监督管理局", "350100"),
    "fz-ndrc": ("福州市发展和改革委员会", "350100"),
    "zs-court": ("柞水县人民法院", "611026"),
    "zs-procuratorate": ("柞水县人民检察院", "611026"),
    "zs-cdi": ("中共柞水县纪律检查委员会 柞水县监察委员会", "611026"),
    "zs-ndrc": ("柞水县发展和改革局", "611026"),
    "zs-env": ("商洛市生态环境局柞水分局", "611026"),
    "zs-health": ("柞水县卫生健康局", "611026"),
    "sl-party": ("中共商洛市委", "611000"),
    "qhd-court": ("秦皇岛市中级人民法院", "130300"),
    "qhd-procuratorate": ("秦皇岛市海港区人民检察院", "130302"),
    "qhd-cdi": ("中共秦皇岛市纪律检查委员会 秦皇岛市监察委员会", "130300"),
    "qhd-ndrc": ("秦皇岛市发展和改革委员会", "130300"),
    "qhd-police": ("秦皇岛市公安局交通警察支队", "130300"),
    "qhd-safety": ("秦皇岛市应急管理局", "130300"),
    "qhd-party": ("中共秦皇岛市委", "130300"),
    "sf-court": ("沈阳市浑南区人民法院", "210112"),
    "sf-cdi": ("沈抚改革创新示范区纪检监察工委", "210000"),
    "sf-credit": ("沈抚改革创新示范区营商环境建设局", "210000"),
    "sf-stats": ("辽宁省统计局", "210000"),
    "ln-env": ("辽宁省生态环境厅", "210000"),
    "zs-gov": ("柞水县人民政府", "611026"),
    "zs-safety": ("柞水县应急管理局", "611026"),
    "zs-land": ("柞水县自然资源局", "611026"),
    "zs-police": ("柞水县公安局交通警察大队", "611026"),
    "hb-stats": ("河北省统计局", "130000"),
    "fz-finance": ("福州市财政局", "350100"),
}


def org_subject(key):
    name, kind, level, div, prefix, principal = ORGS[key]
    s = {"kind": kind, "name": name, "uscc": uscc(prefix, div, name)}
    if level:
        s["level"] = level
    s["divisionCode"] = div
    if principal:
        s["principalName"] = principal
    return s


def agency_uscc(key):
    name, div = AGENCIES[key]
    return uscc("11", div, name)


def official(name, area, birth, seq, employer, position, civil_servant=None):
    s = {"kind": "PUBLIC_OFFICIAL", "name": name, "idNumber": id_number(area, D(birth), seq),
         "employerName": ORGS[employer][0], "employerUscc": org_subject(employer)["uscc"], "position": position}
    if civil_servant is not None:
        s["civilServant"] = civil_servant
    return s


RECORDS = []


def rec(record_id, jurisdiction, subject, category, tier, decision, source, submitted, domain=None, impact=None,
        act_ended=None, rect_due=None, restriction=None, published=None, events=None):
    r = {"schemaVersion": "1.0", "recordId": record_id, "jurisdiction": jurisdiction, "subject": subject,
         "category": category}
    if domain:
        r["domain"] = domain
    r["tier"] = tier
    r["decision"] = decision
    if impact:
        r["impact"] = impact
    if act_ended:
        r["actEndedOn"] = act_ended
    if rect_due:
        r["rectificationDueOn"] = rect_due
    if restriction:
        r["disclosureRestriction"] = restriction
    if published:
        r["publishedOn"] = published
    if events:
        r["events"] = events
    r["source"] = {"unit": AGENCIES[source][0], "unitUscc": agency_uscc(source), "submittedAt": submitted}
    RECORDS.append(r)
    return r


def dec(number, authority, decided, content, effective=None, facts=None, basis=None, penalties=None, fine=None,
        confiscated=None, simple=None, sanction=None):
    d = {"documentNumber": number, "authorityName": AGENCIES[authority][0], "authorityUscc": agency_uscc(authority),
         "decidedOn": decided}
    if effective:
        d["effectiveOn"] = effective
    if facts:
        d["facts"] = facts
    if basis:
        d["basis"] = basis
    d["content"] = content
    if penalties:
        d["penaltyTypes"] = penalties
    if fine:
        d["fineAmount"] = fine
    if confiscated:
        d["confiscatedAmount"] = confiscated
    if simple is not None:
        d["simpleProcedure"] = simple
    if sanction:
        d["sanction"] = sanction
    return d


def ev(type_, on, **extra):
    e = {"type": type_, "on": on}
    e.update(extra)
    return e


def sanction(system, type_, months=None):
    s = {"system": system, "type": type_}
    if months is not None:
        s["periodMonths"] = months
    return s


# ---------------------------------------------------------------------------------------------------------
# 海南省 (460000)
rec("HI-2018-0001", "460000", org_subject("hi-transport"), "CONTRACT_BREACH", "SERIOUS",
    dec("琼高法民终〔2018〕215号", "hi-court", "2018-09-14",
        "判令海南省交通运输厅继续履行PPP项目合同约定的可行性缺口补助支付义务，并支付逾期付款违约金。",
        facts="海南省交通运输厅作为实施机构与社会资本方签订环岛旅游公路PPP项目合同后，连续两年未按约定支付可行性缺口补助。",
        basis="《中华人民共和国合同法》第一百零七条"),
    "hi-ndrc", "2018-09-20T10:15:00+08:00", domain="PPP",
    impact={"economicLoss": "38650000.00", "socialImpact": "HIGH"}, act_ended="2018-06-30",
    rect_due="2018-12-31", published="2018-09-26",
    events=[ev("RECTIFICATION_COMPLETED", "2018-12-20"), ev("REPAIR_APPLIED", "2020-03-02"),
            ev("REPAIR_DECIDED", "2020-03-16", approved=True)])
rec("HI-2019-0002", "460000", org_subject("hk-housing"), "ADMINISTRATIVE_PENALTY", "GENERAL",
    dec("海环罚〔2019〕87号", "hk-env", "2019-08-12",
        "罚款人民币二十万元，责令立即改正违法行为。",
        facts="海口市住房和城乡建设局组织实施的保障性住房项目未依法进行环境影响评价即擅自开工建设。",
        basis="《中华人民共和国环境影响评价法》第三十一条第一款", penalties=["FINE"], fine="200000.00"),
    "hk-ndrc", "2019-08-16T09:00:00+08:00", domain="GOVERNMENT_INVESTMENT",
    impact={"economicLoss": "200000.00", "socialImpact": "MEDIUM"}, published="2019-08-19",
    events=[ev("OBJECTION_FILED", "2019-08-26", by="海口市住房和城乡建设局"),
            ev("OBJECTION_RESOLVED", "2019-08-30", outcome="REJECTED")])
rec("HI-2020-0003", "460000", org_subject("cl-town"), "JUDICIAL_JUDGMENT", "GENERAL",
    dec("琼0105民初〔2020〕3321号", "hk-court", "2020-11-05",
        "判令长流镇人民政府于判决生效后十日内支付拖欠的乡村道路硬化工程款1,268,400元及利息。",
        facts="长流镇人民政府拖欠施工企业乡村道路硬化工程款逾两年。", basis="《中华人民共和国民法典》第七百九十九条"),
    "hk-ndrc", "2020-11-13T14:30:00+08:00", domain="TOWNSHIP_STREET",
    impact={"economicLoss": "1268400.00", "socialImpact": "MEDIUM"}, rect_due="2020-11-30", published="2020-11-16",
    events=[ev("RECTIFICATION_COMPLETED", "2020-12-28")])
rec("HI-2021-0004", "460000", org_subject("hi-trading"), "ADMINISTRATIVE_PENALTY", "MINOR",
    dec("琼发改罚〔2021〕9号", "hi-ndrc", "2021-04-07",
        "警告。", facts="海南省公共资源交易服务中心在交易系统中公开信息不完整，未按规定公示评标委员会成员名单。",
        basis="《中华人民共和国招标投标法实施条例》", penalties=["WARNING_NOTICE"], simple=True),
    "hi-ndrc", "2021-04-09T11:20:00+08:00", domain="BIDDING", published="2021-04-12")
rec("HI-2022-0005", "460000", org_subject("hk-hitech"), "CONTRACT_BREACH", "GENERAL",
    dec("琼01民初〔2022〕56号", "hk-court", "2022-06-20",
        "判令海口国家高新技术产业开发区管理委员会兑现招商引资协议约定的厂房租金补贴及违约金。",
        facts="管委会与入园企业签订招商引资协议，承诺三年厂房租金补贴，后以政策调整为由拒绝兑现。",
        basis="《中华人民共和国民法典》第五百七十七条"),
    "hk-ndrc", "2022-06-27T16:00:00+08:00", domain="INVESTMENT_PROMOTION",
    impact={"economicLoss": "3560000.00", "socialImpact": "HIGH"}, published="2022-06-29",
    events=[ev("MITIGATION_DECIDED", "2022-08-15", decision="LIGHTER", grounds=["RECOVERED_LOSS"]),
            ev("RECTIFICATION_COMPLETED", "2023-12-15"), ev("REPAIR_APPLIED", "2024-01-22"),
            ev("REPAIR_DECIDED", "2024-02-02", approved=True)])
rec("HI-2023-0006", "460000", org_subject("sy-haitang"), "JUDICIAL_JUDGMENT", "SERIOUS",
    dec("琼02行终〔2023〕118号", "hi-court", "2023-03-22",
        "确认三亚市海棠区人民政府强制拆除行为违法，判令赔偿原告经济损失。",
        facts="海棠区人民政府在未作出征收补偿决定的情况下强制拆除原告房屋。",
        basis="《中华人民共和国行政诉讼法》第七十四条、第七十六条", effective="2023-04-06"),
    "hi-ndrc", "2023-04-10T09:45:00+08:00", domain="LAW_ENFORCEMENT",
    impact={"economicLoss": "1820000.00", "socialImpact": "HIGH"}, published="2023-04-11",
    events=[ev("OBJECTION_FILED", "2023-04-20", by="三亚市海棠区人民政府"),
            ev("OBJECTION_RESOLVED", "2023-04-26", outcome="UPHELD_CORRECTED")])
rec("HI-2024-0007", "460000", org_subject("xy-urban"), "ADMINISTRATIVE_PENALTY", "GENERAL",
    dec("海环罚〔2024〕12号", "hk-env", "2024-01-08",
        "罚款人民币五万元，没收违法所得。",
        facts="秀英区综合行政执法局下属渣土消纳场未采取防尘措施，且对外收取消纳费用。",
        basis="《中华人民共和国大气污染防治法》第一百一十五条", penalties=["FINE", "CONFISCATION"],
        fine="50000.00", confiscated="12800.00"),
    "hk-ndrc", "2024-01-10T10:00:00+08:00", domain="LAW_ENFORCEMENT", rect_due="2024-02-20",
    published="2024-01-12",
    events=[ev("OBJECTION_FILED", "2024-01-16", by="海口市秀英区综合行政执法局"),
            ev("OBJECTION_RESOLVED", "2024-01-22", outcome="REJECTED"), ev("RECTIFICATION_COMPLETED", "2024-02-20")])
rec("HI-2025-0008", "460000", org_subject("hk-gov"), "JUDICIAL_JUDGMENT", "GENERAL",
    dec("琼01行初〔2025〕7号", "hk-court", "2025-02-18",
        "判令海口市人民政府在法定期限内对原告的政府信息公开申请作出答复。",
        facts="海口市人民政府逾期未答复政府信息公开申请。", basis="《中华人民共和国政府信息公开条例》第三十三条"),
    "hk-ndrc", "2025-02-21T15:10:00+08:00", domain="ADMINISTRATIVE_APPROVAL", published="2025-02-24")
rec("HI-2019-0009", "460000",
    official("李国华", "460100", "1971-05-16", 31, "hi-transport", "海南省交通运输厅规划处处长"),
    "DISCIPLINARY_SANCTION", "SERIOUS",
    dec("琼纪监处〔2019〕45号", "hi-cdi", "2019-10-21",
        "给予李国华政务撤职处分。", facts="李国华在担任规划处处长期间，违规干预工程招标，为特定企业谋取利益。",
        basis="《中华人民共和国监察法》第四十五条", sanction=sanction("GOVERNMENT", "REMOVAL")),
    "hi-ndrc", "2019-10-25T10:00:00+08:00", domain="BIDDING", restriction="PERSONAL_PRIVACY")
rec("HI-2020-0010", "460000",
    official("符美玲", "460105", "1983-11-02", 42, "cl-town", "长流镇副镇长"),
    "ACCOUNTABILITY", "GENERAL",
    dec("琼纪问〔2020〕17号", "hi-cdi", "2020-07-09",
        "对符美玲予以诫勉。", facts="符美玲分管乡村振兴工作期间，对拖欠工程款问题整改不力。",
        basis="《中国共产党问责条例》第八条", sanction=sanction("ACCOUNTABILITY", "ADMONITION")),
    "hi-ndrc", "2020-07-15T09:30:00+08:00", domain="TOWNSHIP_STREET",
    events=[ev("REPAIR_APPLIED", "2021-03-01"), ev("REPAIR_DECIDED", "2021-03-12", approved=False),
            ev("REPAIR_APPLIED", "2021-06-01"), ev("REPAIR_DECIDED", "2021-06-15", approved=True)])
rec("HI-2022-0011", "460000",
    official("陈德胜", "460200", "1968-03-28", 15, "hk-gov", "海口市人民政府副秘书长"),
    "DISCIPLINARY_SANCTION", "SERIOUS",
    dec("琼纪处〔2022〕8号", "hi-cdi", "2022-05-30",
        "给予陈德胜开除党籍处分。", facts="陈德胜违反中央八项规定精神，违规收受礼金，在工程项目审批中为他人谋利。",
        basis="《中国共产党纪律处分条例》", sanction=sanction("PARTY", "PARTY_EXPULSION")),
    "hi-ndrc", "2022-06-02T11:00:00+08:00", domain="GOVERNMENT_INVESTMENT", restriction="OTHER_LAW")

rec("HI-2023-0014", "460000", org_subject("hk-hitech"), "ADMINISTRATIVE_PENALTY", "GENERAL",
    dec("海环罚〔2023〕9号", "hk-env", "2023-02-13",
        "罚款人民币十五万元，责令限期改正。",
        facts="高新区管委会运营的园区污水处理站出水化学需氧量超过排放标准。",
        basis="《中华人民共和国水污染防治法》第八十三条", penalties=["FINE"], fine="150000.00"),
    "hk-ndrc", "2023-02-15T10:00:00+08:00", domain="GOVERNMENT_INVESTMENT",
    impact={"economicLoss": "150000.00", "socialImpact": "LOW"}, rect_due="2023-04-30", published="2023-02-17",
    events=[ev("RECTIFICATION_COMPLETED", "2023-04-25")])

# 福建省 (350000)
rec("FJ-2018-0001", "350000", org_subject("fz-urbaninv"), "DISHONEST_JUDGMENT_DEBTOR", "SERIOUS",
    dec("（2018）闽01执恢字第128号", "fj-court", "2018-11-26",
        "将福州市城市建设投资服务中心纳入失信被执行人名单。",
        facts="被执行人有履行能力而拒不履行生效判决确定的支付工程款义务。",
        basis="《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条"),
    "fz-ndrc", "2018-11-30T10:00:00+08:00", domain="GOVERNMENT_DEBT",
    impact={"economicLoss": "5213000.00", "socialImpact": "HIGH"}, published="2018-12-03",
    events=[ev("RECTIFICATION_COMPLETED", "2019-05-17")])
rec("FJ-2019-0002", "350000", org_subject("fj-design"), "ADMINISTRATIVE_PENALTY", "SERIOUS",
    dec("闽水罚〔2019〕3号", "fj-water", "2019-07-15",
        "降低水利行业工程设计资质等级，罚款人民币十万元。",
        facts="该院在水库除险加固工程设计中使用不符合强制性标准的计算参数，造成工程返工。",
        basis="《建设工程勘察设计管理条例》第四十条", penalties=["QUALIFICATION_DOWNGRADE", "FINE"],
        fine="100000.00"),
    "fj-ndrc", "2019-07-19T09:30:00+08:00", domain="PUBLIC_INSTITUTION",
    impact={"economicLoss": "2400000.00", "socialImpact": "MEDIUM"}, act_ended="2019-03-31",
    published="2019-07-22")
rec("FJ-2020-0003", "350000", org_subject("cs-gov"), "JUDICIAL_JUDGMENT", "GENERAL",
    dec("（2020）闽0104民初4410号", "cs-court", "2020-09-03",
        "判令福州市仓山区人民政府支付拖欠的中小企业货物采购款及逾期利息。",
        facts="仓山区人民政府采购办公设备验收合格后逾期九个月未付款。",
        basis="《保障中小企业款项支付条例》第八条"),
    "fz-ndrc", "2020-09-10T16:40:00+08:00", domain="GOVERNMENT_PROCUREMENT",
    impact={"economicLoss": "865300.50", "socialImpact": "LOW"}, published="2020-09-11",
    events=[ev("OBJECTION_FILED", "2020-09-15", by="福州市仓山区人民政府"),
            ev("OBJECTION_RESOLVED", "2020-09-21", outcome="UPHELD_WITHDRAWN")])
rec("FJ-2021-0004", "350000", org_subject("hm-village"), "CONTRACT_BREACH", "MINOR",
    dec("（2021）闽0121民初1207号", "cs-court", "2021-05-18",
        "判令厚美村民委员会依约返还土地流转保证金并支付违约金。",
        facts="村民委员会单方解除土地流转合同且拒不退还保证金。", basis="《中华人民共和国民法典》第五百六十六条"),
    "fz-ndrc", "2021-05-24T10:20:00+08:00", domain="TOWNSHIP_STREET",
    impact={"economicLoss": "150000.00", "socialImpact": "LOW"}, published="2021-05-26",
    events=[ev("RECTIFICATION_COMPLETED", "2021-07-01")])
rec("FJ-2022-0005", "350000", org_subject("sm-edu"), "ADMINISTRATIVE_PENALTY", "GENERAL",
    dec("榕财采罚〔2022〕211号", "fz-finance", "2022-09-14",
        "通报批评。", facts="思明区教育局采购校服时设定歧视性资格条件，排斥潜在供应商。",
        basis="《中华人民共和国政府采购法》第七十一条", penalties=["CIRCULATED_CRITICISM"]),
    "fz-ndrc", "2022-09-16T11:30:00+08:00", domain="GOVERNMENT_PROCUREMENT", published="2022-09-20",
    events=[ev("MITIGATION_DECIDED", "2022-10-10", decision="EXEMPT",
               grounds=["ELIMINATED_IMPACT", "PREVENTED_HARM"])])
rec("FJ-2023-0006", "350000", org_subject("mw-zone"), "CONTRACT_BREACH", "SERIOUS",
    dec("（2023）闽01民初233号", "fj-court", "2023-08-29",
        "判令福州经济技术开发区管理委员会兑现招商引资协议约定的设备购置奖励并赔偿损失。",
        facts="管委会以领导班子调整为由，拒不履行招商引资协议中的设备购置奖励承诺。",
        basis="《中华人民共和国民法典》第五百七十七条、第五百八十四条"),
    "fz-ndrc", "2023-09-05T09:00:00+08:00", domain="INVESTMENT_PROMOTION",
    impact={"economicLoss": "9870000.00", "socialImpact": "HIGH"}, restriction="TRADE_SECRET")
rec("FJ-2024-0007", "350000", org_subject("fz-gov"), "DISHONEST_JUDGMENT_DEBTOR", "SERIOUS",
    dec("（2024）闽01执1566号", "fj-court", "2024-04-11",
        "将福州市人民政府纳入失信被执行人名单。", facts="被执行人未履行生效判决确定的征收补偿款支付义务。",
        basis="《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条"),
    "fz-ndrc", "2024-04-15T15:00:00+08:00", domain="GOVERNMENT_DEBT", published="2024-04-16",
    events=[ev("OBJECTION_FILED", "2024-04-22", by="福州市人民政府")])
rec("FJ-2025-0008", "350000", org_subject("fj-finance"), "JUDICIAL_JUDGMENT", "MINOR",
    dec("（2025）闽01行初19号", "fj-court", "2025-03-17",
        "判令福建省财政厅对原告的政府采购投诉重新作出处理决定。",
        facts="财政厅对政府采购投诉逾期未作处理。", basis="《政府采购质疑和投诉办法》第二十六条"),
    "fj-ndrc", "2025-03-20T10:10:00+08:00", domain="GOVERNMENT_PROCUREMENT", published="2025-03-21")
rec("FJ-2019-0009", "350000",
    official("林志远", "350104", "1975-09-12", 57, "cs-gov", "仓山区发展和改革局局长"),
    "DISCIPLINARY_SANCTION", "GENERAL",
    dec("闽纪监处〔2019〕66号", "fj-cdi", "2019-12-02",
        "给予林志远政务记过处分。", facts="林志远在统计工作中授意下属虚报固定资产投资数据。",
        basis="《中华人民共和国统计法》第三十七条", sanction=sanction("GOVERNMENT", "DEMERIT")),
    "fj-ndrc", "2019-12-06T09:40:00+08:00", domain="STATISTICS")
rec("FJ-2021-0010", "350000",
    official("黄丽娟", "350121", "1980-01-25", 28, "sj-town", "上街镇党委委员、副镇长"),
    "DISCIPLINARY_SANCTION", "GENERAL",
    dec("闽纪处〔2021〕23号", "fj-cdi", "2021-03-29",
        "给予黄丽娟党内严重警告处分。", facts="黄丽娟在征地补偿款发放中优亲厚友。",
        basis="《中国共产党纪律处分条例》", sanction=sanction("PARTY", "PARTY_SERIOUS_WARNING")),
    "fj-ndrc", "2021-04-02T14:00:00+08:00", domain="TOWNSHIP_STREET",
    events=[ev("REPAIR_APPLIED", "2022-11-01"), ev("REPAIR_DECIDED", "2022-11-18", approved=True)])
rec("FJ-2022-0011", "350000",
    official("郑海涛", "350203", "1969-07-07", 19, "sm-edu", "思明区教育局副局长"),
    "ACCOUNTABILITY", "SERIOUS",
    dec("闽纪问〔2022〕12号", "fj-cdi", "2022-10-24",
        "对郑海涛予以免职。", facts="郑海涛对辖区学校食品安全事件负有主要领导责任。",
        basis="《中国共产党问责条例》第八条", sanction=sanction("ACCOUNTABILITY", "DISMISSAL_FROM_POST")),
    "fj-ndrc", "2022-10-28T10:00:00+08:00", domain="PUBLIC_INSTITUTION")
rec("FJ-2023-0012", "350000",
    official("吴建平", "350100", "1977-04-18", 73, "fz-urbaninv", "福州市城市建设投资服务中心财务科科长",
             civil_servant=False),
    "JUDICIAL_JUDGMENT", "SERIOUS",
    dec("（2023）闽0104刑初88号", "cs-court", "2023-06-12",
        "被告人吴建平犯挪用公款罪，判处有期徒刑三年，缓刑四年。",
        facts="吴建平利用担任财务科科长的职务便利，挪用公款用于个人投资。", basis="《中华人民共和国刑法》第三百八十四条",
        effective="2023-06-26"),
    "fz-ndrc", "2023-06-30T09:00:00+08:00", domain="GOVERNMENT_DEBT", restriction="PERSONAL_PRIVACY")

# 柞水县 (611026)
rec("ZS-2018-0001", "611026", org_subject("zs-gov"), "CONTRACT_BREACH", "GENERAL",
    dec("（2018）陕1026民初652号", "zs-court", "2018-10-15",
        "判令柞水县人民政府履行招商引资协议约定的配套道路建设义务。",
        facts="县政府承诺的旅游项目配套道路逾期两年未建设。", basis="《中华人民共和国合同法》第一百零七条"),
    "zs-ndrc", "2018-10-19T10:00:00+08:00", domain="INVESTMENT_PROMOTION",
    impact={"economicLoss": "2300000.00", "socialImpact": "MEDIUM"}, published="2018-10-22",
    events=[ev("RECTIFICATION_COMPLETED", "2019-09-30"), ev("REPAIR_APPLIED", "2019-10-21"),
            ev("REPAIR_DECIDED", "2019-11-04", approved=True)])
rec("ZS-2019-0002", "611026", org_subject("zs-transport"), "ADMINISTRATIVE_PENALTY", "SERIOUS",
    dec("柞应急罚〔2019〕5号", "zs-safety", "2019-06-10",
        "暂扣公路施工许可证件，责令限期整改。",
        facts="县交通运输局组织的公路改建工程未落实安全生产措施，发生一般生产安全事故。",
        basis="《中华人民共和国安全生产法》", penalties=["LICENCE_SUSPENSION"]),
    "zs-ndrc", "2019-06-12T09:00:00+08:00", domain="GOVERNMENT_INVESTMENT",
    impact={"socialImpact": "MEDIUM"}, rect_due="2019-08-10", published="2019-06-14",
    events=[ev("RECTIFICATION_COMPLETED", "2019-08-05")])
rec("ZS-2020-0003", "611026", org_subject("zs-cdc"), "ADMINISTRATIVE_PENALTY", "GENERAL",
    dec("柞卫罚〔2020〕31号", "zs-health", "2020-10-19",
        "吊销病原微生物实验室备案，罚款人民币三万元。",
        facts="县疾控中心实验室未按规定处置医疗废物。", basis="《病原微生物实验室生物安全管理条例》第六十条",
        penalties=["LICENCE_REVOCATION", "FINE"], fine="30000.00"),
    "zs-ndrc", "2020-10-22T15:00:00+08:00", domain="PUBLIC_INSTITUTION", published="2020-10-26")
rec("ZS-2021-0004", "611026", org_subject("zs-finance"), "JUDICIAL_JUDGMENT", "GENERAL",
    dec("（2021）陕1026民初1183号", "zs-court", "2021-09-27",
        "判令柞水县财政局支付拖欠的政府购买服务款项。", facts="县财政局拖欠第三方评估机构服务款十四个月。",
        basis="《保障中小企业款项支付条例》"),
    "zs-ndrc", "2021-09-30T11:00:00+08:00", domain="GOVERNMENT_PROCUREMENT",
    impact={"economicLoss": "486000.00", "socialImpact": "LOW"}, published="2021-10-08",
    events=[ev("MITIGATION_DECIDED", "2021-11-02", decision="LIGHTER", grounds=["RECOVERED_LOSS"]),
            ev("RECTIFICATION_COMPLETED", "2021-11-02")])
rec("ZS-2022-0005", "611026", org_subject("zjw-village"), "ADMINISTRATIVE_PENALTY", "MINOR",
    dec("柞自然资罚〔2022〕14号", "zs-land", "2022-04-11",
        "责令退还非法占用的土地，限制开展相关经营活动。",
        facts="村民委员会未经批准占用集体耕地建设农家乐停车场。", basis="《中华人民共和国土地管理法》第七十七条",
        penalties=["BUSINESS_RESTRICTION"]),
    "zs-ndrc", "2022-04-14T10:00:00+08:00", domain="TOWNSHIP_STREET", published="2022-04-18")
rec("ZS-2023-0006", "611026", org_subject("yp-town"), "JUDICIAL_JUDGMENT", "GENERAL",
    dec("（2023）陕1026行初4号", "zs-court", "2023-05-16",
        "撤销营盘镇人民政府作出的林地使用权处理决定。",
        facts="营盘镇人民政府作出的林权处理决定认定事实不清。", basis="《中华人民共和国行政诉讼法》第七十条"),
    "zs-ndrc", "2023-05-19T16:30:00+08:00", domain="LAW_ENFORCEMENT", published="2023-05-22",
    events=[ev("DECISION_REVOKED", "2023-11-08", reason="二审判决撤销一审判决")])
rec("ZS-2024-0007", "611026", org_subject("zs-land"), "ADMINISTRATIVE_PENALTY", "GENERAL",
    dec("柞政罚〔2024〕12号", "zs-gov", "2024-01-08",
        "警告，罚款人民币八万元。",
        facts="县自然资源局在矿业权出让中未按规定公开出让信息。", basis="《矿产资源开采登记管理办法》",
        penalties=["WARNING_NOTICE", "FINE"], fine="80000.00"),
    "zs-ndrc", "2024-01-10T09:00:00+08:00", domain="ADMINISTRATIVE_APPROVAL", rect_due="2024-03-08",
    published="2024-01-12",
    events=[ev("RECTIFICATION_COMPLETED", "2024-02-20"), ev("OBJECTION_FILED", "2024-02-26"),
            ev("OBJECTION_RESOLVED", "2024-02-29", outcome="REJECTED"), ev("REPAIR_APPLIED", "2024-05-06")])
rec("ZS-2024-0008", "611026", org_subject("zs-transport"), "JUDICIAL_JUDGMENT", "GENERAL",
    dec("（2024）陕1026行初2号", "zs-court", "2024-02-05",
        "确认柞水县交通运输局扣押营运车辆的行为违法，判令返还车辆并赔偿停运损失。",
        facts="县交通运输局在治理超限运输中扣押营运车辆逾法定期限未作处理决定。",
        basis="《中华人民共和国行政强制法》第二十五条"),
    "zs-ndrc", "2024-02-07T10:00:00+08:00", domain="LAW_ENFORCEMENT",
    impact={"economicLoss": "46000.00", "socialImpact": "LOW"}, published="2024-02-08",
    events=[ev("OBJECTION_FILED", "2024-02-27", by="柞水县交通运输局"),
            ev("OBJECTION_RESOLVED", "2024-03-05", outcome="REJECTED")])
rec("ZS-2019-0009", "611026",
    official("王德明", "611026", "1972-02-14", 35, "zs-transport", "柞水县交通运输局局长"),
    "DISCIPLINARY_SANCTION", "SERIOUS",
    dec("柞纪监处〔2019〕11号", "zs-cdi", "2019-09-09",
        "给予王德明政务降级处分。", facts="王德明对公路改建工程安全事故负有直接领导责任。",
        basis="《中华人民共和国公职人员政务处分法》", sanction=sanction("GOVERNMENT", "DEMOTION")),
    "zs-ndrc", "2019-09-12T09:00:00+08:00", domain="GOVERNMENT_INVESTMENT")
rec("ZS-2020-0010", "611026",
    official("刘春燕", "611026", "1986-06-30", 46, "zs-finance", "柞水县财政局预算股股长"),
    "DISCIPLINARY_SANCTION", "MINOR",
    dec("柞纪监处〔2020〕27号", "zs-cdi", "2020-08-17",
        "给予刘春燕政务警告处分。", facts="刘春燕未按规定时限拨付惠农补贴资金。",
        basis="《中华人民共和国公职人员政务处分法》", sanction=sanction("GOVERNMENT", "WARNING")),
    "zs-ndrc", "2020-08-20T10:00:00+08:00", domain="TOWNSHIP_STREET",
    events=[ev("OBJECTION_FILED", "2020-08-24", by="刘春燕"),
            ev("OBJECTION_RESOLVED", "2020-08-31", outcome="REJECTED")])
rec("ZS-2021-0011", "611026",
    official("张宏伟", "611002", "1966-12-01", 13, "zs-gov", "柞水县人民政府副县长"),
    "DISCIPLINARY_SANCTION", "SERIOUS",
    dec("商纪处〔2021〕5号", "sl-party", "2021-12-13",
        "给予张宏伟留党察看二年处分。", facts="张宏伟违规插手招商引资项目用地审批。",
        basis="《中国共产党纪律处分条例》", sanction=sanction("PARTY", "PARTY_PROBATION", 24)),
    "zs-ndrc", "2021-12-16T15:00:00+08:00", domain="INVESTMENT_PROMOTION", restriction="STATE_SECRET")
rec("ZS-2022-0012", "611026",
    official("赵晓光", "610402", "1988-10-09", 58, "yp-town", "营盘镇副镇长"),
    "ACCOUNTABILITY", "MINOR",
    dec("柞纪问〔2022〕9号", "zs-cdi", "2022-07-04",
        "对赵晓光予以通报。", facts="赵晓光在防汛工作中履职不力，未按要求组织群众转移演练。",
        basis="《中国共产党问责条例》第八条", sanction=sanction("ACCOUNTABILITY", "CIRCULATED")),
    "zs-ndrc", "2022-07-07T09:00:00+08:00", domain="TOWNSHIP_STREET")
rec("ZS-2023-0013", "611026",
    official("周文斌", "611026", "1979-08-21", 91, "zs-land", "柞水县自然资源局副局长"),
    "ADMINISTRATIVE_PENALTY", "MINOR",
    dec("柞公交罚〔2023〕1048号", "zs-police", "2023-09-25",
        "罚款人民币二千元，行政拘留十日。", facts="周文斌饮酒后驾驶公务车辆。",
        basis="《中华人民共和国道路交通安全法》第九十一条", penalties=["FINE", "DETENTION"], fine="2000.00"),
    "zs-ndrc", "2023-09-27T10:00:00+08:00", domain="LAW_ENFORCEMENT", published="2023-09-28")

# 秦皇岛市交通运输局 (130300)
rec("QHD-2018-0001", "130300", org_subject("qhd-road"), "ADMINISTRATIVE_PENALTY", "GENERAL",
    dec("秦应急罚〔2018〕22号", "qhd-safety", "2018-12-10",
        "罚款人民币五万元，没收违法所得。", facts="公路养护中心将养护工程违法分包给无资质单位并收取管理费。",
        basis="《建设工程质量管理条例》", penalties=["FINE", "CONFISCATION"], fine="50000.00",
        confiscated="36000.00"),
    "qhd-ndrc", "2018-12-13T10:00:00+08:00", domain="BIDDING", published="2018-12-14",
    events=[ev("REPAIR_APPLIED", "2019-12-16"), ev("REPAIR_DECIDED", "2019-12-27", approved=True)])
rec("QHD-2019-0002", "130300", org_subject("qhd-transport"), "JUDICIAL_JUDGMENT", "GENERAL",
    dec("（2019）冀03行终87号", "qhd-court", "2019-05-23",
        "确认秦皇岛市交通运输局扣押营运车辆的行为违法。", facts="市交通运输局在执法中超期扣押营运车辆。",
        basis="《中华人民共和国行政强制法》第二十五条"),
    "qhd-ndrc", "2019-05-27T09:00:00+08:00", domain="LAW_ENFORCEMENT", published="2019-05-28",
    events=[ev("OBJECTION_FILED", "2019-06-03", by="秦皇岛市交通运输局"),
            ev("OBJECTION_RESOLVED", "2019-06-06", outcome="REJECTED"),
            ev("OBJECTION_FILED", "2019-06-20", by="秦皇岛市交通运输局"),
            ev("OBJECTION_RESOLVED", "2019-06-25", outcome="UPHELD_CORRECTED")])
rec("QHD-2020-0003", "130300", org_subject("hg-transport"), "NON_PROSECUTION", "SERIOUS",
    dec("海检刑不诉〔2020〕15号", "qhd-procuratorate", "2020-06-29",
        "对秦皇岛市海港区交通运输局单位行贿案作出相对不起诉决定。",
        facts="该局为争取专项资金向有关人员送予财物，情节轻微。", basis="《中华人民共和国刑事诉讼法》第一百七十七条第二款"),
    "qhd-ndrc", "2020-07-02T16:00:00+08:00", domain="GOVERNMENT_INVESTMENT", published="2020-07-03")
rec("QHD-2021-0004", "130300", org_subject("qhd-zone"), "JUDICIAL_JUDGMENT", "SERIOUS",
    dec("（2021）冀03民初145号", "qhd-court", "2021-08-16",
        "判令秦皇岛经济技术开发区管理委员会支付拖欠的基础设施工程款及违约金。",
        facts="管委会拖欠园区道路工程款三年。", basis="《中华人民共和国民法典》第八百零七条"),
    "qhd-ndrc", "2021-08-19T10:00:00+08:00", domain="GOVERNMENT_DEBT",
    impact={"economicLoss": "12450000.00", "socialImpact": "HIGH"}, published="2021-08-20")
rec("QHD-2022-0005", "130300", org_subject("cl-gov"), "JUDICIAL_JUDGMENT", "GENERAL",
    dec("（2022）冀03行终1090号", "qhd-court", "2022-03-14",
        "判令昌黎县人民政府于判决生效后三十日内支付拖欠的土地征收补偿款。",
        facts="昌黎县人民政府征收集体土地后逾期两年未足额支付土地补偿款。",
        basis="《中华人民共和国土地管理法》第四十八条"),
    "qhd-ndrc", "2022-03-17T11:00:00+08:00", domain="OTHER", published="2022-03-18",
    events=[ev("RECTIFICATION_COMPLETED", "2022-06-30")])
rec("QHD-2024-0006", "130300", org_subject("qhd-transport"), "ADMINISTRATIVE_PENALTY", "MINOR",
    dec("冀统罚〔2024〕6号", "hb-stats", "2024-06-17",
        "警告，通报批评。", facts="市交通运输局报送的交通固定资产投资统计数据迟报。",
        basis="《中华人民共和国统计法》第三十九条", penalties=["WARNING_NOTICE", "CIRCULATED_CRITICISM"]),
    "qhd-ndrc", "2024-06-19T09:00:00+08:00", domain="STATISTICS", published="2024-06-26")
rec("QHD-2020-0007", "130300",
    official("孙立军", "130302", "1974-03-05", 17, "qhd-transport", "秦皇岛市交通运输局运输科科长"),
    "DISCIPLINARY_SANCTION", "GENERAL",
    dec("秦纪监处〔2020〕19号", "qhd-cdi", "2020-11-23",
        "给予孙立军政务记过处分（两项记过合并，处分期间十八个月）。",
        facts="孙立军两次违规为不符合条件的车辆办理道路运输证。",
        basis="《中华人民共和国公职人员政务处分法》第十五条", sanction=sanction("GOVERNMENT", "DEMERIT", 18)),
    "qhd-ndrc", "2020-11-26T10:00:00+08:00", domain="ADMINISTRATIVE_APPROVAL")
rec("QHD-2021-0008", "130300",
    official("钱玉梅", "130300", "1984-09-17", 64, "hg-transport", "海港区交通运输局执法大队大队长"),
    "ACCOUNTABILITY", "GENERAL",
    dec("秦纪问〔2021〕7号", "qhd-cdi", "2021-04-26",
        "对钱玉梅予以调整职务。", facts="钱玉梅对下属执法人员违规罚没问题负有管理责任。",
        basis="《中国共产党问责条例》第八条", sanction=sanction("ACCOUNTABILITY", "POST_ADJUSTMENT")),
    "qhd-ndrc", "2021-04-29T09:30:00+08:00", domain="LAW_ENFORCEMENT",
    events=[ev("MITIGATION_DECIDED", "2021-05-20", decision="LIGHTER", grounds=["ELIMINATED_IMPACT"])])
rec("QHD-2022-0009", "130300",
    official("冯国强", "130322", "1970-11-11", 33, "cl-gov", "昌黎县人民政府办公室主任"),
    "ACCOUNTABILITY", "SERIOUS",
    dec("秦纪问〔2022〕15号", "qhd-party", "2022-08-08",
        "责令冯国强辞去县政府办公室主任职务。", facts="冯国强对县政府长期拖欠土地补偿款负有领导责任。",
        basis="《中国共产党问责条例》第八条", sanction=sanction("ACCOUNTABILITY", "ORDERED_RESIGNATION")),
    "qhd-ndrc", "2022-08-11T10:00:00+08:00", domain="GOVERNMENT_DEBT",
    events=[ev("REPAIR_APPLIED", "2024-09-02"), ev("REPAIR_DECIDED", "2024-09-13", approved=True)])
rec("QHD-2023-0010", "130300",
    official("朱建华", "130302", "1976-01-30", 71, "qhd-road", "公路建设养护中心主任", civil_servant=False),
    "NON_PROSECUTION", "GENERAL",
    dec("海检刑不诉〔2023〕41号", "qhd-procuratorate", "2023-10-16",
        "对朱建华作出相对不起诉决定。", facts="朱建华在工程结算中收受施工方财物，案发后主动退赃，情节轻微。",
        basis="《中华人民共和国刑事诉讼法》第一百七十七条第二款"),
    "qhd-ndrc", "2023-10-19T09:00:00+08:00", domain="BIDDING", published="2023-10-20")

rec("QHD-2024-0011", "130300", org_subject("hg-transport"), "ADMINISTRATIVE_PENALTY", "GENERAL",
    dec("秦应急罚〔2024〕37号", "qhd-safety", "2024-09-10",
        "罚款人民币三万元，责令限期整改。",
        facts="海港区交通运输局组织的国道养护作业未按规定设置安全警示标志和防护设施。",
        basis="《中华人民共和国安全生产法》第九十九条", penalties=["FINE"], fine="30000.00"),
    "qhd-ndrc", "2024-09-12T10:00:00+08:00", domain="GOVERNMENT_INVESTMENT", rect_due="2024-11-29",
    published="2024-09-27",
    events=[ev("OBJECTION_FILED", "2024-10-08", by="秦皇岛市海港区交通运输局"),
            ev("OBJECTION_RESOLVED", "2024-10-14", outcome="UPHELD_CORRECTED"),
            ev("RECTIFICATION_COMPLETED", "2024-12-06")])

# 沈抚改革创新示范区 (SHENFU)
rec("SF-2022-0001", "SHENFU", org_subject("sf-committee"), "PAYMENT_ARREARS", "SERIOUS",
    dec("（2022）辽0112民初5120号", "sf-court", "2022-09-19",
        "判令沈抚改革创新示范区管理委员会支付拖欠的园区配套工程款及逾期付款利息。",
        facts="管委会拖欠园区配套管网工程款二十二个月。", basis="《保障中小企业款项支付条例》第十五条"),
    "sf-credit", "2022-09-22T10:00:00+08:00", domain="GOVERNMENT_DEBT",
    impact={"economicLoss": "6720000.00", "socialImpact": "HIGH"}, act_ended="2022-08-31",
    rect_due="2022-12-31", published="2022-09-23",
    events=[ev("RECTIFICATION_COMPLETED", "2022-12-26"), ev("REPAIR_APPLIED", "2023-10-09"),
            ev("REPAIR_DECIDED", "2023-10-20", approved=True)])
rec("SF-2023-0002", "SHENFU", org_subject("sf-construction"), "ADMINISTRATIVE_PENALTY", "GENERAL",
    dec("辽统罚〔2023〕4号", "sf-stats", "2023-03-13",
        "警告，罚款人民币五万元。", facts="示范区建设局报送的建筑业统计数据存在虚报。",
        basis="《中华人民共和国统计法》第三十七条", penalties=["WARNING_NOTICE", "FINE"], fine="50000.00"),
    "sf-credit", "2023-03-15T14:00:00+08:00", domain="STATISTICS", published="2023-03-16")
rec("SF-2024-0003", "SHENFU", org_subject("sf-municipal"), "CONTRACT_BREACH", "GENERAL",
    dec("（2024）辽0112民初877号", "sf-court", "2024-05-27",
        "判令沈抚改革创新示范区市政工程服务中心履行PPP项目回购义务。",
        facts="服务中心未按PPP合同约定回购污水处理厂资产。", basis="《中华人民共和国民法典》第五百零九条"),
    "sf-credit", "2024-05-30T10:00:00+08:00", domain="PPP",
    impact={"economicLoss": "15300000.00", "socialImpact": "MEDIUM"}, published="2024-05-31",
    events=[ev("RECTIFICATION_COMPLETED", "2024-09-30")])
rec("SF-2025-0004", "SHENFU", org_subject("hn-gov"), "ADMINISTRATIVE_PENALTY", "SERIOUS",
    dec("辽环罚〔2025〕2号", "ln-env", "2025-04-14",
        "责令停止违法行为，罚款人民币四十万元，其他行政处罚：责令恢复植被。",
        facts="浑南区人民政府组织的河道整治工程擅自占用生态保护红线。",
        basis="《中华人民共和国环境保护法》", penalties=["FINE", "OTHER"], fine="400000.00"),
    "sf-credit", "2025-04-16T09:00:00+08:00", domain="OTHER", published="2025-04-22")
rec("SF-2022-0005", "SHENFU",
    official("孙海峰", "210112", "1978-07-19", 55, "sf-committee", "示范区管委会副主任"),
    "DISCIPLINARY_SANCTION", "SERIOUS",
    dec("沈抚纪处〔2022〕3号", "sf-cdi", "2022-11-07",
        "给予孙海峰撤销党内职务处分。", facts="孙海峰在园区工程款支付审批中滥用职权。",
        basis="《中国共产党纪律处分条例》", sanction=sanction("PARTY", "PARTY_POST_REMOVAL")),
    "sf-credit", "2022-11-10T10:00:00+08:00", domain="GOVERNMENT_DEBT")
rec("SF-2023-0006", "SHENFU",
    official("李雪", "210400", "1990-04-03", 22, "sf-construction", "示范区建设局工程科科员"),
    "DISCIPLINARY_SANCTION", "MINOR",
    dec("沈抚纪处〔2023〕9号", "sf-cdi", "2023-06-05",
        "给予李雪党内警告处分。", facts="李雪违规接受管理服务对象宴请。",
        basis="《中国共产党纪律处分条例》", sanction=sanction("PARTY", "PARTY_WARNING")),
    "sf-credit", "2023-06-08T10:00:00+08:00", domain="OTHER",
    events=[ev("MITIGATION_DECIDED", "2023-06-20", decision="EXEMPT", grounds=["ELIMINATED_IMPACT"])])
rec("SF-2024-0007", "SHENFU",
    official("马振东", "210102", "1965-10-28", 39, "sf-municipal", "示范区市政工程服务中心主任",
             civil_servant=False),
    "DISCIPLINARY_SANCTION", "SERIOUS",
    dec("沈抚纪监处〔2024〕2号", "sf-cdi", "2024-02-26",
        "给予马振东开除处分。", facts="马振东利用职务便利在PPP项目中收受贿赂。",
        basis="《中华人民共和国公职人员政务处分法》", sanction=sanction("GOVERNMENT", "EXPULSION")),
    "sf-credit", "2024-02-29T10:00:00+08:00", domain="PPP")
rec("SF-2024-0008", "SHENFU",
    official("高鹏", "210100", "1982-12-12", 17, "sf-construction", "示范区建设局副局长"),
    "ACCOUNTABILITY", "GENERAL",
    dec("沈抚纪问〔2024〕6号", "sf-cdi", "2024-08-19",
        "对高鹏予以降职。", facts="高鹏对园区项目审批久拖不决问题负有直接责任。",
        basis="《中国共产党问责条例》第八条", sanction=sanction("ACCOUNTABILITY", "DEMOTION_IN_POST")),
    "sf-credit", "2024-08-22T10:00:00+08:00", domain="ADMINISTRATIVE_APPROVAL")
rec("HI-2024-0012", "460000",
    official("吴海波", "460100", "1981-02-09", 75, "hk-housing", "海口市住房和城乡建设局科长"),
    "DISCIPLINARY_SANCTION", "GENERAL",
    dec("海纪监处〔2024〕31号", "hi-cdi", "2024-07-15",
        "给予吴海波政务记大过处分。", facts="吴海波在保障性住房分配审核中违规为不符合条件人员办理资格。",
        basis="《中华人民共和国公职人员政务处分法》", sanction=sanction("GOVERNMENT", "MAJOR_DEMERIT")),
    "hi-ndrc", "2024-07-18T10:00:00+08:00", domain="ADMINISTRATIVE_APPROVAL")
rec("FJ-2024-0013", "350000",
    official("陈思源", "350111", "1985-05-05", 48, "fj-finance", "福建省财政厅政府采购处副处长"),
    "DISCIPLINARY_SANCTION", "GENERAL",
    dec("闽纪处〔2024〕40号", "fj-cdi", "2024-09-09",
        "给予陈思源留党察看一年处分。", facts="陈思源违规向供应商泄露政府采购评审信息。",
        basis="《中国共产党纪律处分条例》", sanction=sanction("PARTY", "PARTY_PROBATION", 12)),
    "fj-ndrc", "2024-09-12T10:00:00+08:00", domain="GOVERNMENT_PROCUREMENT")
rec("HI-2025-0013", "460000",
    official("黎志刚", "460000", "1973-08-08", 95, "hk-hitech", "高新区管委会招商局局长"),
    "ACCOUNTABILITY", "GENERAL",
    dec("琼纪问〔2025〕4号", "hi-cdi", "2025-05-12",
        "对黎志刚予以责令辞职。", facts="黎志刚对招商引资承诺不兑现问题负有主要领导责任。",
        basis="《中国共产党问责条例》第八条", sanction=sanction("ACCOUNTABILITY", "ORDERED_RESIGNATION")),
    "hi-ndrc", "2025-05-15T10:00:00+08:00", domain="INVESTMENT_PROMOTION",
    events=[ev("DECISION_REVOKED", "2025-07-01", reason="复核认定问责依据不足，撤销问责决定")])


# ---------------------------------------------------------------------------------------------------------
# The profile of each platform (SPEC §5.2) and the categories it accepts (SPEC §5.1, §5.2): every record must be
# assessable under the profile of its own jurisdiction.
PROFILE_OF_JURISDICTION = {"460000": "hainan-2017", "350000": "fujian-2017", "611026": "zhashui-2021",
                           "130300": "qinhuangdao-transport-2021", "SHENFU": "shenfu-2022"}
NATIONAL_CATEGORIES = {"JUDICIAL_JUDGMENT", "ADMINISTRATIVE_PENALTY", "DISCIPLINARY_SANCTION", "ACCOUNTABILITY",
                       "CONTRACT_BREACH"}
PROFILE_CATEGORIES = {"cn-national": NATIONAL_CATEGORIES, "hainan-2017": NATIONAL_CATEGORIES,
                      "zhashui-2021": NATIONAL_CATEGORIES,
                      "fujian-2017": NATIONAL_CATEGORIES | {"DISHONEST_JUDGMENT_DEBTOR"},
                      "qinhuangdao-transport-2021": NATIONAL_CATEGORIES | {"NON_PROSECUTION"},
                      "shenfu-2022": NATIONAL_CATEGORIES | {"PAYMENT_ARREARS"}}


def profile_of(record):
    """The profile of the record's platform; `CN` and any other code: the national baseline."""
    return PROFILE_OF_JURISDICTION.get(record["jurisdiction"], "cn-national")


def dumps(obj):
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def invalid_lines():
    """One bad record per line; the codes each must produce are tabled in InvalidSamplesTest."""
    by_id = {r["recordId"]: r for r in RECORDS}
    org = by_id["ZS-2024-0007"]      # ADMINISTRATIVE_PENALTY of a DEPARTMENT
    off = by_id["ZS-2019-0009"]      # DISCIPLINARY_SANCTION (GOVERNMENT DEMOTION) of an official
    judg = by_id["HI-2025-0008"]     # JUDICIAL_JUDGMENT of a GOVERNMENT
    inst = by_id["ZS-2020-0003"]     # ADMINISTRATIVE_PENALTY of a PUBLIC_INSTITUTION
    acc = by_id["SF-2024-0008"]      # ACCOUNTABILITY of an official
    out = []

    def bad(base, new_id, mutate):
        r = copy.deepcopy(base)
        r["recordId"] = new_id
        mutate(r)
        out.append(dumps(r))

    def set_(*path_and_value):
        *path, value = path_and_value

        def m(r):
            o = r
            for k in path[:-1]:
                o = o[k]
            o[path[-1]] = value
        return m

    def drop(*path):
        def m(r):
            o = r
            for k in path[:-1]:
                o = o[k]
            del o[path[-1]]
        return m

    # 1 UNKNOWN_FIELD
    bad(org, "BAD-01", set_("remarks", "备注"))
    # 2 REQUIRED (decision.content)
    bad(org, "BAD-02", drop("decision", "content"))
    # 3 FORBIDDEN_FIELD (fineAmount outside ADMINISTRATIVE_PENALTY)
    bad(judg, "BAD-03", set_("decision", "fineAmount", "1000.00"))
    # 4 TYPE (boolean expected)
    bad(org, "BAD-04", set_("decision", "simpleProcedure", "yes"))
    # 5 ENUM_UNKNOWN
    bad(org, "BAD-05", set_("tier", "VERY_SERIOUS"))
    # 6 JSON_SYNTAX: a truncated line
    out.append(dumps(dict(org, recordId="BAD-06"))[:120])
    # 7 DATE_INVALID
    bad(org, "BAD-07", set_("decision", "decidedOn", "2023-02-30"))
    # 8 DATE_ORDER (effectiveOn before decidedOn)
    bad(org, "BAD-08", set_("decision", "effectiveOn", "2024-01-05"))
    # 9 MONEY_INVALID (three fraction digits)
    bad(org, "BAD-09", set_("decision", "fineAmount", "80000.125"))
    # 10 LENGTH (documentNumber over 100 characters)
    bad(org, "BAD-10", set_("decision", "documentNumber", "柞政罚〔2024〕" + "1" * 100 + "号"))
    # 11 USCC_FORMAT (lower case is an error, never silently upper-cased): a villagers' committee, whose
    #    USCC has a letter (N) at position 9
    village = by_id["ZS-2022-0005"]
    assert village["subject"]["uscc"].lower() != village["subject"]["uscc"]
    bad(village, "BAD-11", set_("subject", "uscc", village["subject"]["uscc"].lower()))
    # 12 USCC_CHECKSUM
    u = org["subject"]["uscc"]
    bad(org, "BAD-12", set_("subject", "uscc", u[:17] + ("1" if u[17] != "1" else "2")))
    # 13 ID_FORMAT (17 characters)
    bad(off, "BAD-13", set_("subject", "idNumber", off["subject"]["idNumber"][:17]))
    # 14 ID_CHECKSUM
    i = off["subject"]["idNumber"]
    bad(off, "BAD-14", set_("subject", "idNumber", i[:17] + ("1" if i[17] != "1" else "2")))
    # 15 ID_BIRTHDATE (born after the decision, checksum valid)
    bad(off, "BAD-15", set_("subject", "idNumber", id_number("611026", D("2020-01-01"), 35)))
    # 16 DIVISION_FORMAT
    bad(org, "BAD-16", set_("subject", "divisionCode", "61102"))
    # 17 DIVISION_UNKNOWN (a WARNING only: the record stays valid)
    bad(org, "BAD-17", set_("jurisdiction", "ATLANTIS"))
    # 18 USCC_KIND_MISMATCH (a WARNING only): a PUBLIC_INSTITUTION whose USCC starts 11
    bad(inst, "BAD-18", set_("subject", "uscc", uscc("11", "611026", inst["subject"]["name"])))
    # 19 SANCTION_PERIOD_INVALID (DEMOTION combined period below the standard 24 months)
    bad(off, "BAD-19", set_("decision", "sanction", sanction("GOVERNMENT", "DEMOTION", 12)))
    # 20 EVENT_ORDER (event before decidedOn)
    bad(org, "BAD-20", set_("events", [ev("RECTIFICATION_COMPLETED", "2023-12-29")]))
    # 21 EVENT_INCONSISTENT (resolution without an objection)
    bad(org, "BAD-21", set_("events", [ev("OBJECTION_RESOLVED", "2024-02-01", outcome="REJECTED")]))
    # 22 DUPLICATE_RECORD_ID (same id as line 1)
    bad(org, "BAD-01", lambda r: None)
    # 23 CATEGORY_MISMATCH (DISCIPLINARY_SANCTION with an ACCOUNTABILITY sanction)
    bad(off, "BAD-23", set_("decision", "sanction", sanction("ACCOUNTABILITY", "ADMONITION")))
    # 24 CATEGORY_MISMATCH (an organisation cannot be under ACCOUNTABILITY): organisation subject
    bad(acc, "BAD-24", set_("subject", org_subject("zs-finance")))
    # 25 REQUIRED (an official without idNumber)
    bad(off, "BAD-25", drop("subject", "idNumber"))
    # 26 FORBIDDEN_FIELD (an official with a USCC)
    bad(off, "BAD-26", set_("subject", "uscc", org["subject"]["uscc"]))
    # 27 REQUIRED (PARTY_PROBATION without periodMonths)
    bad(off, "BAD-27", set_("decision", "sanction", sanction("PARTY", "PARTY_PROBATION")))
    # 28 several problems at once: USCC_CHECKSUM and DATE_ORDER (publishedOn before decidedOn)
    def several(r):
        r["decision"]["authorityUscc"] = r["decision"]["authorityUscc"][:17] + (
            "1" if r["decision"]["authorityUscc"][17] != "1" else "2")
        r["publishedOn"] = "2024-01-02"
    bad(org, "BAD-28", several)
    return out


def main():
    root = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    data = os.path.join(root, "examples", "data")
    os.makedirs(data, exist_ok=True)
    ids = [r["recordId"] for r in RECORDS]
    assert len(ids) == len(set(ids)), "duplicate recordId"
    with open(os.path.join(data, "records.ndjson"), "w", encoding="utf-8", newline="\n") as f:
        for r in RECORDS:
            f.write(dumps(r) + "\n")
    with open(os.path.join(data, "invalid.ndjson"), "w", encoding="utf-8", newline="\n") as f:
        for line in invalid_lines():
            f.write(line + "\n")
    by_profile = os.path.join(data, "by-profile")
    os.makedirs(by_profile, exist_ok=True)
    split = {}
    for r in RECORDS:
        split.setdefault(profile_of(r), []).append(r)
    for profile, records in sorted(split.items()):
        for r in records:
            assert r["category"] in PROFILE_CATEGORIES[profile], (r["recordId"], profile)
        with open(os.path.join(by_profile, profile + ".ndjson"), "w", encoding="utf-8", newline="\n") as f:
            for r in records:
                f.write(dumps(r) + "\n")
    print("%d records, %d invalid lines; by profile: %s" % (len(RECORDS), len(invalid_lines()), ", ".join(
        "%s %d" % (p, len(rs)) for p, rs in sorted(split.items()))))


if __name__ == "__main__":
    main()
