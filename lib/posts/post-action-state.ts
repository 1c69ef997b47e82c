import type { ActionState } from "@/lib/actions/action-state";
import type { PostStatus } from "@/db/schema";

/** What the post editor hears back from a save. */
export type PostActionState = ActionState & {
  conflict?: boolean;
  saved?: {
    id: number;
    version: number;
    status: PostStatus;
    publicPath: string | null;
    at: string;
    /** The post now has changes readers do not see yet ("Bijwerken" publishes them). */
    pending: boolean;
    slug?: string;
  };
};
