// Moved to lib/ so the interview selection can use it too.
export { mulberry32 } from "@/lib/random/seeded-random";
