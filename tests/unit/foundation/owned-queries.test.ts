import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { OWNED_MODELS } from "@/lib/db/owned";
import { CROSS_USER, findOwnedQueries, OWNED, scanSource } from "../../support/owned-queries";

const root = path.resolve(__dirname, "../../..");

describe("ownership by construction", () => {
  it("queries user-owned models only through owned() (lib/db/owned.ts)", () => {
    // Each finding: file:line and the call. Fix: `const mine = owned(db, user.id)` and query `mine.<model>`.
    expect(findOwnedQueries(root).map((f) => `${f.file}:${f.line} ${f.text}`)).toEqual([]);
  });

  it("scans the same models owned() scopes, and lists only files that exist", () => {
    expect([...OWNED].sort()).toEqual([...OWNED_MODELS].sort());
    for (const file of Object.keys(CROSS_USER)) expect(existsSync(path.join(root, file)), file).toBe(true);
  });

  it("sees a query that bypasses the door", () => {
    const src = [
      "const x = await db.card.findMany({ where: { id } });",
      "const mine = owned(db, u);",
      "await mine.card.count();",
      "await tx.reviewLog.updateMany({ where: { id }, data: {} });",
      "await owned(db(), u).dailyActivity.findMany();",
      "await db().apiToken.findFirst();",
      "// a promise held in a variable named card is no query:",
      "card.catch(() => undefined);",
    ].join("\n");
    expect(scanSource("lib/x.ts", src).map((f) => f.line)).toEqual([1, 4, 6]);
  });
});
