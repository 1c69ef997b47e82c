// A real SMTP server on loopback for the mail tests, and just enough MIME decoding to read what it received.
import { SMTPServer } from "smtp-server";

/** `body` is the plain text (of a multipart/alternative message: its text part); `html` its HTML part, if any. */
export type Received = { to: string[]; raw: string; headers: string; body: string; html?: string };

export type TestSmtp = {
  /** Accepted messages, in order of arrival. */
  received: Received[];
  /** Every RCPT TO the server was asked for, accepted or not: a rejected address that is retried shows up twice. */
  recipientsAsked: string[];
  /** Refuses these addresses with a permanent 550 reply (which names the address, as real servers do). */
  rejecting: Set<string>;
  stop: () => Promise<void>;
};

/** Starts the server on E2E_SMTP_PORT; `slowFor` addresses take `delayMs` each to accept, like a busy server. */
export function startSmtp({ slowFor = () => false, delayMs = 0 }: { slowFor?: (to: string[]) => boolean; delayMs?: number } = {}): Promise<TestSmtp> {
  const received: Received[] = [];
  const recipientsAsked: string[] = [];
  const rejecting = new Set<string>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onRcptTo(address, _session, callback) {
      recipientsAsked.push(address.address);
      if (!rejecting.has(address.address)) return callback();
      callback(Object.assign(new Error(`<${address.address}>: Recipient address rejected: User unknown`), { responseCode: 550 }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const to = session.envelope.rcptTo.map((r) => r.address);
        const raw = Buffer.concat(chunks).toString("utf8");
        const accept = () => {
          received.push({ to, raw, ...decode(raw) });
          callback();
        };
        if (delayMs && slowFor(to)) setTimeout(accept, delayMs);
        else accept();
      });
    },
  });
  const stop = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return new Promise((resolve) => server.listen(Number(process.env.E2E_SMTP_PORT), "127.0.0.1", () => resolve({ received, recipientsAsked, rejecting, stop })));
}

/** Messages to one address. */
export const mailTo = (smtp: TestSmtp, address: string) => smtp.received.filter((m) => m.to.includes(address));

/** Headers unfolded with encoded words decoded; the text part decoded, and of a text+HTML message also the HTML. */
function decode(raw: string): { headers: string; body: string; html?: string } {
  const split = raw.indexOf("\r\n\r\n");
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, " ");
  const headers = head.replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_, enc: string, text: string) =>
    enc.toUpperCase() === "B" ? Buffer.from(text, "base64").toString("utf8") : quotedPrintable(text.replace(/_/g, " ")),
  );
  const rest = raw.slice(split + 4);
  const boundary = /^content-type:\s*multipart\/[^;]+;.*boundary="?([^";\s]+)"?/im.exec(head)?.[1];
  if (boundary) {
    const parts = rest.split(`--${boundary}`).slice(1, -1).map((part) => decode(part.replace(/^\r\n/, "")));
    const of = (type: string) => parts.find((p) => new RegExp(`^content-type:\\s*${type}`, "im").test(p.headers))?.body;
    return { headers, body: of("text/plain") ?? "", html: of("text/html") };
  }
  const encoding = /^content-transfer-encoding:\s*(\S+)/im.exec(head)?.[1]?.toLowerCase();
  const body = encoding === "quoted-printable" ? quotedPrintable(rest.replace(/=\r\n/g, "")) : encoding === "base64" ? Buffer.from(rest, "base64").toString("utf8") : rest;
  return { headers, body: body.replace(/\r\n/g, "\n") };
}

function quotedPrintable(text: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "=" && /^[0-9A-F]{2}$/i.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(text[i]!, "utf8"));
  }
  return Buffer.from(bytes).toString("utf8");
}

/** Resolves once no new message for these addresses has arrived for `quietMs`, so late duplicates are counted too. */
export async function settle(smtp: TestSmtp, addresses: string[], quietMs = 5000, maxMs = 40_000): Promise<void> {
  const start = Date.now();
  const relevant = () => smtp.received.filter((m) => m.to.some((a) => addresses.includes(a))).length;
  let count = -1;
  let since = Date.now();
  while (Date.now() - start < maxMs) {
    if (relevant() !== count) {
      count = relevant();
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return;
    await new Promise((r) => setTimeout(r, 250));
  }
}
