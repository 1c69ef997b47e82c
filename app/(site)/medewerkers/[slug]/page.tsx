import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { JsonLd } from "@/components/site/json-ld";
import { PersonPhoto } from "@/components/site/person-photo";
import { PostList } from "@/components/site/post-list";
import { QuestionSection } from "@/components/site/question-section";
import { getPersonBySlug } from "@/db/queries/people";
import { listPostsByPerson } from "@/db/queries/public-lists";
import { SITE_NAME, siteUrl } from "@/lib/site";

type Params = { slug: string };

export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams(): Params[] {
  return [];
}

const load = cache((slug: string) => getPersonBySlug({ slug }));

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const person = load((await params).slug);
  if (!person) return { title: "Pagina niet gevonden" };
  return { title: person.name, description: `${person.name}, ${person.jobTitle}`, alternates: { canonical: `/medewerkers/${person.slug}` } };
}

export default async function PersonPage({ params }: { params: Promise<Params> }) {
  const person = load((await params).slug);
  if (!person) notFound();
  const posts = listPostsByPerson({ personId: person.id, limit: 10 });
  return (
    <>
      <div className="person-head">
        <PersonPhoto name={person.name} photoKey={person.photoKey} photoAlt={person.photoAlt} size={120} />
        <div>
          <h1 className="page-title">{person.name}</h1>
          <p className="person-head__role">{person.jobTitle}</p>
        </div>
      </div>
      {person.bio && <p className="page-intro">{person.bio}</p>}
      {posts.length > 0 && (
        <section aria-labelledby="berichten-titel">
          <h2 id="berichten-titel">Berichten van {person.name}</h2>
          <PostList posts={posts} headingLevel={3} />
        </section>
      )}
      <QuestionSection recipientName={person.name} personId={person.id} />
      <JsonLd data={{ "@context": "https://schema.org", "@type": "Person", name: person.name, jobTitle: person.jobTitle, url: `${siteUrl()}/medewerkers/${person.slug}`, worksFor: { "@type": "Organization", name: SITE_NAME } }} />
    </>
  );
}
