import { signIn } from "@/lib/auth/auth";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";

export function GitHubButton({ callbackUrl }: { callbackUrl: string }) {
  return (
    <form
      action={async () => {
        "use server";
        await signIn("github", { redirectTo: safeCallbackUrl(callbackUrl) });
      }}
    >
      <button type="submit" className="w-full rounded-md border border-slate-300 px-4 py-2 dark:border-slate-700">
        Continue with GitHub
      </button>
    </form>
  );
}
