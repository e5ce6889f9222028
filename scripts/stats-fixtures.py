#!/usr/bin/env python3
# stats-fixtures.py: reference fixtures for the Rust `stats` crate.
#
# Computes each statistic with the Python libraries pinned in
# scripts/stats-requirements.txt and writes JSON lists of cases to
# crates/stats/tests/fixtures/{corr,chi2,mwu,alpha,pca,ols,did,tercile}.json.
# The Rust tests compare to 1e-12 relative (statistics) and 1e-10 (p-values).
#
#   python3 -m pip install -r scripts/stats-requirements.txt
#   python3 scripts/stats-fixtures.py            # writes into the repo
#   python3 scripts/stats-fixtures.py --check    # CI: regenerate, compare with the committed
#
# --check fails when a figure moved by more than 1e-12 relative: a change of library
# behaviour, not the last-bit noise of another machine's BLAS (OpenBLAS picks its kernels by
# CPU; an event-study estimate of -0.0049, a difference of larger terms, moved by 5e-13
# relative between two Xeons).
#
# Inputs use JSON null for a missing value. Rows with a missing value in any
# variable a test uses are dropped (listwise) before calling the library.
# Where the library raises or returns NaN, the case holds "error" instead of
# "expect" and the Rust side must refuse. Output is byte-stable (fixed seeds).
import json
import sys
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pingouin as pg
import statsmodels.api as sm
import statsmodels.formula.api as smf
from scipy import stats
from scipy.stats.contingency import association
from sklearn.decomposition import PCA
from sklearn.preprocessing import StandardScaler

warnings.simplefilter("ignore")


class Undefined(Exception):
    """The statistic is undefined for this input: the case becomes an error. `refuses` names
    the column to blame, which Pamoja's refusal must name too."""

    def __init__(self, why, refuses=None):
        super().__init__(why)
        self.refuses = refuses


# ---------- helpers ----------

def num(v):
    """Python float (or int) for JSON; NaN/inf make the case undefined."""
    if isinstance(v, (int, np.integer)) and not isinstance(v, bool):
        return int(v)
    v = float(v)
    if not np.isfinite(v):
        raise Undefined("library returned a non-finite value")
    return v


def out(values):
    """Input column for JSON: NaN -> null, integral Likert stays int."""
    return [None if is_missing(v) else v for v in values]


def likert(latent, spread=1.1):
    """Likert 1-5 from a latent normal score."""
    return [int(v) for v in np.clip(np.round(3 + spread * latent), 1, 5)]


def normal(rng, n, scale=1.0, loc=0.0):
    return [round(float(v), 3) for v in rng.normal(loc, scale, n)]


def with_missing(values, idx):
    return [np.nan if i in idx else float(v) for i, v in enumerate(values)]


def is_missing(v):
    return v is None or (isinstance(v, float) and np.isnan(v))


def complete(*cols):
    """Listwise deletion over columns: keep rows where every column is present."""
    keep = [not any(is_missing(c[i]) for c in cols) for i in range(len(cols[0]))]
    return [np.asarray(c, dtype=object)[keep] for c in cols]


def complete_rows(items):
    """Listwise deletion over a row-major item matrix, as floats."""
    return np.asarray([r for r in items if not any(is_missing(v) for v in r)], dtype=float)


def coef(res, name):
    """Estimate, standard error, t and p of one statsmodels coefficient."""
    return {"estimate": num(res.params[name]), "std_error": num(res.bse[name]),
            "t": num(res.tvalues[name]), "p_value": num(res.pvalues[name])}


def make_case(name, inputs, compute):
    case = {"name": name, **inputs}
    try:
        case["expect"] = compute()
    except Undefined as e:
        case["error"] = str(e)
        if e.refuses:
            case["refuses"] = e.refuses
    return case


# ---------- corr ----------

def corr_expect(method, x, y):
    x, y = (np.asarray(a, dtype=float) for a in complete(x, y))
    if len(x) < 2:
        raise Undefined("fewer than 2 complete pairs")
    if np.all(x == x[0]) or np.all(y == y[0]):
        raise Undefined("constant input", refuses="x" if np.all(x == x[0]) else "y")
    res = (stats.pearsonr if method == "pearson" else stats.spearmanr)(x, y)
    return {"n": len(x), "statistic": num(res.statistic), "p_value": num(res.pvalue)}


