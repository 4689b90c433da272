"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

// `also`: paths that belong to the item (a review session is started from Today).
const LINKS = [
  { href: "/today", label: "Today", also: ["/review"] },
  { href: "/lessons", label: "Lessons", also: [] },
  { href: "/decks", label: "Decks", also: [] },
  { href: "/interview", label: "Interview", also: [] },
  { href: "/teams", label: "Teams", also: [] },
  { href: "/cards", label: "Cards", also: [] },
  { href: "/stats", label: "Stats", also: [] },
  { href: "/settings", label: "Settings", also: [] },
] as const;

const under = (path: string, base: string) => path === base || path.startsWith(`${base}/`);

/**
 * Eight items in a four-column grid on a phone (two rows; every label whole
 * at 390 px, nothing to scroll), a column on desktop. The current item is marked for screen readers
 * (aria-current) and by more than colour (bold and a bar).
 */
export function NavLinks() {
  const path = usePathname();
  return (
    <nav aria-label="Main" className="grid grid-cols-4 gap-1 px-2 pb-2 md:flex md:flex-col md:pb-0">
      {LINKS.map(({ href, label, also }) => {
        const current = under(path, href) || also.some((a) => under(path, a));
        return (
          <Link
            key={href}
            href={href}
            aria-current={current ? "page" : undefined}
            className="rounded-md border-b-2 border-transparent px-3 py-2 text-center text-sm hover:bg-slate-100 md:border-b-0 md:border-l-4 md:text-left aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-50 aria-[current=page]:font-semibold aria-[current=page]:text-brand-800 dark:hover:bg-slate-900 dark:aria-[current=page]:border-brand-300 dark:aria-[current=page]:bg-slate-800 dark:aria-[current=page]:text-white"
          >
            {label}
          </Link>
        );
      })}
    </nav>
  );
}
