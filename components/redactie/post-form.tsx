"use client";

import type { JSONContent } from "@tiptap/core";
import Link from "next/link";
import { useRef, useState } from "react";
import { RichTextEditor } from "@/components/editor/rich-text-editor";
import type { MediaOption } from "@/lib/media/media-option";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import type { PostStatus } from "@/db/schema";
import { STATUS_LABELS } from "@/lib/post-meta";
import type { Intent } from "@/lib/posts/post-schema";
import { followsTitle, slugify } from "@/lib/slugs";
import { CoauthorsField, ContactPersonField } from "./people-fields";
import type { PersonOption } from "./person-combobox";
import { EventFields, MetaFields, SeoFields, type PostFieldValues } from "./post-fields";
import { PublicationFields } from "./publication-fields";
import { RailEditor, type RailCandidate, type RailRowValue } from "./rail-editor";
import { SaveIndicator } from "./save-indicator";
import { usePostSaver } from "./use-post-saver";
import { WorkflowButtons } from "./workflow-buttons";

export type PostFormProps = {
  post: PostFieldValues & {
    id: number | null;
    version: number;
    status: PostStatus;
    publicPath: string | null;
    body: JSONContent | null;
    contactPersonId: number | null;
    coauthorIds: number[];
    /** Editors only: the publication date as typed, "Bijgewerkt op" as shown, the curated rail. */
    publishedOn: string;
    revisedOn: string | null;
    railItems: RailRowValue[];
    /** When a published post's pending changes were saved; the fields above then hold them. */
    pendingSavedAt: string | null;
  };
  sections: { id: number; name: string; slug: string }[];
  people: PersonOption[];
  /** The chosen featured image; the picker searches the rest of the library itself. */
  featuredImage: MediaOption | null;
  canPublish: boolean;
  /** Published posts to pick for the rail (editors only; empty for authors). */
  railCandidates: RailCandidate[];
};

const LABELS: Record<string, string> = {
  title: "Titel", slug: "Korte URL", lead: "Intro", body: "Tekst", sectionId: "Rubriek", kind: "Soort", language: "Taal",
  contactPersonId: "Contactpersoon", coauthorIds: "Co-auteurs", eventStartsAt: "Datum en tijd", registrationUrl: "Aanmeldlink",
  recordingUrl: "Opname", seoTitle: "SEO-titel", seoDescription: "SEO-omschrijving", scheduledAt: "Publicatiemoment",
  publishedOn: "Publicatiedatum",
};