def corr_cases(rng):
    x = normal(rng, 50)
    y = [round(0.6 * a + b, 3) for a, b in zip(x, rng.normal(0, 1, 50))]
    z = rng.normal(0, 1, 40)
    lx, ly = likert(z), likert(0.6 * z + 0.8 * rng.normal(0, 1, 40))
    bx = normal(rng, 500)
    by = [round(0.5 * a + b, 3) for a, b in zip(bx, rng.normal(0, 0.8, 500))]
    p = list(range(1, 21))
    data = {
        "ordinary_n50": (x, y),
        "likert_ties_n40": (lx, ly),
        "constant_x": ([3] * 10, likert(rng.normal(0, 1, 10))),
        "n2": ([1.5, 2.5], [3.0, 1.0]),
        "n3": ([1.0, 2.0, 4.0], [3.0, 1.0, 2.0]),
        "perfect_positive": (p, [2 * v + 1 for v in p]),
        "perfect_negative": (p, [-3 * v + 7 for v in p]),
        "missing_values": (with_missing(x[:30], {2, 11}), with_missing(y[:30], {11, 20, 27})),
        "one_pair_after_missing": ([1.0, np.nan, 3.0], [np.nan, 2.0, 5.0]),
        "large_n500": (bx, by),
    }
    return [make_case(f"{m}_{k}", {"method": m, "x": out(a), "y": out(b)},
                      lambda m=m, a=a, b=b: corr_expect(m, a, b))
            for k, (a, b) in data.items() for m in ("pearson", "spearman")]


# ---------- chi2 ----------

def chi2_expect(table, yates):
    t = np.asarray(table)
    if t.ndim != 2 or min(t.shape) < 2:
        raise Undefined("table needs at least 2 rows and 2 columns")
    if (t.sum(axis=0) == 0).any() or (t.sum(axis=1) == 0).any():
        raise Undefined("a row or column total is zero")
    res = stats.chi2_contingency(t, correction=yates)
    return {"statistic": num(res.statistic), "p_value": num(res.pvalue), "dof": int(res.dof),
            "cramers_v": num(association(t, method="cramer")), "n": int(t.sum())}


def chi2_cases():
    tables = [
        ("2x2_yates", [[12, 5], [7, 16]], True),
        ("2x2_no_yates", [[12, 5], [7, 16]], False),
        ("2x2_yates_all_diffs_below_half", [[10, 10], [10, 11]], True),
        ("3x4", [[14, 9, 6, 3], [8, 12, 10, 7], [4, 6, 11, 15]], False),
        ("3x4_yates_flag_ignored", [[14, 9, 6, 3], [8, 12, 10, 7], [4, 6, 11, 15]], True),
        ("2x3", [[20, 15, 9], [11, 17, 22]], True),
        ("zero_row", [[5, 7, 3], [0, 0, 0], [4, 2, 6]], False),
        ("zero_column", [[5, 0], [7, 0]], True),
        ("1x4", [[3, 4, 5, 6]], False),
    ]
    return [make_case(n, {"table": t, "yates": y}, lambda t=t, y=y: chi2_expect(t, y))
            for n, t, y in tables]


# ---------- Mann-Whitney ----------

def mwu_method(n1, n2, tied):
    """scipy 1.16.3 _mwu_choose_method."""
    return "asymptotic" if (n1 > 8 and n2 > 8) or tied else "exact"


def spss_z(u_min, x, y):
    n1, n2 = len(x), len(y)
    big_n = n1 + n2
    _, t = np.unique(np.concatenate([x, y]), return_counts=True)
    var = n1 * n2 / 12 * ((big_n + 1) - np.sum(t**3 - t) / (big_n * (big_n - 1)))
    if var <= 0:
        raise Undefined("all values tied: z undefined")
    return (u_min - n1 * n2 / 2) / np.sqrt(var)


def mwu_expect(x, y):
    x = np.asarray(complete(x)[0], dtype=float)
    y = np.asarray(complete(y)[0], dtype=float)
    if len(x) == 0 or len(y) == 0:
        raise Undefined("empty group")
    res = stats.mannwhitneyu(x, y, use_continuity=True, alternative="two-sided", method="auto")
    method = mwu_method(len(x), len(y), len(np.unique(np.concatenate([x, y]))) < len(x) + len(y))
    check = stats.mannwhitneyu(x, y, use_continuity=True, alternative="two-sided", method=method)
    assert check.pvalue == res.pvalue, "auto rule mismatch"
    u1 = float(res.statistic)
    u_min = min(u1, len(x) * len(y) - u1)
    return {"n1": len(x), "n2": len(y), "u1": num(u1), "u_min": num(u_min),
            "z": num(spss_z(u_min, x, y)), "p_value": num(res.pvalue), "method": method}


