import "server-only";
import { createHmac } from "node:crypto";
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
} from "@simplewebauthn/server";
import { isoBase64URL } from "@simplewebauthn/server/helpers";
import { addPasskey, findPasskey, passkeyCredentials, recordPasskeyUse, removePasskey, renamePasskey } from "@/db/queries/second-factor";
import { withWriteRetry } from "@/lib/database-busy";
import { authSecret } from "@/lib/secret";
import { SITE_NAME, siteUrl } from "@/lib/site";
import { securityChange } from "./second-factor";
import { signToken, verifyToken } from "./signed-token";

// Passkeys (WebAuthn) through SimpleWebAuthn. The challenge travels to the browser and back inside a token signed
// for its purpose (and, for registration, for the account), valid for five minutes, so the server keeps no state.
// A passkey login proves possession and user verification (PIN or biometrics) at once: it counts as two factors.

const CHALLENGE_MS = 5 * 60_000;

/**
 * The relying party is SITE_URL. Browsers refuse an IP address as relying party, so a loopback SITE_URL (a test or
 * local server such as http://127.0.0.1:3000) uses http://localhost on the same port for passkeys.
 */
export function relyingParty(): { rpID: string; origin: string } {
  const url = new URL(siteUrl());
  if (url.hostname === "127.0.0.1" || url.hostname === "[::1]") {
    url.hostname = "localhost";
  }
  return { rpID: url.hostname, origin: url.origin };
}

// A stable, opaque handle per account: no e-mail address or row id ends up on the authenticator.
function userHandle(userId: number): Uint8Array<ArrayBuffer> {
  return new Uint8Array(createHmac("sha256", authSecret()).update(`passkey-user:${userId}`).digest().subarray(0, 16));
}

export async function registrationOptions(user: { id: number; email: string; name: string }): Promise<{ options: PublicKeyCredentialCreationOptionsJSON; token: string }> {
  const { rpID } = relyingParty();
  const options = await generateRegistrationOptions({
    rpName: SITE_NAME,
    rpID,
    userName: user.email,
    userDisplayName: user.name,
    userID: userHandle(user.id),
    attestationType: "none",
    excludeCredentials: passkeyCredentials({ userId: user.id }),
    // Discoverable, so the login needs no e-mail address; verified, so it stands for two factors.
    authenticatorSelection: { residentKey: "required", userVerification: "required" },
  });
  return { options, token: signToken("passkey-register", { uid: user.id, challenge: options.challenge }, CHALLENGE_MS) };
}

function parseJson<T>(text: string): T | null {
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

/** Verifies the browser's answer to `registrationOptions` and stores the passkey under `name`. */
export async function registerPasskey(owner: { id: number; email: string }, responseText: string, token: string, name: string): Promise<boolean> {
  const expected = verifyToken<{ uid?: unknown; challenge?: unknown }>("passkey-register", token);
  const response = parseJson<RegistrationResponseJSON>(responseText);
  if (!expected || expected.uid !== owner.id || typeof expected.challenge !== "string" || !response) return false;
  const { rpID, origin } = relyingParty();
  const result = await verifyRegistrationResponse({ response, expectedChallenge: expected.challenge, expectedOrigin: origin, expectedRPID: rpID, requireUserVerification: true }).catch(
    () => null,
  );
  if (!result?.verified) return false;
  const { credential } = result.registrationInfo;
  if (findPasskey({ id: credential.id })) return false;
  const added = await securityChange(
    owner,
    () => {
      addPasskey({
        id: credential.id,
        userId: owner.id,
        name,
        publicKey: isoBase64URL.fromBuffer(credential.publicKey),
        counter: credential.counter,
        transports: credential.transports ?? [],
      });
      return true;
    },
    () => ({ action: "second_factor.passkey_added", detail: { name }, text: `Er is een passkey toegevoegd: “${name}”.` }),
  );
  return added !== false;
}

export async function removeOwnPasskey(owner: { id: number; email: string }, id: string): Promise<boolean> {
  const removed = await securityChange(
    owner,
    () => removePasskey({ userId: owner.id, id }) ?? false,
    (passkey) => ({ action: "second_factor.passkey_removed", detail: { name: passkey.name }, text: `De passkey “${passkey.name}” is verwijderd.` }),
  );
  return removed !== false;
}

/** Only the owner's own passkey; false when there is no such passkey of theirs. */
export function renameOwnPasskey(userId: number, id: string, name: string): Promise<boolean> {
  return withWriteRetry(() => renamePasskey({ userId, id, name }));
}

/** Options for a login with any passkey of this site (discoverable: the authenticator says whose it is). */
export async function authenticationOptions(): Promise<{ options: PublicKeyCredentialRequestOptionsJSON; token: string }> {
  const options = await generateAuthenticationOptions({ rpID: relyingParty().rpID, userVerification: "required" });
  return { options, token: signToken("passkey-login", { challenge: options.challenge }, CHALLENGE_MS) };
}

/** The account a passkey login proves, with its counter moved on; null when anything does not check out. */
export async function verifyPasskeyLogin(responseText: string, token: string): Promise<{ userId: number; passkeyId: string } | null> {
  const expected = verifyToken<{ challenge?: unknown }>("passkey-login", token);
  const response = parseJson<AuthenticationResponseJSON>(responseText);
  if (!expected || typeof expected.challenge !== "string" || !response || typeof response.id !== "string") return null;
  const passkey = findPasskey({ id: response.id });
  if (!passkey) return null;
  const { rpID, origin } = relyingParty();
  const result = await verifyAuthenticationResponse({
    response,
    expectedChallenge: expected.challenge,
    expectedOrigin: origin,
    expectedRPID: rpID,
    requireUserVerification: true,
    credential: {
      id: passkey.id,
      publicKey: isoBase64URL.toBuffer(passkey.publicKey),
      counter: passkey.counter,
      transports: passkey.transports as never,
    },
  }).catch(() => null);
  if (!result?.verified) return null;
  await withWriteRetry(() => recordPasskeyUse({ id: passkey.id, counter: result.authenticationInfo.newCounter }));
  return { userId: passkey.userId, passkeyId: passkey.id };
}
