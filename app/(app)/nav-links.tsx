"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

const LINKS = [
  ["/today", "Today"],
  ["/lessons", "Lessons"],
  ["/interview", "Interview"],
  ["/teams", "Teams"],
  ["/cards", "Cards"],
  ["/stats", "Stats"],
  ["/settings", "Settings"],
] as const;

export function NavLinks() {
  const path = usePathname();
  return (
    <nav aria-label="Main" className="flex gap-1 overflow-x-auto px-2 pb-2 md:flex-col md:pb-0">
      {LINKS.map(([href, label]) => {
        const current = path === href || path.startsWith(`${href}/`);
        return (
          <Link
            key={href}
            href={href}
            aria-current={current ? "page" : undefined}
            className="whitespace-nowrap rounded-md px-3 py-2 text-sm hover:bg-slate-100 aria-[current=page]:bg-brand-50 aria-[current=page]:font-semibold aria-[current=page]:text-brand-700 dark:hover:bg-slate-900 dark:aria-[current=page]:bg-slate-800 dark:aria-[current=page]:text-white"
          >
            {label}
          </Link>
        );
      })}
    </nav>
  );
}
