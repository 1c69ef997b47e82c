// URL slugs: lower case, ASCII letters, digits and single hyphens; accents folded ("coöperatie" -> "cooperatie").
export const SLUG_MAX = 96;
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " en ")
    .replace(/['’‘`]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, SLUG_MAX)
    .replace(/-+$/g, "");
}

export function isValidSlug(slug: string): boolean {
  return slug.length > 0 && slug.length <= SLUG_MAX && SLUG_PATTERN.test(slug);
}

/**
 * The first free slug: `wanted` itself, else `wanted-2`, `wanted-3` … (cut so the suffix fits SLUG_MAX), so a new
 * post whose title repeats an older one still gets an address instead of a refusal.
 */
export function freeSlug(wanted: string, isTaken: (slug: string) => boolean): string {
  if (!isTaken(wanted)) return wanted;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const base = wanted.slice(0, SLUG_MAX - suffix.length).replace(/-+$/g, "");
    const candidate = `${base}${suffix}`;
    if (!isTaken(candidate)) return candidate;
  }
}

/** Whether `slug` is what following `title` gives: empty, the title's slug, or that slug with a free-slug suffix. */
export function followsTitle(slug: string, title: string): boolean {
  const base = slugify(title);
  if (!slug || slug === base) return true;
  const suffixed = /^(.+)-\d+$/.exec(slug);
  // A long base was cut to make room for the suffix.
  return Boolean(suffixed && base.startsWith(suffixed[1]!) && (suffixed[1] === base || slug.length >= SLUG_MAX - 4));
}
