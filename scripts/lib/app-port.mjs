// The port `npm start` listens on, read the same way by setup (which prints
// it) and by the server: PORT from the environment or .env, else 3000.
import nextEnv from "@next/env";

export function appPort(root) {
  nextEnv.loadEnvConfig(root, false, { info() {}, error: console.error });
  const port = Number(process.env.PORT || 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number; got "${process.env.PORT}"`);
  return port;
}
