import * as React from "react";

// Present only in React's server build with next.config's experimental.taint
// (Next then serves the experimental React channel); elsewhere, as in unit
// tests, these do nothing.
const r = React as unknown as {
  experimental_taintUniqueValue?: (message: string, lifetime: object, value: string) => void;
  experimental_taintObjectReference?: (message: string, object: object) => void;
};

/** A secret that must never reach a client component, for as long as `lifetime` lives. */
export function taintSecret(message: string, lifetime: object, value: string | null | undefined) {
  if (value) r.experimental_taintUniqueValue?.(message, lifetime, value);
}

/** A database row that must not be handed to a client component whole (pick the fields shown). */
export function taintRow(message: string, row: object | null | undefined) {
  if (row) r.experimental_taintObjectReference?.(message, row);
}
