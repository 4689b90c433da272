"use client";
import { useActionState } from "react";
import { revokeTokenAction } from "@/lib/tokens/token-actions";

export function RevokeTokenButton({ id }: { id: string }) {
  const [state, action, pending] = useActionState(revokeTokenAction, null);
  return (
    <form action={action} className="text-right">
      <input type="hidden" name="id" value={id} />
      <button disabled={pending} className="text-red-600 underline">
        Revoke
      </button>
      {state && !state.ok ? (
        <p role="alert" className="text-xs text-red-600">
          {state.error}
        </p>
      ) : null}
    </form>
  );
}
