"use client";
import { useEffect } from "react";

type TKeys = {
  revealed: boolean;
  onReveal: () => void;
  onAccept: () => void;
  onRate: (r: number) => void;
  onUndo: () => void;
  /** Whether the answer box holds text: then Ctrl/⌘+Z is the box's own text undo. */
  boxHasText: () => boolean;
};

const isTextField = (t: EventTarget | null) =>
  t instanceof HTMLTextAreaElement
    ? !t.readOnly
    : t instanceof HTMLInputElement
      ? !["checkbox", "radio", "button", "submit"].includes(t.type)
      : t instanceof HTMLSelectElement || (t instanceof HTMLElement && t.isContentEditable);
// Space and Enter on these already mean "press this": the browser clicks them.
const isControl = (t: EventTarget | null) =>
  t instanceof HTMLButtonElement ||
  t instanceof HTMLAnchorElement ||
  (t instanceof HTMLElement && t.tagName === "SUMMARY");

/**
 * Anki's keys, made safe for a screen with a text box. In the box only two
 * chords act: Ctrl/⌘+Enter reveals, Ctrl/⌘+Z undoes the last step (when the
 * box is empty; with text in it, it is the box's own undo). Esc leaves the box.
 * Outside it: Space/Enter reveal, then accept the preselected rating; 1–4 rate;
 * Ctrl/⌘+Z or U undoes. Typing an answer can therefore never reveal or rate.
 */
export function useReviewKeys({ revealed, onReveal, onAccept, onRate, onUndo, boxHasText }: TKeys) {
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.defaultPrevented || e.isComposing || e.altKey) return;
      const chord = e.ctrlKey || e.metaKey;
      const inText = isTextField(e.target);
      if (chord && e.key.toLowerCase() === "z" && !e.shiftKey) {
        if (inText && boxHasText()) return;
        e.preventDefault();
        return onUndo();
      }
      if (chord && e.key === "Enter") {
        e.preventDefault();
        return revealed ? onAccept() : onReveal();
      }
      if (inText) {
        if (e.key === "Escape") (e.target as HTMLElement).blur();
        return;
      }
      if (chord || e.shiftKey) return;
      if ((e.key === " " || e.key === "Enter") && !isControl(e.target)) {
        e.preventDefault();
        return revealed ? onAccept() : onReveal();
      }
      if (revealed && ["1", "2", "3", "4"].includes(e.key)) {
        e.preventDefault();
        return onRate(Number(e.key));
      }
      if (e.key === "u") {
        e.preventDefault();
        onUndo();
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [revealed, onReveal, onAccept, onRate, onUndo, boxHasText]);
}
