// The decks JSON API over real HTTP against `next start`, with personal tokens:
// routes, status codes and field names exactly as README "Decks" writes them.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb, type TDb } from "@/lib/db/client";
import { createToken } from "@/lib/tokens/manage-tokens";
import { createUser } from "@/lib/users/create-user";
import { ZSignUp } from "@/lib/users/schemas";
import { createTeam } from "@/lib/teams/create-team";
import { joinTeam } from "@/lib/teams/join-team";
import { uniqueEmail } from "./support/browser";
import { deckChapter } from "../support/deck-chapter";
import { buildApkg } from "../support/anki-fixture";

let db: TDb;
let baseUrl: string;
beforeAll(() => {
  db = createDb(inject("e2eDatabaseUrl"));
  baseUrl = inject("baseUrl");
});
afterAll(async () => db?.$disconnect());

async function apiUser(name: string) {
  const user = await createUser(
    db,
    ZSignUp.parse({ name, email: uniqueEmail("decks-api"), password: "long enough password", timezone: "UTC" }),
  );
  return { id: user.id, token: (await createToken(db, user.id, "e2e")).token };
}

async function call(method: string, path: string, token: string, body?: unknown) {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    redirect: "manual",
    headers: {
      authorization: `Bearer ${token}`,
      ...(body !== undefined ? { "content-type": "application/json" } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  const json = res.headers.get("content-type")?.includes("json") && text ? JSON.parse(text) : {};
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the test walks whatever JSON the route answers
  return { status: res.status, json: json as Record<string, any>, text, type: res.headers.get("content-type") ?? "" };
}

describe("decks JSON API", () => {
  it("decks, chapters, cards, edits, export and the one-deck queue", async () => {
    const a = await apiUser("Ana");
    const b = await apiUser("Ben");
    const created = await call("POST", "/api/decks", a.token, { name: "API deck" });
    expect(created.status).toBe(201);
    expect(Object.keys(created.json).sort()).toEqual(["id", "name"]);
    const id = created.json.id as string;

    const bad = await call("POST", `/api/decks/${id}/chapters`, a.token, {
      files: [
        { name: "01-x.md", text: "# 01. X\n\n## Interview Q&A\n\n**Q:** alone?\n" },
        { name: "02-y.md", text: deckChapter(2) },
      ],
    });
    expect(bad.status).toBe(422);
    expect(bad.json.errors.length).toBeGreaterThan(0);
    for (const e of bad.json.errors) expect(Object.keys(e).sort()).toEqual(["file", "line", "message"]);
    expect((await call("GET", "/api/decks", a.token)).json.decks.find((d: { id: string }) => d.id === id)).toEqual({
      id,
      name: "API deck",
      cards: 0,
      due: 0,
    });

    const up = await call("POST", `/api/decks/${id}/chapters`, a.token, {
      files: [{ name: "01-x.md", text: deckChapter(1) }],
    });
    expect(up).toMatchObject({ status: 200, json: { created: 2, updated: 0, retired: 0 } });
    expect(Object.keys(up.json).sort()).toEqual(["created", "retired", "updated"]);
    expect(
      (await call("POST", `/api/decks/${id}/chapters`, b.token, { files: [{ name: "01-x.md", text: deckChapter(1) }] }))
        .status,
    ).toBe(404);

    const card = await call("POST", `/api/decks/${id}/cards`, a.token, {
      question: "What is a deck?",
      answer: "A set of cards.",
      wrongAnswer: "A boat floor.",
    });
    expect(card.status).toBe(201);
    expect(Object.keys(card.json)).toEqual(["id"]);
    expect(
      (await call("PATCH", `/api/cards/${card.json.id}`, a.token, { answer: "A set of questions studied together." }))
        .status,
    ).toBe(200);
    expect((await call("PATCH", `/api/cards/${card.json.id}`, b.token, { answer: "mine" })).status).toBe(404);

    const queue = await call("GET", `/api/queue?deck=${id}&take=10`, a.token);
    expect(queue.status).toBe(200);
    expect(queue.json.cards).toHaveLength(3);
    expect((await call("GET", `/api/queue?deck=${id}`, b.token)).status).toBe(404);

    const exported = await call("GET", `/api/decks/${id}/export`, a.token);
    expect(exported.type).toMatch(/^text\/markdown/);
    expect(exported.text).toContain("**Q:** What is a deck?");
    expect((await call("GET", `/api/decks/${id}/export`, b.token)).status).toBe(404);
    const copy = await call("POST", "/api/decks", a.token, { name: "Copy" });
    expect(
      await call("POST", `/api/decks/${copy.json.id}/chapters`, a.token, {
        files: [{ name: "deck.md", text: exported.text }],
      }),
    ).toMatchObject({ status: 200, json: { created: 3, updated: 0, retired: 0 } });
  });

  it("team decks: a plain member gets 403 creating one; members see it with its teamSlug", async () => {
    const owner = await apiUser("Olga");
    const member = await apiUser("Max");
    const team = await createTeam(db, owner.id, "API deck crew");
    await joinTeam(db, member.id, team.inviteCode, new Date(), 100);
    expect((await call("POST", "/api/decks", member.token, { name: "Nope", teamSlug: team.slug })).status).toBe(403);
    const deck = await call("POST", "/api/decks", owner.token, { name: "Crew deck", teamSlug: team.slug });
    expect(deck.status).toBe(201);
    const listed = (await call("GET", "/api/decks", member.token)).json.decks.find(
      (d: { id: string }) => d.id === deck.json.id,
    );
    expect(listed).toEqual({ id: deck.json.id, name: "Crew deck", teamSlug: team.slug, cards: 0, due: 0 });
  });

  it("Anki import: 201 with deckIds, cards, reviews, skipped; 422 { error } for a file that is not one", async () => {
    const a = await apiUser("Kim");
    const post = async (bytes: Uint8Array) => {
      const form = new FormData();
      form.set("file", new Blob([Buffer.from(bytes)]), "deck.apkg");
      const res = await fetch(`${baseUrl}/api/import/anki`, {
        method: "POST",
        headers: { authorization: `Bearer ${a.token}` },
        body: form,
      });
      return { status: res.status, json: await res.json() };
    };
    const ok = await post(
      buildApkg({
        notes: [{ kind: "reversed", fields: ["uno", "one"] }],
        reviews: [{ note: 0, at: Date.UTC(2025, 0, 1), ease: 3 }],
      }),
    );
    expect(ok.status).toBe(201);
    expect(Object.keys(ok.json).sort()).toEqual(["cards", "deckIds", "reviews", "skipped"]);
    expect(ok.json).toMatchObject({ cards: 2, reviews: 1 });
    const refused = await post(new TextEncoder().encode("not a zip"));
    expect(refused.status).toBe(422);
    expect(refused.json.error.message).toMatch(/not a zip/);
  });
});
