// Runs once when the server starts, before it answers any request.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { stampPeerAddress } = await import("./lib/net/stamp-peer-address");
    stampPeerAddress();
    // The scorer's models load and warm before the first request; a missing or
    // corrupt model file stops the server here, naming the file (never a silent fallback).
    const { warmScorer } = await import("./lib/scoring/embedder");
    try {
      await warmScorer();
    } catch (e) {
      console.error(`Deckhand cannot start: ${(e as Error).message}`);
      process.exit(1);
    }
  }
}
