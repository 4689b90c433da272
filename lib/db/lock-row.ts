// A count-then-insert limit (team size, teams per user) holds only if no
// other transaction can count between our count and our insert. Writing the
// row the limit belongs to, before counting, takes its lock: a row lock on
// PostgreSQL (a second transaction waits at this statement until we commit,
// then counts what we wrote), the database write lock on SQLite. The column
// keeps its value; the write is only there for its lock.
import type { Prisma } from "@/lib/db/generated/sqlite/client";

type TRaw = Pick<Prisma.TransactionClient, "$executeRaw">;

export const lockUser = (tx: TRaw, id: string) => tx.$executeRaw`UPDATE "User" SET "name" = "name" WHERE "id" = ${id}`;
export const lockTeam = (tx: TRaw, id: string) => tx.$executeRaw`UPDATE "Team" SET "name" = "name" WHERE "id" = ${id}`;
