import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "@/lib/zod";
import { authorize, type CurrentUser } from "@/lib/auth/session";
import type { Permission } from "@/lib/auth/permissions";
import type { ActionState } from "./action-state";
import { failureState } from "./action-errors";
import { fieldErrors, invalid } from "./form-values";

export type { ActionState };
export { fieldErrors, invalid, typedValues } from "./form-values";

export const DENIED: ActionState = { status: "error", message: "U heeft geen toegang tot deze handeling." };
const SETUP_FIRST: ActionState = {
  status: "error",
  code: "second_factor_setup",
  message: "Stel eerst tweestapsverificatie in (een authenticator-app of een passkey). Tot dan kunt u in de redactieomgeving niets anders doen.",
};
const UNREADABLE: ActionState = { status: "error", code: "bad_request", message: "Het formulier kon niet worden gelezen. Probeer het opnieuw." };

type Handler<S extends z.ZodType, User, State> = (input: { data: z.infer<S>; user: User; formData: FormData }) => Promise<NoInfer<State>>;

type Options<S extends z.ZodType, User, State> = {
  schema: S;
  handler: Handler<S, User, State>;
  /** The summary above the fields when the form does not validate. */
  invalidMessage?: string;
};

/**
 * The one wrapper for every server action (a server action can be posted directly, without our page):
 * 1. the session and the permission, unless the action is public (then the handler gets user null);
 * 2. the form parsed with zod: field errors in Dutch, with what was typed kept (never secrets);
 * 3. the handler with typed data; anything it throws (other than Next's redirects) becomes a Dutch message with a
 *    code, what was typed kept, and the cause logged on the server (lib/actions/action-errors.ts).
 */
export function defineAction<S extends z.ZodType, State extends ActionState = ActionState>(
  options: Options<S, null, State> & { permission: "public" },
): (previous: State, formData: FormData) => Promise<State>;
export function defineAction<S extends z.ZodType, State extends ActionState = ActionState>(
  options: Options<S, CurrentUser, State> & { permission: Permission },
): (previous: State, formData: FormData) => Promise<State>;
export function defineAction<S extends z.ZodType, State extends ActionState>(
  options: Options<S, never, State> & { permission: Permission | "public" },
) {
  // State only adds optional fields to ActionState (the post editor's `saved`), so the shared states fit it.
  return async (previous: State, received: FormData): Promise<State> => {
    // A form posted without React's action state (a hand-made request) passes the form as the first argument.
    const formData = received instanceof FormData ? received : (previous as unknown) instanceof FormData ? (previous as unknown as FormData) : null;
    if (!formData) return UNREADABLE as State;
    let user: CurrentUser | null = null;
    const handler = options.handler as Handler<S, CurrentUser | null, State>;
    try {
      if (options.permission !== "public") {
        const auth = await authorize(options.permission);
        if ("denied" in auth) return (auth.setup ? SETUP_FIRST : DENIED) as State;
        user = auth.user;
      }
      const parsed = options.schema.safeParse(Object.fromEntries(formData));
      if (!parsed.success) return invalid(formData, fieldErrors(parsed.error), options.invalidMessage) as State;
      return await handler({ data: parsed.data, user, formData });
    } catch (error) {
      unstable_rethrow(error);
      return failureState(error, formData) as ActionState as State;
    }
  };
}
