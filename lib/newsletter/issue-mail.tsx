import "server-only";
import { Body, Container, Head, Heading, Hr, Html, Link, Preview, Section, Text, render } from "@react-email/components";
import type { IssueItem } from "@/db/queries/newsletter-issues";
import { formatDate, formatDateTime } from "@/lib/dates";
import { KIND_LABELS, postPath } from "@/lib/post-meta";
import { SITE_NAME, siteUrl } from "@/lib/site";

// The newsletter as mail: HTML built with React Email (tables and inline styles, as mail programs need) and a
// plain-text part written out here. Only links to this site: no images from elsewhere, no pixels, no redirects
// through a click counter.

export type IssueMailLinks = { unsubscribe: string; preferences: string; web: string };
export type IssueMailContent = { subject: string; intro: string; items: IssueItem[]; periodEnd: Date };

const colours = { ink: "#1a1a1a", muted: "#595959", brand: "#14305a", rule: "#d9d9d9", page: "#f4f4f2" };
const font = "Inter, 'Segoe UI', Helvetica, Arial, sans-serif";

function itemDate(item: IssueItem): string {
  if (item.eventStartsAt && (item.kind === "event" || item.kind === "webinar")) return formatDateTime(item.eventStartsAt);
  return item.publishedAt ? formatDate(item.publishedAt) : "";
}

const paragraphs = (text: string) => text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);

function IssueMail({ subject, intro, items, periodEnd, links }: IssueMailContent & { links: IssueMailLinks }) {
  return (
    <Html lang="nl" dir="ltr">
      <Head>
        <meta name="color-scheme" content="light" />
      </Head>
      <Preview>{intro ? paragraphs(intro)[0]!.slice(0, 140) : subject}</Preview>
      <Body style={{ backgroundColor: colours.page, margin: 0, padding: "16px 0", fontFamily: font, color: colours.ink }}>
        <Container style={{ maxWidth: "600px", width: "100%", backgroundColor: "#ffffff", padding: "24px" }}>
          <Text style={{ margin: 0, fontSize: "14px", fontWeight: 700, color: colours.brand }}>{SITE_NAME}</Text>
          <Heading as="h1" style={{ fontSize: "26px", lineHeight: "1.25", margin: "8px 0 4px" }}>
            {subject}
          </Heading>
          <Text style={{ margin: "0 0 16px", fontSize: "14px", color: colours.muted }}>{formatDate(periodEnd)}</Text>
          {paragraphs(intro).map((p, i) => (
            <Text key={i} style={{ fontSize: "17px", lineHeight: "1.6", margin: "0 0 16px" }}>
              {p}
            </Text>
          ))}
          {items.map((item) => (
            <Section key={item.id} style={{ borderTop: `1px solid ${colours.rule}`, padding: "16px 0 4px" }}>
              <Text style={{ margin: 0, fontSize: "13px", color: colours.muted }}>
                {KIND_LABELS[item.kind]} · {item.sectionName} · {itemDate(item)}
              </Text>
              <Heading as="h2" style={{ fontSize: "20px", lineHeight: "1.3", margin: "4px 0 6px" }}>
                <Link href={`${siteUrl()}${postPath(item)}`} style={{ color: colours.brand, textDecoration: "underline" }}>
                  {item.title}
                </Link>
              </Heading>
              {item.lead && <Text style={{ fontSize: "16px", lineHeight: "1.55", margin: "0 0 12px" }}>{item.lead}</Text>}
            </Section>
          ))}
          <Hr style={{ borderColor: colours.rule, margin: "16px 0" }} />
          <Text style={{ fontSize: "13px", lineHeight: "1.5", color: colours.muted, margin: 0 }}>
            U ontvangt deze nieuwsbrief omdat u zich heeft aangemeld op de website van {SITE_NAME}.{" "}
            <Link href={links.web} style={{ color: colours.brand }}>Lees deze nieuwsbrief op de website</Link> ·{" "}
            <Link href={links.preferences} style={{ color: colours.brand }}>Rubrieken kiezen</Link> ·{" "}
            <Link href={links.unsubscribe} style={{ color: colours.brand }}>Afmelden</Link>
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

/** The plain-text part: the same content, every link written out. */
export function issueText({ subject, intro, items, periodEnd, links }: IssueMailContent & { links: IssueMailLinks }): string {
  const lines = [SITE_NAME, subject, formatDate(periodEnd), ""];
  for (const p of paragraphs(intro)) lines.push(p, "");
  for (const item of items) {
    lines.push("----", `${KIND_LABELS[item.kind]} · ${item.sectionName} · ${itemDate(item)}`, item.title);
    if (item.lead) lines.push(item.lead);
    lines.push(`${siteUrl()}${postPath(item)}`, "");
  }
  lines.push("----", `U ontvangt deze nieuwsbrief omdat u zich heeft aangemeld op de website van ${SITE_NAME}.`);
  lines.push(`Op de website: ${links.web}`, `Rubrieken kiezen: ${links.preferences}`, `Afmelden: ${links.unsubscribe}`);
  return lines.join("\n");
}

/** HTML and plain text of one issue for one set of links. */
export async function renderIssueMail(content: IssueMailContent, links: IssueMailLinks): Promise<{ html: string; text: string }> {
  const html = await render(<IssueMail {...content} links={links} />);
  return { html, text: issueText({ ...content, links }) };
}
