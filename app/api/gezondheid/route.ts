import { health } from "@/lib/ops/health";

// For monitoring tools: no session needed, so it holds counts, versions and times only, never personal data or
// paths. 200 while the database can be read and written (problems are listed), 503 when it cannot.
export const dynamic = "force-dynamic";

export function GET() {
  const report = health();
  return Response.json(report, { status: report.status === "error" ? 503 : 200, headers: { "Cache-Control": "no-store" } });
}
