// Action states of the second-factor page, shared by its actions and client forms (types only).
import type { PublicKeyCredentialCreationOptionsJSON } from "@simplewebauthn/browser";
import type { ActionState } from "@/lib/actions/action-state";

/** Carries freshly made recovery codes, shown once and never stored in plain text. */
export type RecoveryCodesState = ActionState & { recoveryCodes?: string[] };

export type PasskeyRegistrationState = ActionState & { options?: PublicKeyCredentialCreationOptionsJSON; token?: string };