def distinct(rng, n1, n2, shift=0.0):
    """No ties: multiples of 1.5, the second group shifted by a non-multiple."""
    v = rng.permutation(np.arange(1, n1 + n2 + 1)) * 1.5
    return [float(a) for a in v[:n1]], [float(b) + shift for b in v[n1:]]


def mwu_cases(rng):
    g = rng.normal(0, 1, 100)
    data = {
        "exact_1v1": ([2.0], [1.0]),
        "exact_2v3": distinct(rng, 2, 3),
        "exact_3v4": distinct(rng, 3, 4),
        "exact_5v5": distinct(rng, 5, 5),
        "exact_8v8": distinct(rng, 8, 8),
        "exact_5v20_one_small": distinct(rng, 5, 20),
        "asymptotic_9v9_no_ties": distinct(rng, 9, 9, shift=4.0),
        "ties_small_4v5": ([1, 2, 2, 4], [2, 3, 4, 5, 5]),
        "likert_40v50": (likert(g[:40] + 0.4), likert(g[40:90])),
        "all_tied": ([3, 3, 3, 3], [3, 3, 3]),
        "missing_values": (with_missing(likert(g[:12]), {0, 5}),
                           with_missing(likert(g[12:25] - 0.5), {3})),
        "seed_sizes_51v49": (likert(rng.normal(0.3, 1, 51)), likert(rng.normal(0, 1, 49))),
    }
    return [make_case(k, {"x": out(a), "y": out(b)}, lambda a=a, b=b: mwu_expect(a, b))
            for k, (a, b) in data.items()]


# ---------- Cronbach's alpha ----------

def alpha_expect(items):
    df = pd.DataFrame(complete_rows(items))
    n, k = df.shape
    if n < 2 or k < 2:
        raise Undefined("need at least 2 complete rows and 2 items")
    a, ci = pg.cronbach_alpha(data=df, ci=0.95, nan_policy="listwise")
    a = num(a)
    df1, df2 = n - 1, (n - 1) * (k - 1)
    lo = 1 - (1 - a) * stats.f.isf(0.025, df1, df2)
    hi = 1 - (1 - a) * stats.f.isf(0.975, df1, df2)
    return {"n": n, "k": k, "alpha": a, "ci_low": num(lo), "ci_high": num(hi),
            "ci_pingouin": [num(ci[0]), num(ci[1])]}


def scale_items(rng, n, k, load=0.8, signs=None):
    f = rng.normal(0, 1, n)
    cols = [(s if signs else 1) * load * f + rng.normal(0, 0.7, n)
            for s in (signs or [1] * k)]
    return [list(r) for r in zip(*(likert(c) for c in cols))]


def alpha_cases(rng):
    five = scale_items(rng, 60, 5)
    missing = [[float("nan") if (i, j) in {(1, 0), (7, 3), (7, 4), (30, 2)} else v
                for j, v in enumerate(r)] for i, r in enumerate(scale_items(rng, 40, 4))]
    const = [r[:3] + [3] for r in scale_items(rng, 30, 3)]
    ident = [[v] * 4 for v in likert(rng.normal(0, 1, 25))]
    data = {
        "likert_5_items_n60": five,
        "likert_10_items_n80": scale_items(rng, 80, 10),
        "two_items": scale_items(rng, 50, 2),
        "missing_values": missing,
        "constant_item": const,
        "identical_items": ident,
        "n2_rows": [[1, 2, 2], [4, 5, 3]],
        "one_row": [[1, 2, 3]],
        "zero_total_variance": [[2, 3, 4]] * 5,
        "negative_correlation": scale_items(rng, 40, 4, signs=[1, -1, 1, -1]),
    }
    return [make_case(k, {"items": [out(r) for r in v]}, lambda v=v: alpha_expect(v))
            for k, v in data.items()]


# ---------- PCA ----------

