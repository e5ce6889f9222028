#!/usr/bin/env python3
# Recomputes every section of `pamoja analyze tlt --format json` from `pamoja survey export`
# files, by an independent route: pandas for the data, and for each test the reference function
# of scripts/stats-fixtures.py (scipy, statsmodels, pingouin and scikit-learn at the versions
# pinned in scripts/stats-requirements.txt). Statistics must agree to 1e-9 relative, p-values to
# 1e-7; a count, a share's numerator or an undefined figure must agree exactly.
#
#   python3 scripts/check-tlt.py REPORT.json BASELINE.csv... [--endline ENDLINE.csv...]
#
# The report's method lines are followed as written: a teacher's index is the simple average of
# its items (listwise within the index), averages and school means are rounded to 9 decimals
# (round(x * 1e9) / 1e9), reverse-coded items are flipped over their scale, and each group is a
# delivery model's teachers who answered the CoP survey (school-based first). Prints one line per
# section with the largest differences it saw; exits 1 on any disagreement.
import csv
import importlib.util
import json
import math
import sys
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("fixtures", ROOT / "scripts/stats-fixtures.py")
ref = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ref)
Undefined = ref.Undefined

STAT, PVAL = 1e-9, 1e-7


# ---------- the instruments, read from their own files ----------

def sheet(code, name):
    with open(ROOT / f"instruments/{code}/{name}.csv", newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


INSTRUMENTS = {}
for code in ["cop-survey", "tses", "kap"]:
    choices = {}
    for c in sheet(code, "choices"):
        choices.setdefault(c["list_name"], []).append((c["name"], c["label"]))
    items = [r for r in sheet(code, "survey") if r["type"] not in ("begin group", "end group") and r["name"]]
    INSTRUMENTS[code] = {"choices": choices, "items": {r["name"]: r for r in items}, "order": [r["name"] for r in items]}
SHARED = {n for n in INSTRUMENTS["cop-survey"]["order"] if any(n in INSTRUMENTS[c]["items"] for c in ["tses", "kap"])}
SHARED |= {n for n in INSTRUMENTS["tses"]["order"] if n in INSTRUMENTS["kap"]["items"]}
SHARED -= {"teacher_code", "school_code"}


def column(code, name):
    return f"{code}/{name}" if name in SHARED else name


def index_items(code, index):
    return [n for n in INSTRUMENTS[code]["order"] if INSTRUMENTS[code]["items"][n]["pamoja_index"] == index]


def score(code, name, raw):
    """An answer as a number, reverse-coded items flipped over their list's range."""
    if raw is None or (isinstance(raw, float) and math.isnan(raw)) or str(raw).strip() == "":
        return None
    try:
        v = float(str(raw).strip())
    except ValueError:
        return None
    item = INSTRUMENTS[code]["items"][name]
    kind = item["type"].split()
    if kind[0] == "select_one" and item["pamoja_reverse"] == "yes":
        scale = [float(n) for n, _ in INSTRUMENTS[code]["choices"][kind[1]] if n.replace(".", "", 1).isdigit()]
        return min(scale) + max(scale) - v
    return v if kind[0] in ("select_one", "integer", "decimal") else None


def nine(x):
    return None if x is None else round(x * 1e9) / 1e9


def scores(df, code, name):
    return [score(code, name, v) for v in df[column(code, name)]]


def average(df, code, index):
    cols = [scores(df, code, n) for n in index_items(code, index)]
    return [nine(sum(v) / len(v)) if all(x is not None for x in v) else None for v in zip(*cols)]


def school_means(schools, values):
    """Per school (sorted), the mean of each variable over teachers having all of them."""
    out = {s: [[] for _ in values] for s in sorted(set(schools))}
    for i, s in enumerate(schools):
        if all(v[i] is not None for v in values):
            for j, v in enumerate(values):
                out[s][j].append(v[i])
    keys = sorted(out)
    return keys, [[nine(sum(out[s][j]) / len(out[s][j])) if out[s][j] else None for s in keys] for j in range(len(values))]


# ---------- reading ----------

def read(paths):
    frames = [pd.read_csv(p, dtype=str, keep_default_na=False) for p in paths]
    df = pd.concat(frames, ignore_index=True).replace({"": None})
    cop_cols = [column("cop-survey", n) for n in INSTRUMENTS["cop-survey"]["order"] if n not in ("teacher_code", "school_code")]
    df["_cop"] = df[[c for c in cop_cols if c in df.columns]].notna().any(axis=1)
    return df


def groups(df):
    models = sorted(df["delivery_model"].dropna().unique(), reverse=True)
    return [(m, df[(df["delivery_model"] == m) & df["_cop"]].reset_index(drop=True)) for m in models]


LABEL = {"school-based": "School-based CoPs (Rwanda)", "cluster-based": "Cluster-based CoPs (Kenya)"}


# ---------- comparing ----------

class Check:
    def __init__(self):
        self.problems, self.worst, self.cells = [], {}, {}

    def value(self, section, what, got, want, tol):
        self.cells[section] = self.cells.get(section, 0) + 1
        if isinstance(got, str) or want is None:
            # Pamoja says why it could not compute; the reference must fail too.
            if not (isinstance(got, str) and got and want is None):
                self.problems.append(f"{section}: {what}: Pamoja {got!r}, reference {want!r}")
            return
        diff = abs(got - want) / max(abs(want), abs(got), 1e-300) if tol else abs(got - want)
        self.worst[section] = max(self.worst.get(section, 0.0), diff)
        if diff > tol:
            self.problems.append(f"{section}: {what}: Pamoja {got!r}, reference {want!r} ({diff:.2e} apart)")

    def stat(self, section, what, got, want):
        self.value(section, what, got, want, STAT)

    def p(self, section, what, got, want):
        self.value(section, what, got, want, PVAL)

    def exact(self, section, what, got, want):
        self.value(section, what, got, want, 0.0)


def refused(check, sid, row):
    """The reference refuses: Pamoja's row must say why in words, with no figure."""
    check.cells[sid] = check.cells.get(sid, 0) + 1
    if not all(isinstance(c, str) for c in row) or not any(c for c in row[1:] or row):
        check.problems.append(f"{sid}: the reference refuses, Pamoja gives {row!r}")


def attempt(f, *args):
    try:
        return f(*args)
    except Undefined:
        return None


def corr_cells(check, section, what, row, at, x, y):
    e = attempt(ref.corr_expect, "spearman", x, y)
    check.stat(section, f"{what} ρ", row[at], e and e["statistic"])
    if e:
        check.p(section, f"{what} p", row[at + 1], e["p_value"])
        check.exact(section, f"{what} n", row[at + 2], e["n"])


# ---------- the sections ----------

def profile(check, sections, gs):
    cop = INSTRUMENTS["cop-survey"]
    for sid, items in [("table-3", ["leaders", "facilitators"]), ("table-4", ["formats"])]:
        rows = [r for r in sections[sid]["rows"] if any(not isinstance(c, str) or c for c in r[1:])]
        at = 0
        for item in items:
            names = cop["choices"][cop["items"][item]["type"].split()[1]]
            for name, label in names:
                row = rows[at]
                at += 1
                assert row[0] == label, f"{sid}: row {row[0]!r}, expected {label!r}"
                for g, (_, df) in enumerate(gs):
                    answered = [a.split() for a in df[column("cop-survey", item)].dropna()]
                    share = sum(name in a for a in answered) / len(answered) if answered else None
                    check.stat(sid, f"{label} ({g})", row[1 + g], share)
        if at != len(rows):
            check.problems.append(f"{sid}: {len(rows)} rows of options, the instrument has {at}")
    decide = ["decide_agenda", "decide_topics", "decide_duration", "decide_organisation"]
    assert [r[0] for r in sections["table-5"]["rows"]] == [cop["items"][i]["label"] for i in decide], "table-5's rows"
    for row, item in zip(sections["table-5"]["rows"], decide):
        for g, (_, df) in enumerate(gs):
            answered = list(df[column("cop-survey", item)].dropna())
            check.stat("table-5", f"{item} ({g})", row[1 + g], answered.count("yes") / len(answered) if answered else None)


def reliability(check, sections, gs):
    rows = iter(sections["reliability"]["rows"])
    for model, df in gs:
        for code, index in [("cop-survey", "facilitation"), ("cop-survey", "impact"), ("cop-survey", "ht_engagement"),
                            ("cop-survey", "ssl_engagement"), ("tses", "tses_total"), ("kap", "kap_total")]:
            cols = [scores(df, code, n) for n in index_items(code, index)]
            if all(all(v is None for v in c) for c in cols):
                continue
            row = next(rows)
            assert row[0] == LABEL[model], row
            e = attempt(ref.alpha_expect, [list(r) for r in zip(*cols)])
            what = f"{model} {index}"
            check.stat("reliability", f"{what} α", row[2], e and e["alpha"])
            if e:
                check.stat("reliability", f"{what} CI low", row[3], e["ci_low"])
                check.stat("reliability", f"{what} CI high", row[4], e["ci_high"])
                check.exact("reliability", f"{what} n", row[5], e["n"])


def pca_scores(df, index):
    items = [scores(df, "cop-survey", n) for n in index_items("cop-survey", index)]
    rows = [list(r) for r in zip(*items)]
    e = attempt(ref.pca_expect, rows)
    if e is None:
        return None
    it = iter(e["scores"])
    return [next(it) if all(v is not None for v in r) else None for r in rows]


def table6(check, sections, gs):
    rows = iter(sections["table-6"]["rows"])
    for model, df in gs:
        corr_cells(check, "table-6", f"{model} average", next(rows), 2, average(df, "cop-survey", "facilitation"), average(df, "cop-survey", "impact"))
        f, i = pca_scores(df, "facilitation"), pca_scores(df, "impact")
        row = next(rows)
        if f is None or i is None:
            check.stat("table-6", f"{model} PCA", row[2], None)
        else:
            corr_cells(check, "table-6", f"{model} PCA", row, 2, f, i)


def school_level(check, sections, gs, sid, index):
    if sid not in sections:
        return
    rows = iter(sections[sid]["rows"])
    for model, df in gs:
        x = average(df, "cop-survey", index)
        if all(v is None for v in x):
            continue
        schools, means = school_means(list(df["school_code"]), [x, average(df, "cop-survey", "impact")])
        row = next(rows)
        corr_cells(check, sid, model, row, 1, means[0], means[1])
        check.exact(sid, f"{model} schools", row[4], len(schools))


def tiers(check, sections, gs):
    found = [df for m, df in gs if m == "school-based"]
    if not found:
        return
    df = found[0]
    schools, means = school_means(list(df["school_code"]), [average(df, "cop-survey", "impact")])
    known = [m for m in means[0] if m is not None]
    q1, q2 = np.quantile(known, [1 / 3, 2 / 3], method="linear")
    tier = {s: (None if m is None else 0 if m <= q1 else 1 if m <= q2 else 2) for s, m in zip(schools, means[0])}
    of = [tier[s] for s in df["school_code"]]
    high = [None if t is None else float(t == 2) for t in of]
    low = [None if t is None else float(t == 0) for t in of]
    for sid, index in [("table-8", "ht_engagement"), ("table-9", "ssl_engagement")]:
        m = average(df, "cop-survey", index)
        directive = [None if v is None else float(v >= 4) for v in m]
        distributed = [None if v is None else float(v <= 2) for v in m]
        assert [r[0] for r in sections[sid]["rows"]] == ["High performing CoPs", "Low performing CoPs"], f"{sid}'s rows"
        for row, indicator in zip(sections[sid]["rows"], [high, low]):
            corr_cells(check, sid, f"{row[0]} directive", row, 1, indicator, directive)
            corr_cells(check, sid, f"{row[0]} distributed", row, 4, indicator, distributed)


def pairs(base, end):
    merged = base.merge(end, on="teacher_code", suffixes=("_b", "_e"))
    b = [score("kap", "teach_score", v) for v in merged["teach_score_b"]]
    e = [score("kap", "teach_score", v) for v in merged["teach_score_e"]]
    merged["_change"] = [None if x is None or y is None or y == x else ("improved" if y > x else "reduced") for x, y in zip(b, e)]
    return merged


def endline(check, sections, base, end):
    p = pairs(base, end)
    models = sorted(p["delivery_model_e"].dropna().unique(), reverse=True)
    for sid in ["whatsapp", "prior-experience"]:
        assert [r[0] for r in sections[sid]["rows"]] == [LABEL[m] for m in models], f"{sid}'s rows"
    for row, model in zip(sections["whatsapp"]["rows"], models):
        g = p[p["delivery_model_e"] == model]
        keep = [(k, c) for k, c in zip(g["whatsapp_closure_e"], g["_change"]) if k is not None and c is not None]
        table = pd.crosstab(pd.Series([k for k, _ in keep]), pd.Series([c for _, c in keep]))
        e = attempt(ref.chi2_expect, table.to_numpy(), True) if len(table) else None
        if e is None:
            refused(check, "whatsapp", row)
        else:
            check.stat("whatsapp", f"{model} χ²", row[3], e["statistic"])
            share = lambda r: table.loc[r, "improved"] / table.loc[r].sum() if r in table.index and "improved" in table.columns else None
            check.stat("whatsapp", f"{model} improved, kept", row[1], share("yes"))
            check.stat("whatsapp", f"{model} improved, did not", row[2], share("no"))
            check.exact("whatsapp", f"{model} df", row[4], e["dof"])
            check.p("whatsapp", f"{model} p", row[5], e["p_value"])
            check.stat("whatsapp", f"{model} Cramér's V", row[6], e["cramers_v"])
            check.exact("whatsapp", f"{model} N", row[7], e["n"])
    for row, model in zip(sections["prior-experience"]["rows"], models):
        g = p[p["delivery_model_e"] == model]
        helpful = [score("cop-survey", "prior_cop_helpful", v) for v in g["prior_cop_helpful_e"]]
        x = [h for h, c in zip(helpful, g["_change"]) if c == "improved"]
        y = [h for h, c in zip(helpful, g["_change"]) if c == "reduced"]
        e = attempt(ref.mwu_expect, x, y)
        if e is None:
            refused(check, "prior-experience", row)
        else:
            check.stat("prior-experience", f"{model} U", row[1], e["u_min"])
            check.exact("prior-experience", f"{model} N1", row[2], e["n1"])
            check.exact("prior-experience", f"{model} N2", row[3], e["n2"])
            check.stat("prior-experience", f"{model} z", row[4], e["z"])
            check.p("prior-experience", f"{model} p", row[5], e["p_value"])
    for model in models:
        g = p[p["delivery_model_e"] == model]
        sid = f"treatment-control-{model}"
        if sid in sections:
            regression(check, sections[sid], g)
        sid = f"waves-did-{model}"
        if sid in sections:
            waves(check, sections[sid], g)


TERMS = ["treatment × endline", "endline", "female", "experience (years)", "degree"]


def coefficients(check, sid, rows, want, names=False):
    """Each row against the reference's coefficient (by its term's name too, when `names`)."""
    if len(rows) != len(want):
        check.problems.append(f"{sid}: {len(rows)} rows, reference {len(want)}")
    for row, w in zip(rows, want):
        if names and row[0] != w["name"]:
            check.problems.append(f"{sid}: row {row[0]!r}, reference {w['name']!r}")
        check.stat(sid, f"{row[0]} estimate", row[1], w["estimate"])
        check.stat(sid, f"{row[0]} std. error", row[2], w["std_error"])
        check.stat(sid, f"{row[0]} t", row[3], w["t"])
        check.p(sid, f"{row[0]} p", row[4], w["p_value"])


def regression(check, section, g):
    y, x, school = [], {t: [] for t in TERMS}, []
    for _, r in g.iterrows():
        for suffix, post in [("_b", 0.0), ("_e", 1.0)]:
            treated = float(r[f"arm{suffix}"] == "treatment")
            gender, qualification = r[f"gender{suffix}"], r[f"qualification{suffix}"]
            y.append(score("kap", "teach_score", r[f"teach_score{suffix}"]))
            x["treatment × endline"].append(treated * post)
            x["endline"].append(post)
            x["female"].append(None if gender is None else float(gender == "female"))
            x["experience (years)"].append(score("kap", "experience_years", r[f"experience_years{suffix}"]))
            x["degree"].append(None if qualification is None else float(qualification == "degree"))
            school.append(r[f"school_code{suffix}"])
    e = attempt(ref.ols_expect, y, x, TERMS, school, school)
    if e is None:
        refused(check, section["id"], section["rows"][0])
        return
    coefficients(check, section["id"], section["rows"], e["coefficients"], names=True)


def waves(check, section, g):
    unit, period, y, first = [], [], [], []
    for _, r in g.iterrows():
        started = lambda s: r[f"wave_starts{s}"] is not None and r[f"wave_starts{s}"] <= r[f"held_on{s}"]
        ft = 0 if started("_b") else 1 if started("_e") else None
        for p, s in [(0, "_b"), (1, "_e")]:
            unit.append(r["teacher_code"])
            period.append(p)
            y.append(score("kap", "teach_score", r[f"teach_score{s}"]))
            first.append(ft)
    # statsmodels' two-way fixed effects, by stats-fixtures' own did_expect. When the event
    # study's design is rank deficient (no teacher untreated at the round a term needs), the
    # reference refuses it, and Pamoja must report the average effect alone.
    y = [np.nan if v is None else v for v in y]
    sid = section["id"]
    try:
        e = ref.did_expect(unit, period, y, first)
        want = [e["att"], *e["event"]]
    except Undefined:
        df = pd.DataFrame({"unit": unit, "period": period, "y": y, "ft": [np.nan if f is None else f for f in first]}).dropna(subset=["y"])
        df["D"] = (df["ft"].notna() & (df["period"] >= df["ft"])).astype(float)
        try:
            want = [ref.coef(ref.fit_twfe(df, ["D"]), "D")]
        except Undefined:
            refused(check, sid, section["rows"][0])
            return
    coefficients(check, sid, section["rows"], want)


def main(argv):
    report = json.loads(Path(argv[0]).read_text())
    rest = argv[1:]
    cut = rest.index("--endline") if "--endline" in rest else len(rest)
    base, end = read(rest[:cut]), (read(rest[cut + 1:]) if cut < len(rest) else None)
    sections = {s["id"]: s for s in report["sections"]}
    gs = groups(base)
    check = Check()
    profile(check, sections, gs)
    reliability(check, sections, gs)
    table6(check, sections, gs)
    school_level(check, sections, gs, "table-7", "ht_engagement")
    tiers(check, sections, gs)
    school_level(check, sections, gs, "table-10", "coach_satisfaction")
    if end is not None:
        endline(check, sections, base, end)
    # The sections the data call for must be there: Table 10 with a cluster-based group, and
    # with an endline each model's regression (a control arm) and waves (more than one wave).
    required = {"table-3", "table-4", "table-5", "reliability", "table-6", "table-7"}
    required |= {"table-8", "table-9"} if any(m == "school-based" for m, _ in gs) else set()
    required |= {"table-10"} if any(m == "cluster-based" for m, _ in gs) else set()
    if end is not None:
        p = pairs(base, end)
        required |= {"whatsapp", "prior-experience"}
        for model, g in p.groupby("delivery_model_e"):
            if (g["arm_e"] == "control").any():
                required.add(f"treatment-control-{model}")
            if g["wave_e"].dropna().nunique() > 1:
                required.add(f"waves-did-{model}")
    check.problems += [f"{sid}: missing from the report" for sid in sorted(required - set(sections))]
    for sid in sections:
        if sid in check.cells:
            print(f"  {sid:<32} {check.cells[sid]:>4} figures, largest difference {check.worst.get(sid, 0.0):.1e}")
        elif sid != "endline":
            check.problems.append(f"{sid}: not checked")
    for p in check.problems:
        print(f"  DIFFERS {p}")
    return 1 if check.problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
