// Runs once when the server starts, before it answers any request.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { stampPeerAddress } = await import("./lib/net/stamp-peer-address");
    stampPeerAddress();
  }
}
