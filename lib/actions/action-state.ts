// Shared by server actions and the client forms that show their result.

/** The one state every form action returns. `values` echoes what was typed, never secrets. */
export type ActionState = {
  status: "idle" | "success" | "error";
  message?: string;
  /** Set when something failed on our side (lib/actions/action-errors.ts), for tests and support. */
  code?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
};

export const idle: ActionState = { status: "idle" };
