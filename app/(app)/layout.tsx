import { requireUser } from "@/lib/auth/session";
import { signOutAction } from "@/lib/auth/actions";
import { NavLinks } from "./nav-links";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  return (
    <div className="min-h-dvh md:flex">
      <header className="border-b border-slate-200 md:w-56 md:border-r md:border-b-0 dark:border-slate-800">
        <div className="flex items-center justify-between p-4">
          <span className="text-lg font-bold">⚓ Deckhand</span>
        </div>
        <NavLinks />
        <div className="hidden p-4 text-sm md:block">
          <p className="truncate text-slate-600 dark:text-slate-400" data-testid="current-user">{user.name}</p>
          <form action={signOutAction}>
            <button type="submit" className="mt-1 text-brand-600 underline">Sign out</button>
          </form>
        </div>
        <form action={signOutAction} className="px-4 pb-3 md:hidden">
          <button type="submit" className="text-sm text-brand-600 underline">Sign out</button>
        </form>
      </header>
      <main className="mx-auto w-full max-w-3xl flex-1 p-4 md:p-8">{children}</main>
    </div>
  );
}
