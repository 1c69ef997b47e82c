import { DateTime } from "@/components/ui/date-time";
import type { PublishedPost } from "@/db/queries/public-posts";

/** When and where an event or webinar takes place, and how to register or watch it again. */
export function EventFacts({ post }: { post: PublishedPost }) {
  if (post.kind !== "event" && post.kind !== "webinar") return null;
  return (
    <dl className="facts event-facts">
      {post.eventStartsAt && (
        <>
          <dt>Wanneer</dt>
          <dd><DateTime value={post.eventStartsAt} withTime /></dd>
        </>
      )}
      {(post.eventLocation || post.eventOnline) && (
        <>
          <dt>Waar</dt>
          <dd>{post.eventLocation || "Online"}</dd>
        </>
      )}
      {post.eventUpcoming && post.registrationUrl && (
        <>
          <dt>Aanmelden</dt>
          <dd><a href={post.registrationUrl} rel="noopener noreferrer">Registreer nu</a></dd>
        </>
      )}
      {post.recordingUrl && (
        <>
          <dt>Opname</dt>
          <dd><a href={post.recordingUrl} rel="noopener noreferrer">Bekijk de opname</a></dd>
        </>
      )}
    </dl>
  );
}
