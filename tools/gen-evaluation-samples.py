#!/usr/bin/env python3
"""Writes the evaluation sample inputs of examples/data (docs/evaluation.md): 柞水县 units, period 2024.

Run from the repository root: python3 tools/gen-evaluation-samples.py
"""
import json

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(first17):
    total = sum(ALPHABET.index(c) * w for c, w in zip(first17, WEIGHTS))
    return first17 + ALPHABET[(31 - total % 31) % 31]


U = {
    "gov": (uscc("11611026MB1734101"), "柞水县人民政府", "GOVERNMENT", "COUNTY"),
    "transport": (uscc("11611026MB1734102"), "柞水县交通运输局", "DEPARTMENT", "COUNTY"),
    "finance": (uscc("11611026MB1734103"), "柞水县财政局", "DEPARTMENT", "COUNTY"),
    "land": (uscc("11611026MB1734104"), "柞水县自然资源局", "DEPARTMENT", "COUNTY"),
    "housing": (uscc("11611026MB1734105"), "柞水县住房和城乡建设局", "DEPARTMENT", "COUNTY"),
    "yingpan": (uscc("11611026MB1734106"), "柞水县营盘镇人民政府", "GOVERNMENT", "TOWNSHIP"),
    "cdc": (uscc("12611026MB1734107"), "柞水县疾病预防控制中心", "PUBLIC_INSTITUTION", None),
    "qianyou": (uscc("11611026MB1734108"), "柞水县乾佑街道办事处", "GOVERNMENT", "TOWNSHIP"),
    "market": (uscc("11611026MB1734109"), "柞水县市场监督管理局", "DEPARTMENT", "COUNTY"),
}
COURT = (uscc("11611026MB1734110"), "柞水县人民法院")
SOURCE = {"unit": "柞水县发展和改革局", "unitUscc": uscc("11611026MB1734111")}


def org(key):
    code, name, kind, level = U[key]
    s = {"kind": kind, "name": name, "uscc": code}
    if level:
        s["level"] = level
    s["divisionCode"] = "611026"
    return s


def official(key, name, id_number):
    code, unit_name, _, _ = U[key]
    return {"kind": "PUBLIC_OFFICIAL", "name": name, "idNumber": id_number, "employerName": unit_name,
            "employerUscc": code, "position": "科员"}


def record(rid, subject, category, tier, decided, authority, number, content, extra=None, decision_extra=None):
    decision = {"documentNumber": number, "authorityName": authority[1], "authorityUscc": authority[0],
                "decidedOn": decided, "content": content}
    decision.update(decision_extra or {})
    r = {"schemaVersion": "1.0", "recordId": rid, "jurisdiction": "611026", "subject": subject,
         "category": category, "tier": tier, "decision": decision}
    r.update(extra or {})
    r["source"] = dict(SOURCE, submittedAt=decided + "T10:00:00+08:00")
    return r


PENALTY = {"penaltyTypes": ["FINE"], "fineAmount": "50000.00"}
FIN = (U["finance"][0], "柞水县财政局")
MARKET = (U["market"][0], "柞水县市场监督管理局")
DISC = (uscc("11611026MB1734112"), "中共柞水县纪律检查委员会")

