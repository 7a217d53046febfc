// The production server that `npm start` runs (and the API and browser tests use): Next's own
// request handler, after two things only a server in front of it can do:
// - settle who the client is: `X-Forwarded-For` becomes the one address it trusts (see
//   lib/auth/forwarded.ts), and without a trusted proxy the other forwarded headers are dropped;
// - answer what Next would answer with a bare 500 with the usual JSON error and security
//   headers instead: an address whose percent-encoding does not decode (`/api/events/%FF`) with
//   a 400, and a Server Action posted from another origin (Next's own check throws) with a 403.
import http from 'node:http';
import next from 'next';
import { clientAddressOf, trustedProxyHops } from '@/lib/auth/forwarded';
import { crossSiteRefusal } from '@/lib/auth/origin';
import { AppError, errorBody } from '@/lib/errors';
import { securityHeaders } from '@/lib/security-headers';
import { runCli } from './cli';

const FORWARDED_BY_PROXIES = ['forwarded', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port', 'x-real-ip'];

function settleClientAddress(request: http.IncomingMessage, hops: number): void {
  request.headers['x-forwarded-for'] = clientAddressOf({
    forwardedFor: request.headers['x-forwarded-for'],
    socketAddress: request.socket.remoteAddress,
    hops,
  });
  if (hops === 0) for (const header of FORWARDED_BY_PROXIES) delete request.headers[header];
}

function decodablePath(url: string | undefined): boolean {
  try {
    decodeURIComponent((url ?? '/').split('?')[0]);
    return true;
  } catch {
    return false;
  }
}

/** Next's own test for a Server Action: the Origin's host must be the host the request was sent to ("null" names none). */
function foreignServerAction(request: http.IncomingMessage): boolean {
  const origin = request.headers.origin;
  if (!request.headers['next-action'] || !origin) return false;
  const host = request.headers['x-forwarded-host'] ?? request.headers.host;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

function refusal(request: http.IncomingMessage): AppError | null {
  if (!decodablePath(request.url))
    return new AppError('bad_request', 'The address is not valid: a "%" in its path is not followed by UTF-8 in hex.', {
      path: 'malformed percent-encoding',
    });
  if (foreignServerAction(request)) return crossSiteRefusal();
  return null;
}

function answer(response: http.ServerResponse, error: AppError): void {
  for (const { key, value } of securityHeaders(true)) response.setHeader(key, value);
  response.writeHead(error.status, { 'content-type': 'application/json' }).end(JSON.stringify(errorBody(error)));
}

runCli(async () => {
  const hops = trustedProxyHops();
  const hostname = process.env.HOSTNAME || '127.0.0.1';
  const port = Number(process.env.PORT || 3000);
  // Next builds the address proxy.ts sees on `localhost` whatever it listens on, and takes a
  // rewrite to another origin for another site: named otherwise here, every rewrite of `/` to
  // `/timeline/<view>` was sent over HTTP back to this server, through proxy.ts a second time.
  const app = next({ dev: false, hostname: 'localhost', port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = http.createServer((request, response) => {
    settleClientAddress(request, hops);
    const refused = refusal(request);
    if (refused) return answer(response, refused);
    void handle(request, response);
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, hostname, resolve));
  const address = server.address();
  const listening =
    typeof address === 'object' && address
      ? `${address.address.includes(':') ? `[${address.address}]` : address.address}:${address.port}`
      : String(address);
  console.log(`Parley is serving on http://${listening}`);
});
