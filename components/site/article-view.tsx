import { ContactCard } from "@/components/site/contact-card";
import { EventFacts } from "@/components/site/event-facts";
import { JsonLd } from "@/components/site/json-ld";
import { FeaturedImage } from "@/components/site/post-image";
import { PromotedRail } from "@/components/site/promoted-rail";
import { QuestionSection } from "@/components/site/question-section";
import { DateTime } from "@/components/ui/date-time";
import type { PublishedPost } from "@/db/queries/public-posts";
import type { RailEntry } from "@/lib/article-rail";
import { coauthorLine } from "@/lib/coauthor-line";
import { renderRichText } from "@/lib/content/render";
import { KIND_LABELS } from "@/lib/post-meta";
import { eventJsonLd, newsArticleJsonLd } from "@/lib/structured-data";

/** The public article, shared by the article route and the staff preview so both show exactly the same. */
export function ArticleView({ post, rail }: { post: PublishedPost; rail: RailEntry[] }) {
  const coauthors = coauthorLine(post.coauthors);
  const event = eventJsonLd(post);
  return (
    <>
      <article className="article" lang={post.language === "en" ? "en" : undefined}>
        <header className="article__header">
          <p className="article__meta">
            <span className="kind-label" lang="nl">
              {KIND_LABELS[post.kind]}
            </span>
            {post.publishedAt && <DateTime value={post.publishedAt} />}
            {showsRevised(post) && (
              <span className="article__revised">
                Bijgewerkt op <DateTime value={post.revisedAt!} />
              </span>
            )}
          </p>
          <h1>{post.title}</h1>
        </header>
        {post.contactPerson && <ContactCard person={post.contactPerson} />}
        <div className="article__main">
          <p className="article__lead">{post.lead}</p>
          {post.featuredImage && <FeaturedImage image={post.featuredImage} />}
          <EventFacts post={post} />
          <div className="rich-text" dangerouslySetInnerHTML={{ __html: renderRichText(post.body) }} />
          {coauthors && (
            <p className="article__coauthors" lang="nl">
              {coauthors}
            </p>
          )}
        </div>
        {post.contactPerson && <QuestionSection recipientName={post.contactPerson.name} postId={post.id} />}
      </article>
      <PromotedRail items={rail} />
      <JsonLd data={newsArticleJsonLd(post)} />
      {event && <JsonLd data={event} />}
    </>
  );
}

/** "Bijgewerkt op" only for an edit an editor marked as substantive, made after the post appeared. */
function showsRevised(post: PublishedPost): boolean {
  return Boolean(post.revisedAt && (!post.publishedAt || post.revisedAt.getTime() > post.publishedAt.getTime()));
}
