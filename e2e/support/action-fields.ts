// The hidden fields React renders into a form that posts to a server action without JavaScript.

/** `$ACTION_...` hidden inputs of the first such form in `html`, by name. */
export function hiddenActionFields(html: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const match of html.matchAll(/<input type="hidden" name="(\$ACTION_[^"]*)"(?: value="([^"]*)")?/g)) {
    fields[match[1]!] = (match[2] ?? "").replaceAll("&quot;", '"').replaceAll("&amp;", "&");
  }
  return fields;
}
