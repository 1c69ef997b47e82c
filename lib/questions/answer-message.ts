// What the answer screen says after an answer was saved: it never promises mail that cannot go out.

export const ANSWER_MESSAGES = {
  mailed: "Het antwoord is opgeslagen en wordt per e-mail verstuurd.",
  noMailServer: "Het antwoord is opgeslagen, maar niet verstuurd: er is geen mailserver ingesteld.",
  markedOnly: "De vraag is als beantwoord gemarkeerd.",
} as const;

export function answeredMessage({ sendMail, mailServer }: { sendMail: boolean; mailServer: boolean }): string {
  if (!sendMail) return ANSWER_MESSAGES.markedOnly;
  return mailServer ? ANSWER_MESSAGES.mailed : ANSWER_MESSAGES.noMailServer;
}

/** The history line of the same moment. */
export function answeredEvent({ sendMail, mailServer }: { sendMail: boolean; mailServer: boolean }): string {
  if (!sendMail) return "Als beantwoord gemarkeerd.";
  return mailServer ? "Beantwoord en per e-mail verstuurd." : "Beantwoord; niet per e-mail verstuurd, want er is geen mailserver ingesteld.";
}
