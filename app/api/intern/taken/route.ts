import { headers } from "next/headers";
import { z } from "@/lib/zod";
import { isInternalRequest, testHooksEnabled } from "@/lib/jobs/internal-token";
import { runDueJobs } from "@/lib/jobs/run-due-jobs";
import { isLoopback } from "@/lib/http/loopback";
import { clientIp } from "@/lib/request-ip";

const body = z.object({ now: z.iso.datetime().optional() }).catch({});

// Called every few seconds by the scheduler in this same process (lib/jobs/scheduler.ts), never by people: only
// with this process's token, and from loopback (without the front door, under `next dev`, the address is
// "unknown": the token alone then decides). Test runs may pass `now` to run jobs as if time had passed.
export async function POST(request: Request) {
  const from = clientIp(await headers());
  if (!(isLoopback(from) || from === "unknown") || !isInternalRequest(request)) return new Response(null, { status: 404 });
  const { now } = testHooksEnabled() ? body.parse(await request.json().catch(() => ({}))) : { now: undefined };
  return Response.json(await runDueJobs(now ? new Date(now) : new Date()));
}