export function PostForm({ post: initial, sections, people, featuredImage, canPublish, railCandidates }: PostFormProps) {
  const form = useRef<HTMLFormElement>(null);
  const [body, setBody] = useState<JSONContent | null>(initial.body);
  const [slug, setSlug] = useState(initial.slug);
  const [kind, setKind] = useState(initial.kind);
  const [sectionId, setSectionId] = useState(initial.sectionId);
  // The slug follows the title (the server then adds a free suffix when it is taken) until someone types their own.
  const [slugFollowsTitle, setSlugFollowsTitle] = useState(followsTitle(initial.slug, initial.title));
  const { post, result, saveState, savedAt, markDirty, save, discard } = usePostSaver(form, initial, {
    onSaved: (saved) => {
      const title = (form.current?.elements.namedItem("title") as HTMLInputElement | null)?.value ?? "";
      if (slugFollowsTitle && saved.slug && followsTitle(saved.slug, title)) setSlug(saved.slug);
    },
  });
  const errors = result.fieldErrors ?? {};
  const sectionSlug = sections.find((s) => s.id === sectionId)?.slug ?? "rubriek";

  return (
    <form
      ref={form}
      className="post-form"
      noValidate
      onChange={(event) => {
        markDirty();
        // The short-URL hint shows the section chosen now.
        const field: EventTarget = event.target;
        if (field instanceof HTMLSelectElement && field.name === "sectionId") setSectionId(field.value ? Number(field.value) : null);
      }}
      onSubmit={(event) => {
        event.preventDefault();
        const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
        void save((submitter?.value as Intent) || "save");
      }}
    >
      <div className="post-form__status">
        <p>
          Status: <strong>{STATUS_LABELS[post.status]}</strong>
          {post.status === "published" && post.publicPath && (
            <>
              {" · "}
              <Link href={post.publicPath}>Bekijk op de site</Link>
            </>
          )}
        </p>
        <SaveIndicator state={saveState} savedAt={savedAt} pending={post.status === "published" && post.pending} />
        {post.status === "published" && post.pending && (
          <button type="button" className="button button--quiet" onClick={() => void discard()} disabled={saveState === "saving"}>
            Wijzigingen verwerpen
          </button>
        )}
        {post.id && (
          <p className="post-form__links">
            <Link href={`/redactie/berichten/${post.id}/voorbeeld`} target="_blank" rel="noopener">
              Voorbeeld<span className="visually-hidden"> (opent in een nieuw tabblad)</span>
            </Link>
            <Link href={`/redactie/berichten/${post.id}/versies`}>Versies</Link>
          </p>
        )}
      </div>
      <FormStatus state={result} labels={LABELS} />

      <div className="post-form__main">
        <FormField
          name="title"
          label="Titel"
          defaultValue={initial.title}
          error={errors.title}
          onChange={(e) => slugFollowsTitle && setSlug(slugify(e.currentTarget.value))}
        />
        <div className={errors.slug ? "field field--error" : "field"}>
          <label htmlFor="veld-slug">Korte URL</label>
          <p className="field__hint" id="veld-slug-hint">
            /{sectionSlug}/<strong>{slug || "…"}</strong>. Na publicatie blijft het oude adres doorverwijzen.
          </p>
          {errors.slug && <p className="field__error" id="veld-slug-fout">{errors.slug}</p>}
          <input type="hidden" name="slugAuto" value={slugFollowsTitle ? "on" : ""} />
          <input
            id="veld-slug"
            name="slug"
            value={slug}
            aria-describedby={`veld-slug-hint${errors.slug ? " veld-slug-fout" : ""}`}
            aria-invalid={errors.slug ? true : undefined}
            onChange={(e) => {
              setSlugFollowsTitle(false);
              setSlug(e.currentTarget.value);
            }}
          />
        </div>
        <div className={errors.lead ? "field field--error" : "field"}>
          <label htmlFor="veld-lead">Intro</label>
          <p className="field__hint" id="veld-lead-hint">De eerste alinea: waar gaat het over en waarom is het belangrijk?</p>
          {errors.lead && <p className="field__error" id="veld-lead-fout">{errors.lead}</p>}
          <textarea id="veld-lead" name="lead" rows={4} defaultValue={initial.lead} aria-describedby={`veld-lead-hint${errors.lead ? " veld-lead-fout" : ""}`} />
        </div>
        <div className={errors.body ? "field field--error" : "field"} id="veld-body">
          <p className="field__label" id="body-label">Tekst</p>
          {errors.body && <p className="field__error" id="body-fout">{errors.body}</p>}
          <input type="hidden" name="body" value={body ? JSON.stringify(body) : ""} />
          <RichTextEditor
            initial={initial.body}
            labelId="body-label"
            errorId={errors.body ? "body-fout" : undefined}
            onChange={(doc) => {
              setBody(doc);
              markDirty();
            }}
          />
        </div>
      </div>

      <div className="post-form__side">
        <MetaFields values={initial} sections={sections} featuredImage={featuredImage} errors={errors} onKindChange={setKind} onImageChange={markDirty} />
        {canPublish && <PublicationFields publishedOn={initial.publishedOn} revisedOn={initial.revisedOn} isPublished={post.status === "published"} errors={errors} />}
        <ContactPersonField people={people} initialId={initial.contactPersonId} error={errors.contactPersonId} onChange={markDirty} />
        <CoauthorsField people={people} initialIds={initial.coauthorIds} error={errors.coauthorIds} onChange={markDirty} />
        {(kind === "event" || kind === "webinar") && <EventFields values={initial} errors={errors} />}
        <SeoFields values={initial} errors={errors} />
        {canPublish && <RailEditor initial={initial.railItems} candidates={railCandidates} errors={errors} onChange={markDirty} />}
      </div>

      <WorkflowButtons status={post.status} canPublish={canPublish} busy={saveState === "saving"} scheduledAt={initial.scheduledAt} error={errors.scheduledAt} />
    </form>
  );
}
