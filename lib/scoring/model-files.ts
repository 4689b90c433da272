import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";

/** The pinned sentence model (models/all-minilm-l6-v2, made by scripts/model/export.py). */
export function modelDir(): string {
  return process.env.DECKHAND_MODEL_DIR ?? path.resolve(process.cwd(), "models/all-minilm-l6-v2");
}

/** The fine-tuned cross-encoder (models/minilm-judge-ce, made by scripts/model/train_cross_encoder.py). */
export function crossEncoderDir(): string {
  return process.env.DECKHAND_CROSS_ENCODER_DIR ?? path.resolve(process.cwd(), "models/minilm-judge-ce");
}

/** The model is missing or not the file the MANIFEST pins: the app must not start without it. */
export class ModelFileError extends Error {
  constructor(
    readonly file: string,
    why: string,
  ) {
    super(
      `Scorer model file ${file} ${why}. Restore it with \`git checkout -- models/\` or rebuild it with scripts/model/export.py.`,
    );
    this.name = "ModelFileError";
  }
}

function read(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch {
    throw new ModelFileError(file, "is missing");
  }
}

/** A model's MANIFEST.json: the sha256 of each file, and how the model was made (folds: what it trained on). */
export function readManifest(dir: string): { files?: Record<string, string>; folds?: string } {
  const manifestPath = path.join(dir, "MANIFEST.json");
  try {
    return JSON.parse(read(manifestPath).toString("utf8"));
  } catch (e) {
    if (e instanceof ModelFileError) throw e;
    throw new ModelFileError(manifestPath, "is not valid JSON");
  }
}

/**
 * Checks every file of the model against the sha256 in its MANIFEST.json.
 * Throws naming the first bad file; never falls back to anything else.
 */
export function verifyModelFiles(dir: string = modelDir()): void {
  const manifestPath = path.join(dir, "MANIFEST.json");
  const manifest = readManifest(dir);
  const files = Object.entries(manifest.files ?? {});
  if (files.length === 0) throw new ModelFileError(manifestPath, "lists no files");
  for (const [name, sha] of files) {
    const file = path.join(dir, name);
    const actual = createHash("sha256").update(read(file)).digest("hex");
    if (actual !== sha)
      throw new ModelFileError(
        file,
        `is corrupt (sha256 ${actual.slice(0, 12)}…, MANIFEST.json pins ${sha.slice(0, 12)}…)`,
      );
  }
}
