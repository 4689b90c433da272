import { describe, expect, it } from "vitest";
import { clientAddress, PEER_HEADER } from "@/lib/net/client-address";

const h = (init: Record<string, string>) => new Headers(init);

describe("clientAddress", () => {
  it("uses the socket address and ignores X-Forwarded-For when no proxy is trusted", () => {
    expect(clientAddress(h({ [PEER_HEADER]: "203.0.113.9", "x-forwarded-for": "1.2.3.4" }), 0)).toBe("203.0.113.9");
    expect(clientAddress(h({ "x-forwarded-for": "1.2.3.4" }), 0)).toBe("unknown");
  });

  it("takes the rightmost entry our proxies did not write", () => {
    // client spoofs "6.6.6.6"; our one proxy (10.0.0.2) appends the real client 198.51.100.7
    const one = h({ [PEER_HEADER]: "10.0.0.2", "x-forwarded-for": "6.6.6.6, 198.51.100.7" });
    expect(clientAddress(one, 1)).toBe("198.51.100.7");
    // two proxies: CDN 10.0.0.9 then load balancer 10.0.0.2
    const two = h({ [PEER_HEADER]: "10.0.0.2", "x-forwarded-for": "6.6.6.6, 198.51.100.7, 10.0.0.9" });
    expect(clientAddress(two, 2)).toBe("198.51.100.7");
  });

  it("falls back to the leftmost hop when the chain is shorter than the trusted hops", () => {
    expect(clientAddress(h({ [PEER_HEADER]: "198.51.100.7" }), 3)).toBe("198.51.100.7");
    expect(clientAddress(h({}), 1)).toBe("unknown");
  });
});