def pca_expect(items):
    x = complete_rows(items).reshape(-1, len(items[0]))
    if x.shape[0] < 2:
        raise Undefined("fewer than 2 rows: correlation undefined")
    if (x.std(axis=0) == 0).any():
        # The Rust side names the items item1, item2, ...
        raise Undefined("constant column: correlation undefined", refuses=f"item{int(np.argmax(x.std(axis=0) == 0)) + 1}")
    eig = np.linalg.eigh(np.corrcoef(x, rowvar=False))[0][::-1]
    z = StandardScaler().fit_transform(x)
    pca = PCA().fit(z)
    return {"n": x.shape[0], "eigenvalues": [num(v) for v in eig],
            "explained_variance_ratio": [num(v) for v in pca.explained_variance_ratio_],
            "weights": [num(v) for v in pca.components_[0]],
            "scores": [num(v) for v in pca.transform(z)[:, 0]]}


def continuous_items(rng, n, k, signs=None):
    f = rng.normal(0, 1, n)
    signs = signs or [1] * k
    return [list(r) for r in zip(*([round(float(v), 3) for v in
                                     signs[j] * (0.3 + 0.1 * j) * f + rng.normal(0, 1, n)]
                                    for j in range(k)))]


def pca_cases(rng):
    likert_items = scale_items(rng, 50, 4)
    missing = [[float("nan") if (i, j) in {(0, 1), (9, 2), (22, 0)} else v
                for j, v in enumerate(r)] for i, r in enumerate(continuous_items(rng, 30, 3))]
    data = {
        "five_items_n60": continuous_items(rng, 60, 5),
        "ten_items_n100": continuous_items(rng, 100, 10),
        "likert_ties_n50": likert_items,
        "missing_values": missing,
        "constant_column": [r[:3] + [2] for r in scale_items(rng, 20, 3)],
        "n3_two_items": [[1.0, 2.5], [2.0, 2.0], [4.0, 5.5]],
        "mixed_signs_n40": continuous_items(rng, 40, 4, signs=[1, -1, -1, 1]),
    }
    return [make_case(k, {"items": [out(r) for r in v]}, lambda v=v: pca_expect(v))
            for k, v in data.items()]


# ---------- OLS ----------

def build_design(df, x_order, fe):
    """const, FE dummies (drop-first, sorted labels), then x columns in order;
    an x column that does not raise the rank is dropped."""
    design = pd.DataFrame({"const": 1.0}, index=df.index)
    if fe is not None:
        dummies = pd.get_dummies(df["_fe"].astype(str), prefix="fe", drop_first=True, dtype=float)
        design = pd.concat([design, dummies], axis=1)
    dropped = []
    for name in x_order:
        trial = pd.concat([design, df[[name]].astype(float)], axis=1)
        if np.linalg.matrix_rank(trial.to_numpy()) > np.linalg.matrix_rank(design.to_numpy()):
            design = trial
        else:
            dropped.append(name)
    return design, dropped


def ols_expect(y, x, x_order, fe, cluster):
    cols = {"_y": y, **x}
    if fe is not None:
        cols["_fe"] = fe
    if cluster is not None:
        cols["_cl"] = cluster
    names = list(cols)
    df = pd.DataFrame(dict(zip(names, complete(*cols.values()))))
    design, dropped = build_design(df, x_order, fe)
    n, k = design.shape
    if n <= k:
        raise Undefined("too few rows: n <= k")
    model = sm.OLS(df["_y"].astype(float).to_numpy(), design)
    if cluster is None:
        res = model.fit()
    else:
        codes = np.unique(df["_cl"].astype(str), return_inverse=True)[1]
        if codes.max() < 1:
            raise Undefined("fewer than 2 clusters")
        res = model.fit(cov_type="cluster", cov_kwds={"groups": codes}, use_t=True)
    report = [c for c in design.columns if c in x_order or (fe is None and c == "const")]
    coefs = [{"name": c, **coef(res, c)} for c in report]
    expect = {"n": n, "k": k, "dof_resid": num(int(res.df_resid)), "dropped": dropped,
              "coefficients": coefs}
    if fe is None:
        expect["r2"] = num(res.rsquared)
    return expect


