import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NewsletterIssueView } from "@/components/site/newsletter-issue-view";
import { DateTime } from "@/components/ui/date-time";
import { getSentIssue, listIssueItems } from "@/db/queries/newsletter-issues";

export const revalidate = 3600;

type Props = { params: Promise<{ id: string }> };

function issueFor(id: string) {
  return /^\d{1,9}$/.test(id) ? getSentIssue({ id: Number(id) }) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const issue = issueFor((await params).id);
  return issue ? { title: issue.subject, alternates: { canonical: `/nieuwsbrief/${issue.id}` } } : {};
}

/** A sent issue in the archive; drafts and scheduled issues do not exist here. */
export default async function NewsletterIssuePage({ params }: Props) {
  const issue = issueFor((await params).id);
  if (!issue) notFound();
  return (
    <div className="narrow-content">
      <p className="post-meta">
        <Link href="/nieuwsbrief">Nieuwsbrief</Link>
        {issue.sentAt && (
          <>
            {" "}
            · <DateTime value={issue.sentAt} />
          </>
        )}
      </p>
      <h1 className="page-title">{issue.subject}</h1>
      <NewsletterIssueView intro={issue.intro} items={listIssueItems({ postIds: issue.postIds })} />
    </div>
  );
}
