import SiteNotFound from "@/app/(site)/not-found";
import { SiteShell } from "@/components/site/site-shell";

// An address no route matches renders in the root layout only, so it brings the public shell itself.
export default function NotFound() {
  return (
    <SiteShell>
      <SiteNotFound />
    </SiteShell>
  );
}
