import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../../..");
const pages = (readdirSync(path.join(root, "app"), { recursive: true }) as string[])
  .filter((f) => /(^|\/)page\.tsx$/.test(f))
  .map((f) => path.join("app", f));

describe("pages read through lib/<domain>/get-*.ts", () => {
  it("never query the database themselves", () => {
    expect(pages.length).toBeGreaterThan(10);
    const direct = pages.filter((p) => /\bdb\(\)\s*\.\s*[\w$]+\s*\./.test(readFileSync(path.join(root, p), "utf8")));
    expect(direct).toEqual([]);
  });
});