records = [
    # 县政府: SERIOUS contract breach in 2024 (10)
    record("ZS-EV-001", org("gov"), "CONTRACT_BREACH", "SERIOUS", "2024-03-15", COURT, "(2024)陕1026民初118号",
           "判令柞水县人民政府继续履行招商引资协议约定的奖励资金支付义务。", {"domain": "INVESTMENT_PROMOTION"}),
    # 交通运输局: SERIOUS penalty unpublished (10 + 1), SERIOUS judgment 2023 still active (10),
    # GENERAL penalty published late (3 + 1) with rectification overdue (2), an official's SERIOUS sanction (10)
    record("ZS-EV-002", org("transport"), "ADMINISTRATIVE_PENALTY", "SERIOUS", "2024-02-05", MARKET,
           "柞市监罚〔2024〕9号", "罚款人民币五万元。", decision_extra=PENALTY),
    record("ZS-EV-003", org("transport"), "JUDICIAL_JUDGMENT", "SERIOUS", "2023-09-01", COURT,
           "(2023)陕1026行初7号", "确认柞水县交通运输局强制拆除行为违法。"),
    record("ZS-EV-004", org("transport"), "ADMINISTRATIVE_PENALTY", "GENERAL", "2024-05-06", FIN,
           "柞财罚〔2024〕3号", "罚款人民币五万元，责令限期改正。", {"rectificationDueOn": "2024-07-31",
                                                          "publishedOn": "2024-05-20"},
           decision_extra=PENALTY),
    record("ZS-EV-005", official("transport", "李明", "11010519491231002X"), "DISCIPLINARY_SANCTION", "SERIOUS",
           "2024-06-03", DISC, "柞纪发〔2024〕15号", "给予记过处分。",
           decision_extra={"sanction": {"system": "GOVERNMENT", "type": "DEMERIT"}}),
    # 财政局: GENERAL penalty published on time (3)
    record("ZS-EV-006", org("finance"), "ADMINISTRATIVE_PENALTY", "GENERAL", "2024-01-08", MARKET,
           "柞市监罚〔2024〕1号", "罚款人民币五万元。", {"publishedOn": "2024-01-12"}, decision_extra=PENALTY),
    # 自然资源局: MINOR penalty published on time (1), rectified before its due date (0)
    record("ZS-EV-007", org("land"), "ADMINISTRATIVE_PENALTY", "MINOR", "2024-04-01", FIN, "柞财罚〔2024〕2号",
           "警告，责令限期改正。", {"rectificationDueOn": "2024-06-30", "publishedOn": "2024-04-03",
                           "events": [{"type": "RECTIFICATION_COMPLETED", "on": "2024-06-20"}]},
           decision_extra={"penaltyTypes": ["WARNING_NOTICE"]}),
    # 住建局: GENERAL penalty of 2023, active until 2024-11-20 (3)
    record("ZS-EV-008", org("housing"), "ADMINISTRATIVE_PENALTY", "GENERAL", "2023-11-20", MARKET,
           "柞市监罚〔2023〕31号", "罚款人民币五万元。", {"publishedOn": "2023-11-24"}, decision_extra=PENALTY),
    # 营盘镇: GENERAL judgment of 2023 (3); a SERIOUS penalty revoked in 2024 (0)
    record("ZS-EV-009", org("yingpan"), "JUDICIAL_JUDGMENT", "GENERAL", "2023-05-16", COURT, "(2023)陕1026行初3号",
           "判令营盘镇人民政府依法履行土地征收补偿协议。"),
    record("ZS-EV-010", org("yingpan"), "ADMINISTRATIVE_PENALTY", "SERIOUS", "2024-02-01", FIN,
           "柞财罚〔2024〕1号", "罚款人民币五万元。",
           {"events": [{"type": "DECISION_REVOKED", "on": "2024-03-01", "reason": "复议撤销"}]},
           decision_extra=PENALTY),
    # 疾控中心: decided after the period (0)
    record("ZS-EV-011", org("cdc"), "ADMINISTRATIVE_PENALTY", "GENERAL", "2025-02-10", MARKET,
           "柞市监罚〔2025〕4号", "罚款人民币五万元。", decision_extra=PENALTY),
    # 乾佑街道: an official's GENERAL accountability (3)
    record("ZS-EV-012", official("qianyou", "王芳", "440524188001010014"), "ACCOUNTABILITY", "GENERAL", "2024-03-11",
           DISC, "柞纪问〔2024〕4号", "对其进行诫勉。",
           decision_extra={"sanction": {"system": "ACCOUNTABILITY", "type": "ADMONITION"}}),
]

def commitment(cid, key, ctype, made, due, fulfilled=None, broken=None):
    c = {"id": cid, "unit": U[key][0], "type": ctype, "madeOn": made, "dueOn": due}
    if fulfilled:
        c["fulfilledOn"] = fulfilled
    if broken:
        c["brokenOn"] = broken
    return c

