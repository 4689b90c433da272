"use client";
// Chart colours follow the system colour scheme, as the rest of the app does
// (Tailwind's dark: is prefers-color-scheme), and switch live when it changes.
import { useSyncExternalStore } from "react";

const QUERY = "(prefers-color-scheme: dark)";
const subscribe = (cb: () => void) => {
  const m = window.matchMedia(QUERY);
  m.addEventListener("change", cb);
  return () => m.removeEventListener("change", cb);
};

export type TChartTheme = { dark: boolean; text: string; grid: string };

export function useChartTheme(): TChartTheme {
  const dark = useSyncExternalStore(
    subscribe,
    () => window.matchMedia(QUERY).matches,
    () => false,
  );
  return dark
    ? { dark, text: "#cbd5e1", grid: "rgba(148,163,184,0.2)" }
    : { dark, text: "#334155", grid: "rgba(100,116,139,0.2)" };
}

// Distinguishable in both schemes (and for the common colour-vision deficiencies).
export const SERIES_COLORS = ["#0ea5e9", "#f59e0b", "#10b981", "#ef4444", "#8b5cf6"];
