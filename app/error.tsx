"use client";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="notice-page">
      <h1 className="page-title">Er ging iets mis</h1>
      <p>Deze pagina kon niet worden geladen. Probeer het later opnieuw.</p>
      <button type="button" className="button" onClick={reset}>
        Opnieuw proberen
      </button>
    </div>
  );
}
