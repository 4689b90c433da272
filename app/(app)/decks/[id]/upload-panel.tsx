"use client";
// Pick or drop chapter files; the server's preview (the real import, rolled
// back) says what would be created, changed and retired before the confirm.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { callApi, type TApiFailure } from "@/lib/decks/api-client";
import { MAX_UPLOAD_BYTES } from "@/lib/decks/limits";
import { count } from "@/lib/ui/plural";

type TFile = { name: string; text: string };
type TCounts = { created: number; updated: number; retired: number };

export function UploadPanel({ deckId }: { deckId: string }) {
  const router = useRouter();
  const [files, setFiles] = useState<TFile[]>([]);
  const [preview, setPreview] = useState<TCounts | null>(null);
  const [failure, setFailure] = useState<TApiFailure | null>(null);
  const [done, setDone] = useState<TCounts | null>(null);
  const [pending, setPending] = useState(false);
  const [over, setOver] = useState(false);

  const send = async (picked: TFile[], dryRun: boolean) => {
    setPending(true);
    const r = await callApi<TCounts>(`/api/decks/${deckId}/chapters${dryRun ? "?preview=1" : ""}`, {
      method: "POST",
      body: { files: picked },
    });
    setPending(false);
    if (!r.ok) return setFailure(r.error);
    setFailure(null);
    if (dryRun) setPreview(r.data);
    else {
      setDone(r.data);
      setFiles([]);
      setPreview(null);
      router.refresh();
    }
  };
  const choose = async (list: FileList | null) => {
    const chosen = [...(list ?? [])];
    setDone(null);
    setPreview(null);
    if (chosen.reduce((n, f) => n + f.size, 0) > MAX_UPLOAD_BYTES)
      return setFailure({ status: 0, message: "These files are over 5 MB together; upload fewer at a time." });
    const read = await Promise.all(chosen.map(async (f) => ({ name: f.name, text: await f.text() })));
    setFiles(read);
    if (read.length) await send(read, true);
  };

  return (
    <div className="space-y-3">
      <label
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          void choose(e.dataTransfer.files);
        }}
        className={`block cursor-pointer rounded-md border-2 border-dashed p-6 text-center text-sm ${over ? "border-brand-500 bg-brand-50 dark:bg-slate-800" : "border-slate-300 dark:border-slate-700"}`}
      >
        <span className="block font-medium">Drop .md or .txt chapter files here, or pick them</span>
        <span className="block text-slate-600 dark:text-slate-400">
          The course format (content/README.md); up to 5 MB at once.
        </span>
        <input
          type="file"
          accept=".md,.txt,.markdown,text/markdown,text/plain"
          multiple
          className="sr-only"
          data-testid="chapter-files"
          onChange={(e) => void choose(e.target.files)}
        />
      </label>
      {files.length ? <p className="text-sm">{files.map((f) => f.name).join(", ")}</p> : null}
      {pending ? (
        <p role="status" className="text-sm">
          Checking…
        </p>
      ) : null}
      {failure ? (
        <div role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
          <p className="font-medium">
            {failure.errors ? "Nothing was imported. Fix these and upload again:" : failure.message}
          </p>
          {failure.errors ? (
            <ul className="mt-1 list-disc pl-5" data-testid="upload-errors">
              {failure.errors.map((e, i) => (
                <li key={i}>
                  <code>
                    {e.file}:{e.line}
                  </code>
                  : {e.message}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {preview && !failure ? (
        <div
          className="space-y-2 rounded-md border border-slate-200 p-3 text-sm dark:border-slate-800"
          data-testid="upload-preview"
        >
          <p>
            This upload will create <b>{preview.created}</b>, change <b>{preview.updated}</b> and retire{" "}
            <b>{preview.retired}</b> questions.
          </p>
          <button
            type="button"
            disabled={pending}
            onClick={() => void send(files, false)}
            className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60"
          >
            Import
          </button>
        </div>
      ) : null}
      {done ? (
        <p role="status" className="text-sm" data-testid="upload-done">
          Imported: {count(done.created, "question")} created, {done.updated} changed, {done.retired} retired.
        </p>
      ) : null}
    </div>
  );
}
