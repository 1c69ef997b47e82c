import type { ActionState } from "@/lib/actions/action-state";
import type { QuestionStatus } from "@/db/schema";

/** What the privacy lookup form hears back: counts and excerpts for one e-mail address. */
export type PrivacyLookupState = ActionState & {
  found?: { email: string; questions: { id: number; createdAt: string; status: QuestionStatus; excerpt: string }[]; events: number; mail: number; subscription: { status: string; consentAt: string; consentSource: string } | null };
};
