// "binnen twee werkdagen": the answer promise in words, from the answerWorkingDays setting. No dependencies.
const WORDS = ["", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien"];

export function workingDaysPhrase(days: number): string {
  const count = WORDS[days] ?? String(days);
  return `${count} ${days === 1 ? "werkdag" : "werkdagen"}`;
}
