#!/usr/bin/env python3
# The Python side of Pamoja's statistics benchmarks, run by them on the same files.
#   bench-stats.py matrix FILE.csv   pandas.read_csv, scipy.stats.spearmanr on every column,
#                                    numpy.linalg.eigh of the matrix (PCA); prints JSON figures.
#                                    Times are the median of 5 runs, imports excluded.
#   bench-stats.py tlt BASE.csv END.csv
#                                    the same tables as `pamoja analyze tlt` from the wide exports
#                                    of `pamoja survey export`, as a researcher's pandas script
#                                    would compute them; timed whole by the caller.
import json
import sys
import time

import numpy as np
import pandas as pd
from scipy import stats


def median_time(f, runs=5):
    times, result = [], None
    for _ in range(runs):
        t = time.perf_counter()
        result = f()
        times.append(time.perf_counter() - t)
    return sorted(times)[len(times) // 2] * 1000, result


def matrix(path):
    read_ms, df = median_time(lambda: pd.read_csv(path))

    def analyse():
        rho = stats.spearmanr(df.to_numpy()).statistic
        values, _ = np.linalg.eigh(rho)
        return rho, values[::-1]

    stats_ms, (rho, values) = median_time(analyse)
    print(json.dumps({"read_ms": read_ms, "stats_ms": stats_ms, "eigen0": values[0], "corr": rho.tolist()}))


FAC = [f"fac_{i}" for i in range(1, 6)]
IMP = [f"imp_{i}" for i in range(1, 11)]
TSES = [f"tses_{i}" for i in range(1, 13)]
KAP = ["kap_subject", "kap_development", "kap_planning", "kap_managing", "kap_questioning", "kap_resources",
       "kap_assessing", "kap_inclusion", "kap_ict", "kap_understanding", "kap_support", "kap_unprepared"]


def tlt(base_path, end_path):
    import pingouin as pg
    import statsmodels.formula.api as smf
    from sklearn.decomposition import PCA
    from sklearn.preprocessing import StandardScaler

    base, end = pd.read_csv(base_path), pd.read_csv(end_path)
    out = {}
    for df in (base, end):
        df["kap_unprepared"] = 6 - df["kap_unprepared"]
        df["feel_isolated"] = 6 - df["feel_isolated"]
    cop = base[base["fac_1"].notna()]
    for model, g in cop.groupby("delivery_model"):
        for item in ["leaders", "facilitators", "formats"]:
            answered = g[item].dropna()
            for option in sorted({o for a in answered for o in a.split()}):
                out[f"{model}/{item}/{option}"] = answered.str.split().apply(lambda a: option in a).mean()
        for item in ["decide_agenda", "decide_topics", "decide_duration", "decide_organisation"]:
            out[f"{model}/{item}"] = (g[item].dropna() == "yes").mean()
        for name, items in [("fac", FAC), ("imp", IMP), ("ht", ["ht_participation", "ht_feedback"]),
                            ("ssl", ["ssl_participation", "ssl_feedback"]), ("tses", TSES), ("kap", KAP)]:
            data = g[items].dropna()
            if len(data) > 2:
                out[f"{model}/alpha/{name}"] = pg.cronbach_alpha(data=data, nan_policy="listwise")[0]
        fac, imp = g[FAC].mean(axis=1, skipna=False), g[IMP].mean(axis=1, skipna=False)
        out[f"{model}/table6/average"] = stats.spearmanr(fac, imp, nan_policy="omit").statistic
        both = g[FAC + IMP].dropna()
        scores = [PCA().fit_transform(StandardScaler().fit_transform(both[cols]))[:, 0] for cols in (FAC, IMP)]
        out[f"{model}/table6/pca"] = stats.spearmanr(*scores).statistic
        for name, items in [("table7", ["ht_participation", "ht_feedback"]), ("table10", ["coach_satisfaction"])]:
            x = g[items].mean(axis=1, skipna=False)
            if x.notna().any():
                schools = pd.DataFrame({"x": x, "y": imp, "school": g["school_code"]}).dropna().groupby("school").mean()
                out[f"{model}/{name}"] = stats.spearmanr(schools["x"], schools["y"]).statistic
        if model == "school-based":
            means = pd.DataFrame({"imp": imp, "school": g["school_code"]}).dropna().groupby("school")["imp"].mean()
            q1, q2 = np.quantile(means, [1 / 3, 2 / 3])
            tier = g["school_code"].map(means)
            for leader, items in [("ht", ["ht_participation", "ht_feedback"]), ("ssl", ["ssl_participation", "ssl_feedback"])]:
                m = g[items].mean(axis=1, skipna=False)
                for t_name, t in [("high", tier > q2), ("low", tier <= q1)]:
                    for s_name, style in [("directive", m >= 4), ("distributed", m <= 2)]:
                        ok = m.notna() & tier.notna()
                        out[f"table8-9/{leader}/{t_name}/{s_name}"] = stats.spearmanr(t[ok], style[ok]).statistic
    pairs = base.merge(end, on="teacher_code", suffixes=("_b", "_e"))
    pairs["change"] = np.sign(pairs["teach_score_e"] - pairs["teach_score_b"])
    for model, g in pairs.groupby("delivery_model_e"):
        g = g[g["change"] != 0]
        quality = g["change"].map({1: "improved", -1: "reduced"})
        table = pd.crosstab(g["whatsapp_closure_e"], quality)
        if table.shape == (2, 2):
            out[f"{model}/whatsapp"] = stats.chi2_contingency(table).statistic
        helpful = g["prior_cop_helpful_e"]
        out[f"{model}/mwu"] = stats.mannwhitneyu(helpful[quality == "improved"].dropna(), helpful[quality == "reduced"].dropna()).statistic
    long = pd.concat([base.assign(post=0), end.assign(post=1)])
    long = long[long["arm"].notna()]
    if (long["arm"] == "control").any():
        long["treat_post"] = (long["arm"] == "treatment") * long["post"]
        long["female"] = (long["gender"] == "female").astype(float)
        long["degree"] = (long["qualification"] == "degree").astype(float)
        data = long[["teach_score", "treat_post", "post", "female", "experience_years", "degree", "school_code"]].dropna()
        fit = smf.ols("teach_score ~ treat_post + post + female + experience_years + degree + C(school_code)", data=data).fit(
            cov_type="cluster", cov_kwds={"groups": pd.factorize(data["school_code"])[0]}, use_t=True)
        out["regression/treat_post"] = fit.params["treat_post"]
    print(json.dumps({k: float(v) for k, v in out.items()}))


if __name__ == "__main__":
    {"matrix": matrix, "tlt": tlt}[sys.argv[1]](*sys.argv[2:])