def ols_data(rng, n, n_groups=8, n_clusters=12):
    x1, x2, x3 = (rng.normal(0, 1, n) for _ in range(3))
    school = rng.integers(0, n_groups, n)
    effect = rng.normal(0, 1, n_groups)[school]
    y = 1.0 + 0.5 * x1 - 0.3 * x2 + 0.2 * x3 + effect + rng.normal(0, 1, n)
    r = lambda a: [round(float(v), 3) for v in a]
    return {"y": r(y), "x1": r(x1), "x2": r(x2), "x3": r(x3),
            "school": [f"S{v:02d}" for v in school],
            "cluster": [f"C{v:02d}" for v in rng.integers(0, n_clusters, n)],
            "district": [f"D{v // 2}" for v in school]}


def ols_cases(rng):
    d = ols_data(rng, 80)
    s = ols_data(rng, 30)
    three = ["x1", "x2", "x3"]
    sub = lambda *k: {c: d[c] for c in k}
    single = list(d["cluster"][:40])
    single[17] = "LONE"
    miss_y = with_missing(d["y"], {3, 40})
    miss_x = {c: with_missing(d[c], {10} if c == "x2" else set()) for c in three}
    collinear = {**sub("x1", "x2"), "x3": [a + b for a, b in zip(d["x1"], d["x2"])]}
    specs = [
        ("simple_one_x", s["y"], {"x1": s["x1"]}, None, None),
        ("three_x_n80", d["y"], sub(*three), None, None),
        ("fe_8_groups", d["y"], sub(*three), d["school"], None),
        ("cluster_12", d["y"], sub(*three), None, d["cluster"]),
        ("fe_school_cluster_school", d["y"], sub(*three), d["school"], d["school"]),
        ("fe_school_cluster_district", d["y"], sub(*three), d["school"], d["district"]),
        ("collinear_x3_eq_x1_plus_x2", d["y"], collinear, None, None),
        ("singleton_cluster", d["y"][:40], {c: d[c][:40] for c in three}, None, single),
        ("missing_y_and_x", miss_y, miss_x, None, None),
        ("too_few_rows", d["y"][:3], {c: d[c][:3] for c in three}, None, None),
        ("just_enough_rows", d["y"][:5], {c: d[c][:5] for c in three}, None, None),
        ("constant_x_dropped", d["y"], {"x1": d["x1"], "xc": [2.0] * 80}, None, None),
    ]
    cases = []
    for name, y, x, fe, cl in specs:
        order = list(x)
        inputs = {"y": out(y), "x": {k: out(v) for k, v in x.items()}, "x_order": order,
                  "fe": fe, "cluster": cl}
        cases.append(make_case(name, inputs, lambda y=y, x=x, o=order, fe=fe, cl=cl:
                               ols_expect(y, x, o, fe, cl)))
    return cases


# ---------- difference-in-differences ----------

def fit_twfe(df, terms):
    model = smf.ols(f"y ~ {' + '.join(terms)} + C(unit) + C(period)", data=df)
    if np.linalg.matrix_rank(model.exog) < model.exog.shape[1]:
        raise Undefined("design is rank deficient")
    codes = np.unique(df["unit"], return_inverse=True)[1]
    return model.fit(cov_type="cluster", cov_kwds={"groups": codes}, use_t=True)


def did_expect(unit, period, y, first):
    df = pd.DataFrame({"unit": unit, "period": period, "y": y,
                       "ft": [np.nan if f is None else f for f in first]}).dropna(subset=["y"])
    treated = df["ft"].notna()
    df["D"] = (treated & (df["period"] >= df["ft"])).astype(float)
    rel = (df["period"] - df["ft"])[treated]
    rels = sorted(int(r) for r in rel.unique() if r != -1)
    names = [f"rel_m{-r}" if r < 0 else f"rel_p{r}" for r in rels]
    for r, name in zip(rels, names):
        df[name] = (treated & (df["period"] - df["ft"] == r)).astype(float)
    att = fit_twfe(df, ["D"])
    ev = fit_twfe(df, names)
    return {"att": coef(att, "D"), "n": len(df), "units": int(df["unit"].nunique()),
            "periods": int(df["period"].nunique()),
            "event": [{"rel": r, **coef(ev, nm)} for r, nm in zip(rels, names)]}


