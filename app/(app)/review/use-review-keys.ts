"use client";
import { useEffect } from "react";

type TKeys = { revealed: boolean; onReveal: () => void; onRate: (r: number) => void; onUndo: () => void };

/** Enter reveals (Shift+Enter is a newline while typing); Space reveals outside the text box; 1–4 rate; Ctrl/⌘+Z undoes. */
export function useReviewKeys({ revealed, onReveal, onRate, onUndo }: TKeys) {
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      const typing = e.target instanceof HTMLTextAreaElement && !e.target.readOnly;
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "z" && !typing) {
        e.preventDefault();
        return onUndo();
      }
      if (!revealed && e.key === "Enter" && !e.shiftKey) {
        e.preventDefault();
        return onReveal();
      }
      if (typing) return;
      if (!revealed && e.key === " ") {
        e.preventDefault();
        return onReveal();
      }
      if (revealed && ["1", "2", "3", "4"].includes(e.key)) {
        e.preventDefault();
        onRate(Number(e.key));
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [revealed, onReveal, onRate, onUndo]);
}
