import { z } from "@/lib/zod";
import { isInternalRequest } from "@/lib/jobs/internal-token";
import { runDueJobs } from "@/lib/jobs/run-due-jobs";

const body = z.object({ now: z.iso.datetime().optional() }).catch({});

// Called every few seconds by the scheduler in this same server (lib/jobs/scheduler.ts), never by people.
// The token-holder may pass `now`, so tests can run the retention job as if time had passed.
export async function POST(request: Request) {
  if (!isInternalRequest(request)) return Response.json({ error: "forbidden" }, { status: 403 });
  const { now } = body.parse(await request.json().catch(() => ({})));
  return Response.json(await runDueJobs(now ? new Date(now) : new Date()));
}
