import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadJudge } from "@/lib/scoring/judge";
import { ModelFileError, modelDir, verifyModelFiles } from "@/lib/scoring/model-files";

const tmp = mkdtempSync(path.join(tmpdir(), "deckhand-model-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function copy(name: string): string {
  const dir = path.join(tmp, name);
  cpSync(modelDir(), dir, { recursive: true });
  return dir;
}

describe("the pinned model files", () => {
  it("match their MANIFEST (the committed model is intact)", () => {
    expect(() => verifyModelFiles()).not.toThrow();
  });

  it("a missing file stops start-up with an error naming it", () => {
    const dir = copy("missing");
    rmSync(path.join(dir, "model.onnx"));
    expect(() => verifyModelFiles(dir)).toThrow(ModelFileError);
    expect(() => verifyModelFiles(dir)).toThrow(path.join(dir, "model.onnx"));
  });

  it("a corrupt file stops start-up with an error naming it", () => {
    const dir = copy("corrupt");
    writeFileSync(path.join(dir, "vocab.txt"), "[PAD]\n");
    expect(() => verifyModelFiles(dir)).toThrow(
      new RegExp(`${path.join(dir, "vocab.txt").replace(/[/.]/g, "\\$&")} is corrupt`),
    );
  });

  it("a missing or malformed judge file stops it too, naming the file", () => {
    expect(() => loadJudge(path.join(tmp, "nope.json"))).toThrow(/nope\.json is missing/);
    const bad = path.join(tmp, "judge.json");
    writeFileSync(bad, JSON.stringify({ features: ["x"] }));
    expect(() => loadJudge(bad)).toThrow(ModelFileError);
  });
});
