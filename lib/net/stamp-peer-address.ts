// `next start` gives route handlers and server actions only headers, and it
// fills X-Forwarded-For from the socket only when the client sent none, so a
// client can claim any address. This records the socket's address in
// PEER_HEADER on every request before Next sees it, overwriting whatever the
// client sent under that name. Loaded once from instrumentation.ts.
import http from "node:http";
import https from "node:https";
import { PEER_HEADER } from "./client-address";

const MARK = Symbol.for("deckhand.peer-address");

export function stampPeerAddress() {
  patch(http.Server.prototype);
  patch(https.Server.prototype as unknown as http.Server);
}

function patch(proto: http.Server & { [MARK]?: true }) {
  if (Object.prototype.hasOwnProperty.call(proto, MARK)) return;
  proto[MARK] = true;
  const emit = proto.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const req = args[0] as http.IncomingMessage;
      req.headers[PEER_HEADER] = req.socket?.remoteAddress ?? "";
    }
    return emit.call(this, event, ...args);
  } as typeof proto.emit;
}
