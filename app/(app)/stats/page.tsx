import type { Metadata } from "next";
import { NotBuiltYet } from "@/lib/ui/not-built-yet";

export const metadata: Metadata = { title: "Stats" };

export default function Page() {
  return <NotBuiltYet title="Stats" />;
}