def did_panel(rng, units, periods, waves, effect=1.5):
    unit, period, y, first = [], [], [], []
    for u in range(units):
        ft = waves[u % len(waves)]
        alpha_u = rng.normal(0, 1)
        for t in periods:
            treat = ft is not None and t >= ft
            unit.append(f"U{u:02d}")
            period.append(t)
            first.append(ft)
            y.append(round(alpha_u + 0.3 * t + (effect + 0.2 * (t - ft) if treat else 0)
                           + rng.normal(0, 0.5), 3))
    return unit, period, y, first


def did_cases(rng):
    stag = did_panel(rng, 30, [1, 2, 3, 4, 5], [2, 3, 4, None, None])
    two = did_panel(rng, 20, [1, 2], [2, None])
    miss = did_panel(rng, 12, [1, 2, 3, 4], [3, None])
    miss[2][5] = float("nan")
    cases = []
    for name, (u, p, y, f) in [("staggered_3_waves_n30_t5", stag), ("balanced_two_periods", two),
                               ("missing_y", miss)]:
        inputs = {"unit": u, "period": p, "y": out(y), "first_treated": f}
        cases.append(make_case(name, inputs, lambda u=u, p=p, y=y, f=f: did_expect(u, p, y, f)))
    return cases


# ---------- terciles ----------

def tercile_cases(rng):
    data = {
        "n1": [4.2], "n2": [1.0, 3.0], "n3": [2.0, 9.0, 4.0],
        "n10": normal(rng, 10, 10, 50),
        "ties": likert(rng.normal(0, 1, 25)),
        "missing": with_missing(normal(rng, 12, 5, 20), {0, 7}),
        "all_missing": [float("nan")] * 3,
    }

    def expect(v):
        v = np.asarray(complete(v)[0], dtype=float)
        if len(v) == 0:
            raise Undefined("no values")
        q = np.quantile(v, [1 / 3, 2 / 3])
        return {"q1": num(q[0]), "q2": num(q[1])}
    return [make_case(k, {"values": out(v)}, lambda v=v: expect(v)) for k, v in data.items()]


# ---------- main ----------

# Each file's cases, each from its own fixed seed.
CASES = {
    "corr": lambda: corr_cases(np.random.default_rng(101)),
    "chi2": lambda: chi2_cases(),
    "mwu": lambda: mwu_cases(np.random.default_rng(202)),
    "alpha": lambda: alpha_cases(np.random.default_rng(303)),
    "pca": lambda: pca_cases(np.random.default_rng(404)),
    "ols": lambda: ols_cases(np.random.default_rng(505)),
    "did": lambda: did_cases(np.random.default_rng(606)),
    "tercile": lambda: tercile_cases(np.random.default_rng(707)),
}


def drift(path, old, new):
    """Where `new` differs from `old` beyond last-bit noise, as a list of messages."""
    if isinstance(old, dict) and isinstance(new, dict):
        if old.keys() != new.keys():
            return [f"{path}: keys {sorted(old)} became {sorted(new)}"]
        return [m for k in old for m in drift(f"{path}.{k}", old[k], new[k])]
    if isinstance(old, list) and isinstance(new, list):
        if len(old) != len(new):
            return [f"{path}: length {len(old)} became {len(new)}"]
        return [m for i, (a, b) in enumerate(zip(old, new)) for m in drift(f"{path}[{i}]", a, b)]
    if isinstance(old, float) and isinstance(new, (int, float)) and not isinstance(new, bool):
        ok = abs(old - new) <= 1e-12 * max(abs(old), abs(new)) + 1e-300
        return [] if ok else [f"{path}: {old!r} became {new!r}"]
    return [] if old == new else [f"{path}: {old!r} became {new!r}"]


def main():
    root = Path(__file__).resolve().parent.parent
    committed = root / "crates/stats/tests/fixtures"
    if sys.argv[1:] == ["--check"]:
        problems = []
        for path in sorted(committed.glob("*.json")):
            fresh = json.loads(json.dumps(CASES[path.stem](), allow_nan=False))
            problems += drift(path.name, json.loads(path.read_text()), fresh)
        print("\n".join(problems) or "fixtures unchanged")
        sys.exit(1 if problems else 0)
    out_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else committed
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, make in CASES.items():
        cases = make()
        text = json.dumps(cases, indent=1, sort_keys=True, allow_nan=False) + "\n"
        (out_dir / f"{name}.json").write_text(text)
        print(f"{name}.json: {len(cases)} cases, {len(text)} bytes")


if __name__ == "__main__":
    main()
