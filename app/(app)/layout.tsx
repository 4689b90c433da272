import { requireUser } from "@/lib/auth/session";
import { signOutAction } from "@/lib/auth/actions";
import { NavLinks } from "./nav-links";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  return (
    <div className="min-h-dvh md:flex">
      <a
        href="#main"
        className="sr-only rounded-md bg-brand-700 px-4 py-2 text-white focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50"
      >
        Skip to content
      </a>
      <header className="border-b border-slate-300 md:w-56 md:shrink-0 md:border-r md:border-b-0 dark:border-slate-700">
        {/* Phone: brand, name and sign-out on one row above the nav; desktop: a sidebar. */}
        <div className="flex items-center justify-between gap-3 p-4 md:block">
          <span className="text-lg font-bold">⚓ Deckhand</span>
          <div className="flex min-w-0 items-center gap-3 text-sm md:mt-4 md:hidden">
            <span className="truncate text-slate-700 dark:text-slate-300" data-testid="current-user-phone">
              {user.name}
            </span>
            <form action={signOutAction}>
              <button type="submit" className="whitespace-nowrap text-brand-700 underline dark:text-brand-300">
                Sign out
              </button>
            </form>
          </div>
        </div>
        <NavLinks />
        <div className="hidden p-4 text-sm md:block">
          <p className="truncate text-slate-700 dark:text-slate-300" data-testid="current-user">
            {user.name}
          </p>
          <form action={signOutAction}>
            <button type="submit" className="mt-1 text-brand-700 underline dark:text-brand-300">
              Sign out
            </button>
          </form>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-3xl flex-1 p-4 focus:outline-none md:p-8">
        {children}
      </main>
    </div>
  );
}
