"""Step 2 of `npm run scorer:fit`: fits models/judge.json from the features
scripts/scorer-features.ts wrote (scripts/tmp/scorer-features.jsonl).

- judge: logistic regression on the standardised features, fitted on fold B
  with the fold-A cross-encoder's scores (questions it did not train on); graded sets
  (Mohler, course) enter with soft labels (grade/5, as two weighted rows), and
  so do Beetle's partially correct answers (0.5),
  and each set weighs the same in all.
- cut: the probability above which an answer is "correct", chosen for
  accuracy on the fitted questions.
- flag: a second logistic regression, on the course set's answers to cards
  with a common wrong answer, telling answers that assert it; its threshold
  sits above all but 1 % of the right answers (grade >= 3.5) of the fitted chapters.
Only questions not held out are fitted (scripts/lib/scorer-data.ts); the
held-out figures printed here and by `npm run bench:scorer` are on the rest.
Deterministic: lbfgs, no shuffling, fixed order of the data.
"""
import json
import sys

import numpy as np
from sklearn.linear_model import LogisticRegression

FALSE_FLAG_SHARE = 0.01
FLAG_FEATURES = ["cross", "simWrong", "wrongMargin", "wrongStemRecall", "simWhole", "coverMean", "negationMismatch"]


def load():
    names = json.load(open("scripts/tmp/scorer-features.names.json"))
    rows = [json.loads(l) for l in open("scripts/tmp/scorer-features.jsonl")]
    return names, rows


# Beetle's graders call an incomplete answer "partially correct": half right for the fit, so the judge
# learns to rank it above a contradiction or an irrelevant answer. Accuracy and the cut still count only
# "correct" as right.
PARTIAL = {"partially_correct_incomplete": 0.5}


def fit_target(r):
    return PARTIAL.get(r["label"], r["target"])


def fit_judge(names, rows):
    # Fold B only: the fold-A cross-encoder never trained on these questions, so its weight here is honest.
    fit = [r for r in rows if r["fold"] == "B"]
    X = np.array([r["x"] for r in fit])
    mean, scale = X.mean(0), X.std(0) + 1e-6
    Z = (X - mean) / scale
    per_source = {}
    for r in fit:
        per_source[r["source"]] = per_source.get(r["source"], 0) + 1
    w = np.array([1.0 / per_source[r["source"]] for r in fit])
    t = np.array([fit_target(r) for r in fit])
    Zs = np.vstack([Z, Z])
    ys = np.concatenate([np.ones(len(t)), np.zeros(len(t))])
    ws = np.concatenate([w * t, w * (1 - t)]) * len(fit)
    lr = LogisticRegression(C=1.0, max_iter=2000)
    lr.fit(Zs, ys, sample_weight=ws)
    p = lr.predict_proba(Z)[:, 1]
    right = t >= 0.7
    cuts = np.linspace(0.05, 0.95, 181)
    acc = [np.sum(w * ((p >= c) == right)) / np.sum(w) for c in cuts]
    cut = float(cuts[int(np.argmax(acc))])
    return {"mean": mean.tolist(), "scale": scale.tolist(), "coef": lr.coef_[0].tolist(), "intercept": float(lr.intercept_[0]), "cut": cut}


def fit_flag(names, rows):
    idx = [names.index(f) for f in FLAG_FEATURES]
    fit = [r for r in rows if not r["heldOut"] and r["source"] == "course" and r["x"][names.index("hasWrong")] == 1]
    X = np.array([[r["x"][i] for i in idx] for r in fit])
    mean, scale = X.mean(0), X.std(0) + 1e-6
    y = np.array([r["flag"] for r in fit])
    lr = LogisticRegression(C=1.0, max_iter=2000, class_weight="balanced")
    lr.fit((X - mean) / scale, y)
    p = lr.predict_proba((X - mean) / scale)[:, 1]
    right = np.array([r["target"] >= 0.7 and not r["flag"] for r in fit])
    # Above all but 1 % of the fitted chapters' right answers: one odd answer must not switch the flag off for every card.
    ranked = np.sort(p[right])[::-1]
    threshold = max(0.5, float(ranked[int(FALSE_FLAG_SHARE * len(ranked))]) + 0.01) if right.any() else 0.5
    return {"features": FLAG_FEATURES, "mean": mean.tolist(), "scale": scale.tolist(), "coef": lr.coef_[0].tolist(), "intercept": float(lr.intercept_[0]), "threshold": min(threshold, 0.95)}


def prob(model, x):
    z = model["intercept"] + sum(c * (v - m) / s for c, v, m, s in zip(model["coef"], x, model["mean"], model["scale"]))
    return 1 / (1 + np.exp(-z))


def pooled_auc(held, p, keep):
    """As bench:scorer: within each question, the share of (right, wrong) pairs the right answer outscores (ties half), pooled."""
    wins = pairs = 0
    for q in sorted({r["qid"] for r in held}):
        pos = [p[i] for i, r in enumerate(held) if r["qid"] == q and keep(r) and r["target"] == 1]
        neg = [p[i] for i, r in enumerate(held) if r["qid"] == q and keep(r) and r["target"] != 1]
        wins += sum((a > b) + 0.5 * (a == b) for a in pos for b in neg)
        pairs += len(pos) * len(neg)
    return wins / max(1, pairs)


def report(names, rows, judge, flag):
    idx = [names.index(f) for f in flag["features"]]
    for source in ["beetle", "scientsbank", "mohler", "course"]:
        held = [r for r in rows if r["heldOut"] and r["source"] == source]
        p = np.array([prob(judge, r["x"]) for r in held])
        t = np.array([r["target"] for r in held])
        line = f"{source:12s} held-out n={len(held):5d}  acc@cut={np.mean((p >= judge['cut']) == (t >= 0.7)):.3f}"
        if source in ("beetle", "scientsbank"):
            line += f"  AUC(per question, pooled)={pooled_auc(held, p, lambda r: True):.3f}"
            if source == "beetle":
                line += f"  contradiction ranking={pooled_auc(held, p, lambda r: r['target'] == 1 or r['label'] == 'contradictory'):.3f}"
        else:
            line += f"  r={np.corrcoef(p, t)[0, 1]:.3f}"
        if source == "course":
            f = np.array([prob(flag, [r["x"][i] for i in idx]) >= flag["threshold"] and r["x"][names.index("hasWrong")] == 1 for r in held])
            mis = np.array([r["flag"] == 1 for r in held])
            rightish = t >= 0.7
            line += f"  flagged misconceptions={f[mis].sum()}/{mis.sum()}  false flags on right answers={f[rightish].sum()}/{rightish.sum()}"
        print(line)


def main():
    names, rows = load()
    judge = fit_judge(names, rows)
    flag = fit_flag(names, rows)
    report(names, rows, judge, flag)
    out = {"features": names, "judge": judge, "flag": flag, "fittedOn": "questions not held out of beetle-sra, scientsbank-sra, asag-mohler (dev), tests/fixtures/scorer/graded-answers.jsonl (tune)"}
    if "--dry" not in sys.argv:
        with open("models/judge.json", "w") as fh:
            json.dump(out, fh, indent=1)
            fh.write("\n")
        print("wrote models/judge.json")


if __name__ == "__main__":
    main()
