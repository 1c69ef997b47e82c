// The demo posts the seed loads, so tests name what they expect without copying it.
import { agendaPosts } from "../db/seed/posts-agenda";
import { articlePosts } from "../db/seed/posts-articles";
import { demoPeople } from "../db/seed/people";

const allPosts = [...articlePosts, ...agendaPosts];

export function demoPost(slug: string) {
  const post = allPosts.find((p) => p.slug === slug);
  if (!post) throw new Error(`No demo post ${slug}`);
  const person = (personSlug: string) => demoPeople.find((p) => p.slug === personSlug)!;
  return {
    ...post,
    path: `/${post.section}/${post.slug}`,
    contactPerson: person(post.contact),
    coauthorNames: (post.coauthors ?? []).map((s) => person(s).name),
  };
}

/** The demo's counterpart of the reference article: news with a contact person and a co-author. */
export const referenceArticle = demoPost("europees-netwerk-voor-onderzoeksinfrastructuur-van-start");
export const englishArticle = demoPost("eu-talent-pool-what-it-means-for-universities");
export const draftArticle = demoPost("concept-standpunt-kaderprogramma-10");
