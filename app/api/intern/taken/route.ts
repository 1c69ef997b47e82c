import { runDueJobs } from "@/lib/jobs/run-due-jobs";
import { isInternalRequest } from "@/lib/jobs/internal-token";

// Called every few seconds by the scheduler in this same server (lib/jobs/scheduler.ts), never by people.
export async function POST(request: Request) {
  if (!isInternalRequest(request)) return Response.json({ error: "forbidden" }, { status: 403 });
  return Response.json(await runDueJobs());
}