commitments = [
    commitment("ZS-C-001", "gov", "POLICY", "2023-06-01", "2024-06-30", broken="2024-04-10"),
    commitment("ZS-C-002", "gov", "CONTRACT", "2023-09-01", "2024-09-30"),
    commitment("ZS-C-003", "gov", "SERVICE_QUALITY", "2024-01-02", "2024-12-31", fulfilled="2024-12-20"),
    commitment("ZS-C-004", "transport", "DEADLINE", "2024-01-02", "2024-03-31", fulfilled="2024-04-15"),
    commitment("ZS-C-005", "transport", "DEADLINE", "2024-02-01", "2024-05-31"),
    commitment("ZS-C-006", "transport", "GUARANTEE", "2024-03-01", "2025-03-01", broken="2024-10-08"),
    commitment("ZS-C-007", "housing", "CONTRACT", "2024-02-01", "2024-08-31", fulfilled="2024-09-02"),
    commitment("ZS-C-008", "cdc", "SERVICE_QUALITY", "2024-01-02", "2024-06-30", fulfilled="2024-06-28"),
    commitment("ZS-C-009", "land", "DEADLINE", "2024-05-01", "2025-04-30"),
]

def complaint(qid, key, channel, received, due, closed=None, substantiated=None):
    c = {"id": qid, "unit": U[key][0], "channel": channel, "receivedOn": received, "dueOn": due}
    if closed:
        c["closedOn"] = closed
    if substantiated is not None:
        c["substantiated"] = substantiated
    return c

complaints = [
    complaint("ZS-Q-001", "gov", "HOTLINE_12345", "2024-03-01", "2024-03-15", "2024-03-20", True),
    complaint("ZS-Q-002", "gov", "WEB", "2024-11-20", "2024-12-05"),
    complaint("ZS-Q-003", "finance", "HOTLINE_12345", "2024-06-03", "2024-06-17", "2024-06-21", False),
    complaint("ZS-Q-004", "housing", "MAIL", "2024-04-01", "2024-04-15", "2024-04-10", True),
    complaint("ZS-Q-005", "housing", "HOTLINE_12345", "2024-07-01", "2024-07-15", "2024-07-12", True),
    complaint("ZS-Q-006", "qianyou", "HOTLINE_12345", "2024-08-05", "2024-08-19", "2024-08-26", False),
    complaint("ZS-Q-007", "market", "HOTLINE_12345", "2024-09-02", "2024-09-16", "2024-09-10", False),
    complaint("ZS-Q-008", "transport", "OTHER", "2023-12-01", "2023-12-15", "2023-12-14", False),
]

def case(lid, key, number, concluded, outcome, performed=None):
    c = {"id": lid, "unit": U[key][0], "caseNumber": number, "concludedOn": concluded, "outcome": outcome}
    if performed:
        c["judgmentPerformedOn"] = performed
    return c

litigation = [
    case("ZS-L-001", "gov", "(2024)陕1026行初2号", "2024-02-20", "LOST", "2024-04-01"),
    case("ZS-L-002", "gov", "(2024)陕1026行初5号", "2024-05-14", "LOST"),
    case("ZS-L-003", "gov", "(2024)陕1026行初9号", "2024-08-09", "WON"),
    case("ZS-L-004", "transport", "(2024)陕1026行初11号", "2024-10-10", "LOST"),
    case("ZS-L-005", "land", "(2024)陕1026行初12号", "2024-07-02", "WON"),
    case("ZS-L-006", "housing", "(2024)陕1026行初14号", "2024-03-18", "LOST", "2024-05-06"),
    case("ZS-L-007", "housing", "(2024)陕1026行初15号", "2024-04-22", "WON"),
    case("ZS-L-008", "housing", "(2024)陕1026行初16号", "2024-06-11", "SETTLED"),
    case("ZS-L-009", "housing", "(2024)陕1026行初17号", "2024-09-27", "WITHDRAWN"),
]

for name, items in [("evaluation-records", records), ("evaluation-commitments", commitments),
                    ("evaluation-complaints", complaints), ("evaluation-litigation", litigation)]:
    with open("examples/data/" + name + ".ndjson", "w", encoding="utf-8") as f:
        for item in items:
            f.write(json.dumps(item, ensure_ascii=False, separators=(",", ":")) + "\n")

# The complaints once more as flat CSV (header = field names; docs/evaluation.md).
FIELDS = ["id", "unit", "channel", "receivedOn", "dueOn", "closedOn", "substantiated"]
with open("examples/data/evaluation-complaints.csv", "w", encoding="utf-8", newline="") as f:
    f.write(",".join(FIELDS) + "\r\n")
    for c in complaints:
        cells = []
        for name in FIELDS:
            v = c.get(name)
            cells.append("" if v is None else ("true" if v is True else "false" if v is False else str(v)))
        f.write(",".join(cells) + "\r\n")
