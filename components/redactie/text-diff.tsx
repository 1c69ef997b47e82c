import { diffWords, hasChanges } from "@/lib/text-diff";
import styles from "./text-diff.module.css";

/** One field's word diff: <ins> underlined and <del> struck through, each also announced in words. */
export function TextDiff({ label, before, after }: { label: string; before: string; after: string }) {
  const parts = diffWords(before, after);
  return (
    <div className="field">
      <h3>{label}</h3>
      {!hasChanges(parts) ? (
        <p>Geen verschillen.</p>
      ) : (
        <p className={styles.diff}>
          {parts.map((part, i) =>
            part.kind === "same" ? (
              <span key={i}>{part.text}</span>
            ) : part.kind === "inserted" ? (
              <ins key={i} className={styles.inserted}>
                <span className="visually-hidden">[ingevoegd: </span>
                {part.text}
                <span className="visually-hidden">] </span>
              </ins>
            ) : (
              <del key={i} className={styles.deleted}>
                <span className="visually-hidden">[verwijderd: </span>
                {part.text}
                <span className="visually-hidden">] </span>
              </del>
            ),
          )}
        </p>
      )}
    </div>
  );
}

/** The legend above a comparison, so the marks are explained in words. */
export function DiffLegend() {
  return (
    <p>
      <ins className={styles.inserted}>Onderstreept</ins> is toegevoegd, <del className={styles.deleted}>doorgehaald</del> is verwijderd.
    </p>
  );
}
