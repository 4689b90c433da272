"use client";
import { useState } from "react";

/** Copies `text` to the clipboard and says so (politely) where the button is. */
export function CopyButton({ text, label = "Copy" }: { text: string; label?: string }) {
  const [said, setSaid] = useState("");
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        className="rounded-md border border-slate-400 px-2 py-1 text-sm dark:border-slate-600"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(text);
            setSaid("Copied.");
          } catch {
            setSaid("Copy failed: select the token and copy it by hand.");
          }
        }}
      >
        {label}
      </button>
      <span aria-live="polite" className="text-sm">
        {said}
      </span>
    </span>
  );
}
