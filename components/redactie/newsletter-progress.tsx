/** Where an issue's mail is: handed to the mail server, waiting (or being retried), given up on. */
export function NewsletterProgress({ sent, queued, failed }: { sent: number; queued: number; failed: number }) {
  return (
    <span className="newsletter-progress">
      {sent} verstuurd · {queued} in de wachtrij · {failed} mislukt
    </span>
  );
}
