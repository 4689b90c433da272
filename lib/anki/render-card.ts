// One Anki card's front and back, from its note's fields and its note type:
// standard types through their templates (so basic, reversed and custom
// types all work), cloze types by the card's cloze number. HTML stays in
// here; the caller turns the result into text.

export type TNoteType = { type: number; fields: string[]; templates: { qfmt: string; afmt: string }[] };

const CLOZE = /\{\{c(\d+)::([\s\S]*?)(?:::([\s\S]*?))?\}\}/g;

export function renderCard(
  model: TNoteType,
  fieldValues: string[],
  ord: number,
): { front: string; back: string } | null {
  const fields = new Map(model.fields.map((name, i) => [name, fieldValues[i] ?? ""]));
  if (model.type === 1) return renderCloze(model, fields, ord + 1);
  const t = model.templates[ord];
  if (!t) return null;
  const front = renderTemplate(t.qfmt, fields, null);
  const full = renderTemplate(t.afmt, fields, front);
  // The back is what the answer side adds: after Anki's <hr id=answer> marker when there is one.
  const marker = /<hr[^>]*id=["']?answer["']?[^>]*>/i.exec(full);
  const back = marker
    ? full.slice(marker.index + marker[0].length)
    : full.startsWith(front)
      ? full.slice(front.length)
      : full;
  return { front, back };
}

function renderCloze(model: TNoteType, fields: Map<string, string>, n: number) {
  // The cloze field is the first one whose text holds this card's deletion.
  const text = [...fields.values()].find((v) => new RegExp(`\\{\\{c${n}::`).test(v));
  if (text === undefined) return null;
  const answers: string[] = [];
  const front = text.replace(CLOZE, (_m, num: string, body: string, hint?: string) => {
    if (Number(num) !== n) return body;
    answers.push(body);
    return hint ? `[${hint}]` : "[...]";
  });
  void model;
  return { front, back: answers.join("; ") };
}

function renderTemplate(tmpl: string, fields: Map<string, string>, frontSide: string | null): string {
  // Sections first: {{#Field}}…{{/Field}} shows when the field is not empty, {{^Field}} when it is.
  let s = tmpl;
  for (let i = 0; i < 10 && /\{\{[#^]/.test(s); i++) {
    s = s.replace(/\{\{([#^])([^}]+)\}\}([\s\S]*?)\{\{\/\2\}\}/g, (_m, kind: string, name: string, body: string) => {
      const filled = (fields.get(name.trim()) ?? "").replace(/<[^>]*>/g, "").trim() !== "";
      return (kind === "#") === filled ? body : "";
    });
  }
  return s.replace(/\{\{([^}]+)\}\}/g, (_m, inner: string) => {
    const name = inner.split(":").pop()!.trim();
    if (name === "FrontSide") return frontSide ?? "";
    // type: answers, hints and other filters: the field's text is what matters here.
    if (/^type:/.test(inner.trim())) return "";
    return fields.get(name) ?? "";
  });
}
