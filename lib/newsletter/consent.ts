// What a subscriber agrees to, shown beside every sign-up form and stored with the sign-up as it was shown. No
// dependencies: the client form imports it.

export const CONSENT_TEXT =
  "Ja, stuur mij de wekelijkse nieuwsbrief op dit e-mailadres. Ik bevestig dat via een link in een e-mail; afmelden kan met één klik in elke nieuwsbrief.";

/** The forms a sign-up can come from, as stored in subscribers.consentSource. */
export const SIGNUP_SOURCES = { nieuwsbrief: "nieuwsbriefpagina", voettekst: "voettekst", vraag: "na een vraag" } as const;
export type SignupSource = keyof typeof SIGNUP_SOURCES;
